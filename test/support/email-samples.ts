/**
 * One of every email Tandem sends, in a given language, from a small
 * fictional network: the sign-in link, the invitation and the answer to a
 * rejected join request, the pause notice, the weekly digest as an MP, a
 * diplomat and a coordinator get it, the urgent alert and its reminder, the
 * notifications (new request, overdue request, hearing in two days, action
 * verified, ECtHR time limit) and the acknowledgement of a threat report. The
 * network also holds what must never reach an email: a restricted case the
 * recipients are not named on (a coordinator may see it), a paused case, and case records carrying
 * planted values in fields an email must not show (summary, organisation,
 * sensitive fields). The unit test and the browser screenshots render these.
 */
import { signInEmail } from '#shared/auth/sign-in-email.ts';
import { pauseNoticeEmail } from '#shared/case-safety/pause-notice.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import { composeDigest } from '#shared/digests/compose.ts';
import { DEFAULT_PREFERENCES } from '#shared/digests/preferences.ts';
import { digestEmail, renderDigest } from '#shared/digests/render.ts';
import { DURING, WINDOW, defenderCase, event, hearing, inputs, member } from '#shared/digests/testing/fixtures.ts';
import type { UiLanguage } from '#shared/i18n/languages.ts';
import { invitationEmail } from '#shared/members/invitation-email.ts';
import { rejectionEmail } from '#shared/members/rejection-email.ts';
import { alertEmail } from '#shared/alerts/alert-email.ts';
import { reminderEmail } from '#shared/alerts/reminder-email.ts';
import type { Alert } from '#shared/alerts/alert.ts';
import { translatorFor } from '#shared/i18n/translator.ts';
import { newRequestEmail } from '#shared/notifications/emails/new-request-email.ts';
import { overdueRequestEmail } from '#shared/notifications/emails/overdue-request-email.ts';
import { hearingReminderEmail } from '#shared/notifications/emails/hearing-reminder-email.ts';
import { actionVerifiedEmail } from '#shared/notifications/emails/action-verified-email.ts';
import { applicationDeadlineEmail } from '#shared/notifications/emails/application-deadline-email.ts';
import { acknowledgementEmail } from '#shared/intake/acknowledgement-email.ts';
import type { ActionRequest } from '#shared/missions/action-request.ts';
import type { OutgoingEmail } from '#shared/ports/mailer.ts';
import { loadAllCatalogs } from '#shared/i18n/catalog.ts';

// The samples are composed in every language, synchronously, as a job does once it has loaded them.
await loadAllCatalogs();

export const APP = 'https://tandem.example.org';
export const EMAIL_KINDS = [
  'sign-in', 'invitation', 'rejection', 'pause-notice', 'digest-mp', 'digest-diplomat', 'digest-coordinator',
  'alert', 'alert-reminder', 'new-request', 'overdue-request', 'hearing-reminder', 'action-verified',
  'application-deadline', 'report-acknowledgement',
] as const;
/** Emails with nothing for the reader to open: the answer to a rejected join request, a report's acknowledgement. */
export const WITHOUT_BUTTON: readonly EmailKind[] = ['rejection', 'report-acknowledgement'];
/** Emails that may be stopped in one click (RFC 8058): the digest and the urgent alerts. */
export const WITH_UNSUBSCRIBE: readonly EmailKind[] = ['digest-mp', 'digest-diplomat', 'digest-coordinator', 'alert', 'alert-reminder'];
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** Appears only in what must never be emailed. */
export const PLANTED = 'planted-secret';
/** A restricted case naming nobody: only a coordinator's email may show it. */
export const RESTRICTED = 'Restricted Defender';

const planted = (extra: Partial<DefenderCase>): DefenderCase =>
  ({ ...defenderCase(extra), summary: `${PLANTED} summary`, organisation: `${PLANTED} org`, legalNotes: `${PLANTED} legal`, exactLocation: `${PLANTED} place` }) as DefenderCase;

function network() {
  const mp = member('mp', { name: 'Maren Olsen' });
  const diplomat = member('diplomat', { name: 'Jonas Weber', country: 'HN' });
  const coordinator = member('coordinator', { name: 'Claire Dubois' });
  const ana = planted({ defenderName: 'Ana Lucía Restrepo', country: 'CO', riskStatuses: ['detained'], createdAt: DURING });
  const berta = planted({ defenderName: 'Berta Cáceres Flores', country: 'HN', riskStatuses: ['on_trial'], adopterCount: 0 });
  const samuel = planted({ defenderName: 'Samuel Kiprono Wanjiku-Otieno', country: 'KE', riskStatuses: ['threatened'], adopterCount: 0, createdAt: DURING, themes: ['journalism'] });
  const hidden = planted({ defenderName: RESTRICTED, visibility: 'restricted', namedMemberIds: [], country: 'CO', createdAt: DURING, adopterCount: 0 });
  const paused = planted({ defenderName: `${PLANTED} paused defender`, pausedAt: DURING, country: 'HN', createdAt: DURING, adopterCount: 0 });
  const everyone = [ana, berta, samuel, hidden, paused];
  const data = inputs(everyone, {
    events: [
      event(ana, { type: 'arrest', date: '2026-11-17', title: 'Detained at a checkpoint near Bogotá' }),
      event(ana, { type: 'charge', date: '2026-11-19', title: 'Charged with “rebellion”; the lawyer was not present' }),
      event(hidden, { title: `${RESTRICTED} event` }),
      event(paused, { title: `${PLANTED} event` }),
    ],
    hearings: [hearing(ana, '2026-11-26T14:00'), hearing(berta, '2026-12-02T15:30'), hearing(hidden), hearing(paused)],
    participations: new Map([[mp.id, [ana.id, hidden.id, paused.id]]]),
    openRequests: [
      { id: 'r1', caseId: berta.id, country: 'HN', actionLabel: 'Trial observation', dueDate: '2026-11-20', status: 'open' },
      { id: 'r2', caseId: berta.id, country: 'HN', actionLabel: 'Prison visit', dueDate: '2026-12-10', status: 'open' },
      { id: 'r3', caseId: paused.id, country: 'HN', actionLabel: `${PLANTED} request`, status: 'open' },
    ],
    gaps: [
      { caseId: berta.id, rule: 'on_trial_no_trial_observation', ageDays: 4 },
      { caseId: ana.id, rule: 'detained_no_detention_visit', ageDays: 9 },
      { caseId: ana.id, rule: 'judgment_not_executed', ageDays: 230 },
      { caseId: hidden.id, rule: 'threatened_no_meeting', ageDays: 2 },
    ],
  });
  return { mp, diplomat, coordinator, ana, berta, data };
}

