/**
 * `GET /api/cases/{id}/communications/un-sr.docx?language=`: the draft communication to the UN
 * Special Rapporteur on human rights defenders, for coordinators (members who may see the case get
 * 403, others 404), only where the consent recorded allows it (409 with the reason otherwise,
 * un-sr-consent.ts), and audited before the document is made: one line per download.
 */
import { z } from 'zod';
import { requireCoordinatorFor } from '../access/roles.ts';
import { getCase, readVisibleBundle, type BundleDeps } from '../cases/index.ts';
import type { Viewer } from '../domain/member.ts';
import { ConflictError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { Clock } from '../ports/clock.ts';
import type { Store } from '../ports/store.ts';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages.ts';
import { translatorFor } from '../i18n/translator.ts';
import { unSubmissionRefusal, visibilityConsent, type UnSubmissionRefusal } from './un-sr-consent.ts';
import { unSrDocument } from './un-sr-document.ts';
import { auditEntry } from '../writes/audit-entry.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';

/** The document's language: one of the four the catalogs hold (`?lang=` stays the page's own switch). */
export const unSrLanguageSchema = z.enum(UI_LANGUAGES, { message: 'Choose one of the languages offered.' });

export const UN_SR_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const REFUSALS: Record<UnSubmissionRefusal, string> = {
  paused: 'Publicity is paused on this case.',
  notPublic: 'The defender has not consented to sharing this case beyond the network.',
  notTheirConsent: 'The visibility in force was not set on the defender\'s own consent.',
};

/** The refusal as an error with its wording, or nothing when the consent allows a communication. */
export function refusalError(refusal: UnSubmissionRefusal): ConflictError {
  return new ConflictError(REFUSALS[refusal], { wording: { key: `proceedings.errors.unsr.${refusal}` } });
}

export interface UnSrCommunication {
  bytes: Buffer;
  language: UiLanguage;
  filename: string;
}

export async function draftUnSrCommunication(
  deps: BundleDeps & { store: Pick<Store, 'getCase' | 'appendAudit'>; clock: Clock }, viewer: Viewer, caseId: string, rawLanguage: string | undefined, fallback: UiLanguage,
): Promise<UnSrCommunication> {
  const actor = await requireCoordinatorFor(viewer, () => getCase(deps, viewer, caseId));
  const language = rawLanguage === undefined || rawLanguage === '' ? fallback : parseOrThrow(z.object({ language: unSrLanguageSchema }), { language: rawLanguage }).language;
  const bundle = await readVisibleBundle(deps, viewer, caseId);
  const refusal = unSubmissionRefusal(bundle.case, bundle.consent);
  if (refusal) throw refusalError(refusal);
  const at = deps.clock.now().toISOString();
  await deps.store.appendAudit(auditEntry(at, actor, 'communication.un_sr_exported', { caseId: bundle.case.id, fields: ['summary', 'timeline', language] }));
  const consent = visibilityConsent(bundle.consent);
  await loadCatalog(language);
  const bytes = await unSrDocument(translatorFor(language), {
    case: bundle.case, events: bundle.events, proceedings: bundle.proceedings, ...(consent ? { consent } : {}),
    submitter: { name: actor.name, email: actor.email }, today: at.slice(0, 10),
  });
  return { bytes, language, filename: `un-sr-communication-${language}.docx` };
}
