import { describe, expect, it } from 'vitest';
import { canSeeCase, visibleLevels } from './visibility.ts';
import type { Viewer } from '../domain/member.ts';

const member = (role: 'coordinator' | 'mp' | 'diplomat'): Viewer => ({
  kind: 'member', id: 'm', email: 'm@example.org', name: 'M', role,
});

describe('case visibility', () => {
  const table: Array<[string, Viewer, Record<'public' | 'network' | 'restricted', boolean>]> = [
    ['anonymous', { kind: 'anonymous' }, { public: true, network: false, restricted: false }],
    ['mp', member('mp'), { public: true, network: true, restricted: false }],
    ['diplomat', member('diplomat'), { public: true, network: true, restricted: false }],
    ['coordinator', member('coordinator'), { public: true, network: true, restricted: true }],
  ];

  for (const [who, viewer, expected] of table) {
    it(`${who} sees exactly the levels consented for them`, () => {
      for (const visibility of ['public', 'network', 'restricted'] as const) {
        expect(canSeeCase(viewer, { visibility })).toBe(expected[visibility]);
      }
      expect([...visibleLevels(viewer)].sort()).toEqual(
        Object.entries(expected).filter(([, v]) => v).map(([k]) => k).sort(),
      );
    });
  }
});
