/**
 * Alerts as items. An alert and its recipients share the partition
 * `ALERT#<id>` (one Query reads the roster) and are also listed under their
 * case in byScope (`CASEALERTS#<caseId>`, newest first). The case page reads
 * the copies the table's stream keeps in the case's own partition instead
 * (alert-roster-items.ts), in the case's Query. A recipient who said
 * "I will act" is filed in byKind `ALERT_REMINDERS` at the reminder's due time.
 * Each recipient who has not answered also has a waiting item under the
 * member (`MEMBER#<memberId>` / `ALERTWAITING#<alertId>`, in byScope
 * `MEMBER#<memberId>` / `ALERT#<createdAt>#<alertId>`, beside the MP's
 * pledges and sign-ups), which the answer deletes: the member's home reads it.
 */
import type { Alert, AlertRecipient, WaitingAlert } from '#shared/alerts/index.ts';
// From its own module, not the feature's index: the index would load every alert use case and its schemas at a cold start.
import { WAITING_DAYS_AFTER_DEADLINE } from '#shared/alerts/waiting.ts';
import type { AlertCandidate } from '#shared/alerts/index.ts';
import { DEFAULT_PREFERENCES } from '#shared/digests/preferences-model.ts';
import { THEMES, type Theme } from '#shared/domain/case-model.ts';
import { isUiLanguage } from '#shared/i18n/languages.ts';
import { memberTimeZone } from '#shared/domain/member-time-zone.ts';
import type { Role } from '#shared/domain/member.ts';

export const alertKeys = {
  alert: (id: string) => ({ pk: `ALERT#${id}`, sk: 'ALERT' }),
  recipient: (alertId: string, memberId: string) => ({ pk: `ALERT#${alertId}`, sk: `RECIPIENT#${memberId}` }),
  caseScope: (caseId: string) => `CASEALERTS#${caseId}`,
  waiting: (memberId: string, alertId: string) => ({ pk: `MEMBER#${memberId}`, sk: `ALERTWAITING#${alertId}` }),
  /** How a member's waiting alerts start in their byScope collection (pledges start `PLEDGE#`, sign-ups `OBSERVER#`). */
  waitingScopePrefix: 'ALERT#',
};

export const REMINDERS_KIND = 'ALERT_REMINDERS';

/** Alerts and their records are kept two years, then expire. */
const KEEP_SECONDS = 2 * 365 * 86_400;
const expiry = (createdAt: string) => Math.floor(Date.parse(createdAt) / 1000) + KEEP_SECONDS;

export function alertItem(a: Alert): Record<string, unknown> {
  return {
    ...alertKeys.alert(a.id), itemType: 'alert', gsi1pk: alertKeys.caseScope(a.caseId), gsi1sk: `${a.createdAt}#${a.id}`,
    expiresAt: expiry(a.createdAt), ...a,
  };
}

export function recipientItem(r: AlertRecipient, createdAt: string): Record<string, unknown> {
  return {
    ...alertKeys.recipient(r.alertId, r.memberId), itemType: 'alert_recipient',
    gsi1pk: alertKeys.caseScope(r.caseId), gsi1sk: `${createdAt}#${r.alertId}#R#${r.memberId}`, expiresAt: expiry(createdAt), ...r,
  };
}

/** A recipient's waiting item: under the member, listed in their byScope collection, gone with the answer or by TTL. */
export function waitingItem(w: WaitingAlert): Record<string, unknown> {
  return {
    ...alertKeys.waiting(w.memberId, w.alertId), itemType: 'alert_waiting',
    gsi1pk: `MEMBER#${w.memberId}`, gsi1sk: `${alertKeys.waitingScopePrefix}${w.createdAt}#${w.alertId}`,
    expiresAt: Math.floor(Date.parse(w.deadline) / 1000) + WAITING_DAYS_AFTER_DEADLINE * 86_400, ...w,
  };
}

export const isAlertItem = (item: Record<string, unknown>) => item.itemType === 'alert';
export const isRecipientItem = (item: Record<string, unknown>) => item.itemType === 'alert_recipient';

/** The member attributes the recipient rule reads (a projection of the members list). */
export const CANDIDATE_ATTRIBUTES = ['id', 'name', 'email', 'role', 'country', 'preferences', 'uiLanguage', 'timeZone', 'alertsOff', 'active'] as const;

export function candidateOf(item: Record<string, unknown>): AlertCandidate {
  const prefs = (item.preferences && typeof item.preferences === 'object' ? item.preferences : {}) as Partial<typeof DEFAULT_PREFERENCES>;
  const language = isUiLanguage(item.uiLanguage) ? item.uiLanguage : isUiLanguage(prefs.language) ? prefs.language : 'en';
  return {
    id: String(item.id), name: String(item.name), email: String(item.email), role: item.role as Role,
    ...(typeof item.country === 'string' ? { country: item.country } : {}),
    language,
    timeZone: memberTimeZone(item.timeZone, typeof item.country === 'string' ? item.country : undefined),
    followsCountries: Array.isArray(prefs.countries) ? prefs.countries.map(String) : [],
    followsThemes: Array.isArray(prefs.themes) ? prefs.themes.filter((t): t is Theme => (THEMES as readonly string[]).includes(String(t))) : [],
    alertsOff: item.alertsOff === true,
  };
}
