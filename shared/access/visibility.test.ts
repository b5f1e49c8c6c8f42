import { describe, expect, it } from 'vitest';
import { canOpenCase, canSeeCase, listAudience } from './visibility.ts';
import type { Viewer } from '../domain/member.ts';

const member = (role: 'coordinator' | 'mp' | 'diplomat', id = 'm1'): Viewer => ({
  kind: 'member', id, email: `${id}@example.org`, name: id, role,
});

describe('case visibility', () => {
  type Level = 'public' | 'network' | 'restricted' | 'restricted, naming m1';
  const cases: Record<Level, { visibility: 'public' | 'network' | 'restricted'; namedMemberIds: string[] }> = {
    public: { visibility: 'public', namedMemberIds: [] },
    network: { visibility: 'network', namedMemberIds: [] },
    restricted: { visibility: 'restricted', namedMemberIds: ['someone-else'] },
    'restricted, naming m1': { visibility: 'restricted', namedMemberIds: ['m1'] },
  };
  const table: Array<[string, Viewer, Record<Level, boolean>]> = [
    ['anonymous', { kind: 'anonymous' }, { public: true, network: false, restricted: false, 'restricted, naming m1': false }],
    ['mp m1', member('mp'), { public: true, network: true, restricted: false, 'restricted, naming m1': true }],
    ['another mp', member('mp', 'm2'), { public: true, network: true, restricted: false, 'restricted, naming m1': false }],
    ['diplomat m1', member('diplomat'), { public: true, network: true, restricted: false, 'restricted, naming m1': true }],
    ['coordinator', member('coordinator', 'c'), { public: true, network: true, restricted: true, 'restricted, naming m1': true }],
  ];

  for (const [who, viewer, expected] of table) {
    it(`${who} sees exactly the cases consented for them`, () => {
      for (const level of Object.keys(cases) as Level[]) {
        expect(canSeeCase(viewer, cases[level]), level).toBe(expected[level]);
      }
    });
  }

  it('asking a list for a level narrows it and never widens it', () => {
    expect(listAudience({ kind: 'anonymous' }, 'restricted').levels).toEqual([]);
    expect(listAudience(member('mp'), 'restricted')).toEqual({ levels: [], namedMemberId: 'm1' });
    expect(listAudience(member('mp'), 'network')).toEqual({ levels: ['network'] });
    expect(listAudience(member('coordinator'), 'restricted')).toEqual({ levels: ['restricted'] });
  });
});

describe('opening a paused case', () => {
  const paused = { visibility: 'restricted' as const, namedMemberIds: [], pausedAt: '2026-11-23T09:00:00Z', pausedFollowerIds: ['m1'] };

  it('the members the pause notice went to may open it, but see it nowhere else', () => {
    expect(canOpenCase(member('mp'), paused)).toBe(true);
    expect(canSeeCase(member('mp'), paused)).toBe(false);
  });

  it('no one else may open it, and a follower list means nothing once the pause ends', () => {
    expect(canOpenCase(member('mp', 'm2'), paused)).toBe(false);
    expect(canOpenCase({ kind: 'anonymous' }, paused)).toBe(false);
    expect(canOpenCase(member('mp'), { ...paused, pausedAt: undefined })).toBe(false);
  });
});
