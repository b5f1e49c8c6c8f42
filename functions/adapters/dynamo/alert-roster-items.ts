/**
 * The alerts' rosters kept under their case (issue 14: the coordinators' case page within 3 DynamoDB calls).
 * The case's own Query returns them, instead of a byScope Query of `CASEALERTS#<caseId>` of its own:
 * - `CASE#<caseId>` / `~ALERT#<createdAt>#<alertId>`: the alert as the page lists it (when, by when, to how many);
 * - `CASE#<caseId>` / `~ALERT#<createdAt>#<alertId>#R#<memberId>`: one recipient as the roster shows them.
 *
 * Why `~`: it sorts after every letter, so these items come after everything else of the case, and every
 * read that is not the coordinators' case page asks for `sk < '~'` (`BELOW_COORDINATOR_ITEMS`): DynamoDB
 * never returns them to it, whatever the code above does with what it gets.
 *
 * The items copy named fields, never a whole source item: no address, language, zone, alert text or
 * author lands here. The recipient's fields sit in a map, with no `memberId` of the item's own, so the
 * digest's participation read (children of a case that carry a member id) does not take a recipient
 * for a participant. They expire with the alert (alert-items.ts keeps alerts two years).
 */
import type { AlertSummary, RosterRecipient } from '#shared/alerts/index.ts';
import type { CaseAlertRosters } from '#shared/ports/store.ts';

type Item = Record<string, unknown>;

export const ROSTER_ALERT_TYPE = 'alert_roster';
export const ROSTER_RECIPIENT_TYPE = 'alert_roster_recipient';
/** What a read that is not the coordinators' case page asks for: `sk < :below` (see the header). */
export const BELOW_COORDINATOR_ITEMS = '~';

const casePk = (caseId: string) => `CASE#${caseId}`;
const alertSk = (createdAt: string, alertId: string) => `${BELOW_COORDINATOR_ITEMS}ALERT#${createdAt}#${alertId}`;

export const rosterKeys = {
  alert: (caseId: string, createdAt: string, alertId: string) => ({ pk: casePk(caseId), sk: alertSk(createdAt, alertId) }),
  recipient: (caseId: string, createdAt: string, alertId: string, memberId: string) =>
    ({ pk: casePk(caseId), sk: `${alertSk(createdAt, alertId)}#R#${memberId}` }),
};

/** The alert's line on the page, from its item as stored. */
export function rosterAlertItem(alert: Item): Item {
  const summary: AlertSummary = {
    id: String(alert.id), caseId: String(alert.caseId), createdAt: String(alert.createdAt),
    deadline: String(alert.deadline), recipientCount: Number(alert.recipientCount),
  };
  return {
    ...rosterKeys.alert(summary.caseId, summary.createdAt, summary.id), itemType: ROSTER_ALERT_TYPE, alert: summary,
    ...(typeof alert.expiresAt === 'number' ? { expiresAt: alert.expiresAt } : {}),
  };
}

/** One recipient's row, from their item as stored (`createdAt`: the alert's, which orders the rows under it). */
export function rosterRecipientItem(recipient: Item, createdAt: string): Item {
  const optional = (name: 'country' | 'deliveredAt' | 'answer' | 'answeredAt') =>
    (typeof recipient[name] === 'string' ? { [name]: recipient[name] } : {});
  const row = {
    memberId: String(recipient.memberId), name: String(recipient.name), role: recipient.role, reason: recipient.reason, status: recipient.status,
    ...optional('country'), ...optional('deliveredAt'), ...optional('answer'), ...optional('answeredAt'),
  } as RosterRecipient;
  return {
    ...rosterKeys.recipient(String(recipient.caseId), createdAt, String(recipient.alertId), row.memberId), itemType: ROSTER_RECIPIENT_TYPE,
    alertId: String(recipient.alertId), recipient: row,
    ...(typeof recipient.expiresAt === 'number' ? { expiresAt: recipient.expiresAt } : {}),
  };
}

/** The other projectors of a case's partition ignore these items' records (the digest board: digest-projector.ts). */
export const isRosterType = (itemType: unknown) => itemType === ROSTER_ALERT_TYPE || itemType === ROSTER_RECIPIENT_TYPE;

/** The rosters among a case's items, newest alert first; recipients whose alert's line is not there yet wait for it. */
export function alertRostersOf(items: readonly Item[]): CaseAlertRosters {
  const rosters = new Map<string, CaseAlertRosters[number]>();
  for (const item of items) {
    if (item.itemType !== ROSTER_ALERT_TYPE) continue;
    const alert = item.alert as AlertSummary;
    rosters.set(alert.id, { alert, recipients: [] });
  }
  for (const item of items) {
    if (item.itemType === ROSTER_RECIPIENT_TYPE) rosters.get(String(item.alertId))?.recipients.push(item.recipient as RosterRecipient);
  }
  return [...rosters.values()].sort((a, b) => b.alert.createdAt.localeCompare(a.alert.createdAt) || b.alert.id.localeCompare(a.alert.id));
}
