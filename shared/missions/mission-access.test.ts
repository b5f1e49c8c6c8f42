import { describe, expect, it } from 'vitest';
import type { Viewer } from '../domain/member.ts';
import { needsClearance, requireClearance } from './consult.ts';
import { actionView, canSeeAction, canSeeRequest, requestView } from './mission-access.ts';
import type { ActionRequest } from './action-request.ts';
import type { MissionAction } from './mission-action.ts';

const member = (role: 'coordinator' | 'mp' | 'diplomat', id: string, country?: string): Viewer => ({
  kind: 'member', id, email: `${id}@example.org`, name: id, role, ...(country ? { country } : {}),
});
const network = { visibility: 'network' as const, namedMemberIds: [] };
const restricted = { visibility: 'restricted' as const, namedMemberIds: ['named'] };

describe('who sees an action request', () => {
  const table: Array<[string, Viewer, boolean, boolean]> = [
    ['a coordinator', member('coordinator', 'c'), true, true],
    ['a diplomat posted there', member('diplomat', 'd', 'CO'), true, false],
    ['a diplomat posted there and named on the case', member('diplomat', 'named', 'CO'), true, true],
    ['a diplomat posted elsewhere', member('diplomat', 'named', 'KE'), false, false],
    ['an MP', member('mp', 'named', 'CO'), false, false],
    ['an anonymous caller', { kind: 'anonymous' }, false, false],
  ];
  for (const [who, viewer, onNetwork, onRestricted] of table) {
    it(`${who}: network case ${onNetwork}, restricted case ${onRestricted}`, () => {
      expect(canSeeRequest(viewer, { country: 'CO' }, network)).toBe(onNetwork);
      expect(canSeeRequest(viewer, { country: 'CO' }, restricted)).toBe(onRestricted);
    });
  }
});

describe('who sees a mission action', () => {
  it('a public action: every member who sees the case; a confidential one: coordinators and its author', () => {
    const publicOne = { confidential: false, createdBy: 'author' };
    const confidential = { confidential: true, createdBy: 'author' };
    expect(canSeeAction(member('mp', 'm'), publicOne, network)).toBe(true);
    expect(canSeeAction({ kind: 'anonymous' }, publicOne, { visibility: 'public', namedMemberIds: [] })).toBe(false);
    expect(canSeeAction(member('mp', 'm'), confidential, network)).toBe(false);
    expect(canSeeAction(member('diplomat', 'other', 'CO'), confidential, network)).toBe(false);
    expect(canSeeAction(member('diplomat', 'author', 'CO'), confidential, network)).toBe(true);
    expect(canSeeAction(member('coordinator', 'c'), confidential, network)).toBe(true);
    expect(canSeeAction(member('diplomat', 'author', 'CO'), publicOne, restricted)).toBe(false);
  });

  it('views drop internal member ids for non-coordinators and mark overdue requests', () => {
    const request = { id: 'r', status: 'open', dueDate: '2026-11-20', createdBy: 'c', respondedBy: 'd' } as ActionRequest;
    expect(requestView(member('diplomat', 'd', 'CO'), request, '2026-11-23')).toEqual({ id: 'r', status: 'open', dueDate: '2026-11-20', overdue: true });
    expect(requestView(member('coordinator', 'c'), { ...request, status: 'done' }, '2026-11-23')).toMatchObject({ createdBy: 'c', overdue: false });
    const action = { id: 'a', createdBy: 'd', verifiedBy: 'c' } as MissionAction;
    expect(actionView(member('mp', 'm'), action)).toEqual({ id: 'a', byYou: false, verified: false });
    expect(actionView(member('diplomat', 'd'), action)).toMatchObject({ byYou: true });
  });
});

describe('consult before acting', () => {
  it('public-facing actions on a non-public case need the confirmation; others do not', () => {
    expect(needsClearance('network', 'public_statement')).toBe(true);
    expect(needsClearance('restricted', 'visible_recognition')).toBe(true);
    expect(needsClearance('public', 'public_statement')).toBe(false);
    expect(needsClearance('restricted', 'trial_observation')).toBe(false);
    expect(() => requireClearance('network', 'public_statement', undefined)).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ path: 'publicActionCleared' })] }),
    );
    expect(() => requireClearance('network', 'public_statement', true)).not.toThrow();
  });
});
