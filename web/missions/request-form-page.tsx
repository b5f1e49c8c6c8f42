/**
 * The coordinator's form to ask the missions in a country to act on a case:
 * an EU Guidelines action, the country of posting (the case's by default), a
 * due date (often a hearing), a note, and, for public-facing action on a
 * non-public case, the confirmation that the defender was consulted.
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';
import { ConsentBlock, EuActionField } from '../ui/eu-action-field.tsx';
import { ErrorSummary, formErrors } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import { COUNTRY_CODES } from '#shared/domain/countries.ts';
import { CountryOptions } from '../ui/country-options.tsx';
import { RequestRecipients } from './request-recipients.tsx';
import type { PostingRoster } from '#shared/missions/recipients.ts';

export interface RequestFormValues {
  actionType?: string;
  country?: string;
  dueDate?: string;
  note?: string;
  publicActionCleared?: boolean;
}

export function RequestFormPage(props: {
  viewer: Viewer;
  case: Pick<DefenderCase, 'id' | 'defenderName' | 'country' | 'visibility' | 'namedMemberIds'>;
  values: RequestFormValues;
  /** The diplomats posted in the country the form shows (the case's, or the one chosen). */
  roster?: PostingRoster;
  /** A refusal to show above the form (a request that reached nobody). */
  notice?: string;
  idempotencyKey: string;
  errors?: FieldError[];
}) {
  const { values } = props;
  const c = props.case;
  const { t } = useTranslator();
  const errors = formErrors(props.errors);
  const country = values.country ?? c.country;
  const title = t('missions.requestForm.title', { name: c.defenderName });
  return (
    <Layout title={title} viewer={props.viewer}>
      <p><a href={`/cases/${c.id}`}>{t('missions.backTo', { name: c.defenderName })}</a></p>
      <h1>{title}</h1>
      <p>{t('missions.requestForm.intro')}</p>
      {c.visibility === 'restricted' && (
        <p class="notice">{t('missions.requestForm.restricted')}</p>
      )}
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <RequestRecipients case={c} country={country} roster={props.roster} />
      <ErrorSummary errors={props.errors} />
      <form method="post" action={`/cases/${c.id}/action-requests/new`} class="stack" novalidate>
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
        <EuActionField selected={values.actionType} errors={errors} legend={t('missions.requestForm.actionType')} />
        <div class="field">
          <label for="country">{t('missions.requestForm.country')}</label>
          <select id="country" name="country" {...errors.invalid('country')}>
            <CountryOptions codes={COUNTRY_CODES} selected={country} />
          </select>
          {errors.fieldError('country')}
        </div>
        <div class="field">
          <label for="dueDate">{t('missions.requestForm.dueDate')}</label>
          <input id="dueDate" name="dueDate" type="date" required value={values.dueDate ?? ''} {...errors.invalid('dueDate')} />
          {errors.fieldError('dueDate')}
        </div>
        <div class="field">
          <label for="note">{t('missions.requestForm.note')}</label>
          <textarea id="note" name="note" rows={3} maxlength={1000} {...errors.invalid('note')}>{values.note ?? ''}</textarea>
          {errors.fieldError('note')}
        </div>
        <ConsentBlock visibility={c.visibility} checked={values.publicActionCleared} errors={errors}
          confirmation={t('missions.requestForm.confirmation')} />
        <button type="submit">{t('missions.requestForm.submit')}</button>
      </form>
    </Layout>
  );
}
