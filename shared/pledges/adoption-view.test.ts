import { describe, expect, it } from 'vitest';
import type { Viewer } from '../domain/member.ts';
import type { CaseBundle } from '../ports/store.ts';
import type { LoggedAction } from './action.schema.ts';
import { adoptionFor, canSeeAction, coverageOf, progressOf } from './adoption-view.ts';
import type { Pledge } from './pledge.schema.ts';

const member = (role: 'coordinator' | 'mp' | 'diplomat', id: string): Viewer => ({ kind: 'member', id, email: `${id}@example.org`, name: id, role });

const action = (over: Partial<LoggedAction>): LoggedAction => ({
  id: 'a1', caseId: 'c1', memberId: 'author', memberName: 'Author MP', type: 'prison_visit', date: '2026-11-01',
  description: 'Visited.', public: false, verification: { state: 'pending' }, createdAt: '', updatedAt: '', version: 1, ...over,
});
const pledge = (over: Partial<Pledge>): Pledge => ({
  caseId: 'c1', memberId: 'author', memberName: 'Author MP', actions: ['prison_visit', 'letter_authorities', 'joint_letter'],
  twin: false, createdAt: '', updatedAt: '', version: 1, ...over,
});

describe('who sees a logged action', () => {
  const confidential = action({ public: false });
  const table: Array<[string, Viewer, boolean]> = [
    ['its author', member('mp', 'author'), true],
    ['a coordinator', member('coordinator', 'c'), true],
    ['another MP', member('mp', 'other'), false],
    ['a diplomat', member('diplomat', 'd'), false],
    ['an anonymous visitor', { kind: 'anonymous' }, false],
  ];
  for (const [who, viewer, sees] of table) {
    it(`a confidential action: ${who} ${sees ? 'sees it' : 'does not'}; a public one: everyone`, () => {
      expect(canSeeAction(viewer, confidential)).toBe(sees);
      expect(canSeeAction(viewer, action({ public: true }))).toBe(true);
    });
  }

  it('trims the bundle: anonymous visitors get no pledges and no twin', () => {
    const bundle = {
      case: {} as CaseBundle['case'], events: [], consent: [], requests: [], missionActions: [], observers: [], attachments: [], proceedings: [],
      pledges: [pledge({})], actions: [confidential, action({ id: 'a2', public: true })],
      twin: { caseId: 'c1', memberId: 'author', since: '' },
    } satisfies CaseBundle;
    const anonymous = adoptionFor({ kind: 'anonymous' }, bundle);
    expect(anonymous.pledges).toEqual([]);
    expect(anonymous.twin).toBeUndefined();
    expect(anonymous.actions.map((a) => a.id)).toEqual(['a2']);
    expect(adoptionFor(member('mp', 'other'), bundle).actions.map((a) => a.id)).toEqual(['a2']);
    expect(adoptionFor(member('mp', 'author'), bundle).actions.map((a) => a.id)).toEqual(['a1', 'a2']);
  });
});

describe('progress of a pledge', () => {
  it('ticks off the pledged actions the MP logged on that case, and only those', () => {
    const logged = [
      action({ type: 'prison_visit' }),
      action({ type: 'letter_authorities', memberId: 'someone-else' }),
      action({ type: 'letter_authorities', caseId: 'another-case' }),
      action({ type: 'public_statement' }),
    ];
    expect(progressOf(pledge({}), logged)).toEqual({ done: ['prison_visit'], remaining: ['letter_authorities', 'joint_letter'] });
  });

  it('counts a co-signed joint letter as done', () => {
    const signed = [{ caseId: 'c1', memberId: 'author' }];
    expect(progressOf(pledge({}), [], signed).done).toEqual(['joint_letter']);
  });
});

describe('de-confliction figures', () => {
  it('says who pledged an action and who did it, newest first, co-signers included', () => {
    const bundle = {
      pledges: [pledge({}), pledge({ memberId: 'b', memberName: 'B MP', actions: ['letter_authorities'] })],
      actions: [
        action({ type: 'joint_letter', date: '2026-10-01', coSigners: [{ caseId: 'c1', actionId: 'a1', memberId: 'b', memberName: 'B MP', at: '2026-10-05T10:00:00Z' }] }),
      ],
    };
    expect(coverageOf(bundle, 'letter_authorities').pledgedBy).toEqual(['Author MP', 'B MP']);
    expect(coverageOf(bundle, 'joint_letter').doneBy).toEqual([{ name: 'B MP', date: '2026-10-05' }, { name: 'Author MP', date: '2026-10-01' }]);
    expect(coverageOf(bundle, 'trial_observation')).toEqual({ pledgedBy: [], doneBy: [] });
  });
});