const alertLinks = { answerUrl: `${APP}/alerts/sample-alert`, unsubscribeUrl: `${APP}/alerts/unsubscribe/sample.token` };

function alertOf(ana: DefenderCase): Alert {
  return {
    id: 'sample-alert', caseId: ana.id, defenderName: ana.defenderName, country: ana.country,
    happened: 'Detained at a checkpoint near Bogotá; her lawyer has had no access for 36 hours.',
    askedActions: ['letter_authorities', 'detention_visit'], asked: 'Ask the authorities where she is held.',
    deadline: '2026-11-26T17:00:00.000Z', createdAt: DURING, createdBy: 'coordinator', recipientCount: 12,
  };
}

/** The notifications, written as the sender writes them: in the member's language and time zone. */
function notificationSamples(language: UiLanguage, n: ReturnType<typeof network>) {
  const { mp, diplomat, coordinator, ana, berta } = n;
  const request: ActionRequest = {
    id: 'r1', caseId: berta.id, actionType: 'trial_observation', country: 'HN', dueDate: '2026-11-20', status: 'open',
    createdAt: DURING, createdBy: coordinator.id, updatedAt: DURING, version: 1,
  };
  const forDiplomat = translatorFor(language, 'America/Tegucigalpa');
  const forMp = translatorFor(language, 'Europe/Oslo');
  const courtHearing = { ...hearing(ana, '2026-11-26T19:00'), court: 'Juzgado 4.º Penal de Bogotá', timeZone: 'America/Bogota' };
  return {
    'new-request': newRequestEmail(forDiplomat, diplomat, berta, request, APP),
    'overdue-request': overdueRequestEmail(forDiplomat, diplomat, berta, request, APP),
    'hearing-reminder': hearingReminderEmail(forMp, mp, ana, courtHearing, APP),
    'action-verified': actionVerifiedEmail(forMp, mp, ana, { actionKey: 'vocabulary.parliamentaryAction.parliamentary_question', date: '2026-11-20' }, APP),
    'application-deadline': applicationDeadlineEmail(translatorFor(language, 'Europe/Paris'), coordinator, ana,
      { deadline: '2027-03-19', decision: '2026-11-19', days: 14 }, APP),
  };
}

function digestFor(who: ReturnType<typeof member>, countries: string[], language: UiLanguage, data: ReturnType<typeof network>['data']): OutgoingEmail {
  const unsubscribeUrl = `${APP}/unsubscribe/sample.${who.id.slice(-4)}`;
  const digest = composeDigest(who, { ...DEFAULT_PREFERENCES, countries }, data, WINDOW);
  return digestEmail(who.email, renderDigest(digest, { language, appUrl: APP, unsubscribeUrl }), { language, unsubscribeUrl });
}

export function emailSamples(language: UiLanguage): Record<EmailKind, OutgoingEmail> {
  const n = network();
  const { mp, diplomat, coordinator, ana, data } = n;
  const reader = { email: mp.email, language, timeZone: 'Europe/Oslo' };
  return {
    'sign-in': signInEmail(mp.email, `${APP}/auth/verify?token=sample-token`, 15, language),
    invitation: invitationEmail('new.member@example.org', 'Amaru Mamani Quispe', `${APP}/sign-in`, language),
    rejection: rejectionEmail('applicant@example.org', 'Amaru Mamani Quispe', 'We could not confirm the parliament you sit in.', language),
    'pause-notice': pauseNoticeEmail(mp.email, ana.defenderName, `${APP}/cases/${ana.id}`, language),
    'digest-mp': digestFor(mp, ['KE'], language, data),
    'digest-diplomat': digestFor(diplomat, [], language, data),
    'digest-coordinator': digestFor(coordinator, [], language, data),
    alert: alertEmail(alertOf(ana), reader, alertLinks),
    'alert-reminder': reminderEmail(alertOf(ana), reader, alertLinks),
    ...notificationSamples(language, n),
    'report-acknowledgement': acknowledgementEmail('reporter@example.org', 'R-7KQ2', language),
  };
}
