/** Which waiting alerts a member's home shows: the visibility rule on the case as it is now, the order, the 30 days. */
import { describe, expect, it } from 'vitest';
import type { DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { visibleWaitingAlerts } from './waiting.ts';
import type { WaitingAlert } from './alert.ts';

const mp: Viewer = { kind: 'member', id: 'mp-1', role: 'mp', name: 'An MP', email: 'mp@example.org' };
const now = new Date('2026-11-23T09:00:00.000Z');

const aCase = (id: string, extra: Partial<DefenderCase> = {}) =>
  ({ id, defenderName: `Defender ${id}`, country: 'CO', visibility: 'network', namedMemberIds: [], state: 'active', ...extra }) as DefenderCase;
const waiting = (alertId: string, caseId: string, createdAt: string, deadline = '2026-11-26T12:00:00.000Z'): WaitingAlert =>
  ({ alertId, caseId, memberId: 'mp-1', createdAt, deadline });

describe('visibleWaitingAlerts', () => {
  it('shows the case\'s name and country as they are now, newest first', () => {
    const shown = visibleWaitingAlerts(mp, [waiting('a1', 'c1', '2026-11-20T10:00:00.000Z'), waiting('a2', 'c2', '2026-11-22T10:00:00.000Z')],
      new Map([['c1', aCase('c1', { defenderName: 'Renamed' })], ['c2', aCase('c2', { country: 'PE' })]]), now);
    expect(shown.map((a) => [a.alertId, a.defenderName, a.country])).toEqual([['a2', 'Defender c2', 'PE'], ['a1', 'Renamed', 'CO']]);
  });

  it('leaves out a case that is gone, restricted without naming the member, paused or closed', () => {
    const cases = new Map([
      ['restricted', aCase('restricted', { visibility: 'restricted' })],
      ['named', aCase('named', { visibility: 'restricted', namedMemberIds: ['mp-1'] })],
      ['paused', aCase('paused', { pausedAt: '2026-11-22T00:00:00.000Z', pausedFollowerIds: ['mp-1'] })],
      ['closed', aCase('closed', { state: 'closed', closedReason: 'Released.' })],
    ]);
    const all = ['gone', 'restricted', 'named', 'paused', 'closed'].map((id, i) => waiting(`a-${id}`, id, `2026-11-2${i}T00:00:00.000Z`));
    expect(visibleWaitingAlerts(mp, all, cases, now).map((a) => a.alertId)).toEqual(['a-named']);
  });

  it('marks an alert late once its deadline passed, and drops it 30 days later', () => {
    const cases = new Map([['c1', aCase('c1')]]);
    const alerts = [waiting('a1', 'c1', '2026-10-01T00:00:00.000Z', '2026-11-22T09:00:00.000Z')];
    expect(visibleWaitingAlerts(mp, alerts, cases, now)[0]).toMatchObject({ late: true });
    expect(visibleWaitingAlerts(mp, alerts, cases, new Date('2026-11-20T00:00:00.000Z'))[0]).toMatchObject({ late: false });
    expect(visibleWaitingAlerts(mp, alerts, cases, new Date('2026-12-22T09:00:01.000Z'))).toEqual([]);
  });
});
