/** The alerts' rosters under their case (alert-roster-items.ts) and which stream records copy them again (alert-roster-projector.ts). */
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { digestSubjectOf } from './digest-projector.ts';
import { alertRostersOf, BELOW_COORDINATOR_ITEMS, rosterAlertItem, rosterRecipientItem } from './alert-roster-items.ts';
import { rosterSubjectOf } from './alert-roster-projector.ts';
import { alertItem, recipientItem } from './alert-items.ts';
import type { Alert, AlertRecipient } from '#shared/alerts/index.ts';

const alert: Alert = {
  id: 'a1', caseId: 'c1', defenderName: 'Ana Restrepo', country: 'CO', happened: 'Arrested at dawn.', askedActions: [], asked: 'Write today.',
  deadline: '2026-11-26T12:00:00.000Z', createdAt: '2026-11-23T09:00:00.000Z', createdBy: 'coord', recipientCount: 2,
};
const recipient: AlertRecipient = {
  alertId: 'a1', caseId: 'c1', memberId: 'm1', name: 'Maren Olsen', email: 'maren@example.org', role: 'mp', country: 'NO',
  language: 'fr', timeZone: 'Europe/Oslo', reason: 'pledged', status: 'sent', deliveredAt: '2026-11-23T09:01:00.000Z',
};
const record = (keys: Record<string, string>, before?: Record<string, unknown>, after?: Record<string, unknown>) => ({
  eventID: 'x', dynamodb: { Keys: marshall(keys), ...(before ? { OldImage: marshall(before) } : {}), ...(after ? { NewImage: marshall(after) } : {}) },
});

describe('the copies under the case', () => {
  it('sort after every other item of the case and hold only what the roster shows', () => {
    const line = rosterAlertItem(alertItem(alert));
    const row = rosterRecipientItem(recipientItem(recipient, alert.createdAt), alert.createdAt);
    for (const copy of [line, row]) {
      expect(copy.pk).toBe('CASE#c1');
      expect(String(copy.sk) > 'TWIN' && String(copy.sk).startsWith(BELOW_COORDINATOR_ITEMS)).toBe(true);
    }
    expect(line.alert).toEqual({ id: 'a1', caseId: 'c1', createdAt: alert.createdAt, deadline: alert.deadline, recipientCount: 2 });
    expect(row.recipient).toEqual({
      memberId: 'm1', name: 'Maren Olsen', role: 'mp', country: 'NO', reason: 'pledged', status: 'sent', deliveredAt: recipient.deliveredAt,
    });
    // No member id of the row's own: the digest's participation read takes children that carry one for participants.
    expect(row.memberId).toBeUndefined();
    expect(JSON.stringify([line, row])).not.toMatch(/example\.org|Arrested|Write today|Restrepo|Europe\/Oslo|"language"/);
  });

  it('read back newest alert first, each with its rows; rows whose alert line is missing wait for it', () => {
    const older = { ...alert, id: 'a0', createdAt: '2026-11-20T09:00:00.000Z' };
    const items = [
      rosterAlertItem(alertItem(older)), rosterAlertItem(alertItem(alert)),
      rosterRecipientItem(recipientItem(recipient, alert.createdAt), alert.createdAt),
      rosterRecipientItem(recipientItem({ ...recipient, alertId: 'gone' }, alert.createdAt), alert.createdAt),
    ];
    const read = alertRostersOf(items);
    expect(read.map((r) => [r.alert.id, r.recipients.map((x) => x.memberId)])).toEqual([['a1', ['m1']], ['a0', []]]);
  });
});

describe('rosterSubjectOf', () => {
  const keys = { pk: 'ALERT#a1', sk: 'RECIPIENT#m1' };
  const stored = recipientItem(recipient, alert.createdAt);

  it('names an alert, and a recipient whose shown fields changed (delivery, answer) or who came or went', () => {
    expect(rosterSubjectOf(record({ pk: 'ALERT#a1', sk: 'ALERT' }, undefined, alertItem(alert)))).toEqual({ kind: 'alert', alertId: 'a1' });
    expect(rosterSubjectOf(record(keys, undefined, stored))).toEqual({ kind: 'recipient', alertId: 'a1', memberId: 'm1' });
    expect(rosterSubjectOf(record(keys, stored, undefined))).toEqual({ kind: 'recipient', alertId: 'a1', memberId: 'm1' });
    const answered = { ...stored, answer: 'will_act', answeredAt: '2026-11-23T09:05:00.000Z' };
    expect(rosterSubjectOf(record(keys, stored, answered))).toEqual({ kind: 'recipient', alertId: 'a1', memberId: 'm1' });
  });

  it('ignores a recipient change the roster does not show, the member\'s waiting item, and the copies\' own records', () => {
    expect(rosterSubjectOf(record(keys, stored, { ...stored, remindedAt: '2026-11-25T12:00:00.000Z', claimId: 'k' }))).toBeUndefined();
    expect(rosterSubjectOf(record({ pk: 'MEMBER#m1', sk: 'ALERTWAITING#a1' }, undefined, { itemType: 'alert_waiting' }))).toBeUndefined();
    const row = rosterRecipientItem(stored, alert.createdAt);
    expect(rosterSubjectOf(record({ pk: String(row.pk), sk: String(row.sk) }, undefined, row))).toBeUndefined();
    // Nor does the digest board look at the case again for them.
    expect(digestSubjectOf(record({ pk: String(row.pk), sk: String(row.sk) }, undefined, row))).toBeUndefined();
  });
});
