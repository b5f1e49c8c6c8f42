/**
 * What the pledge and action forms tell an MP before they submit: whether
 * the defender consented to publicity, and whether a coordinator cleared
 * public action on the case (public statements, social media, actions
 * logged as public). The same words as the 409 the API gives.
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import { publicConsentWording } from '#shared/pledges/index.ts';
import { useTranslator } from '../i18n/use-translator.ts';

export type ConsentOfCase = Partial<Pick<DefenderCase, 'visibility' | 'pausedAt' | 'publicActionClearedAt'>>;

/** Nothing when the case's consent was not read (a failed post shown again: its 409 notice says it). */
export function PublicConsentNotice(props: { case: ConsentOfCase }) {
  const { label } = useTranslator();
  const { visibility, pausedAt, publicActionClearedAt } = props.case;
  if (!visibility) return null;
  const wording = publicConsentWording({ visibility, pausedAt, publicActionClearedAt });
  return <p class="notice">{label(wording.key, wording.values)}</p>;
}
