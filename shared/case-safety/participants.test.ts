import { describe, expect, it } from 'vitest';
import type { CaseBundle } from '../ports/store.ts';
import { participantIds } from './participants.ts';

/** Only the fields `participantIds` reads; the rest of each item does not matter here. */
const bundle = (parts: Partial<Record<'pledges' | 'actions' | 'missionActions' | 'requests' | 'observers', unknown[]>>) =>
  ({ pledges: [], actions: [], missionActions: [], requests: [], observers: [], events: [], consent: [], ...parts }) as unknown as CaseBundle;

describe('who is acting on a case', () => {
  it('counts pledges, logged actions and their co-signers, mission actions, answered requests and observers, once each', () => {
    const ids = participantIds(bundle({
      pledges: [{ memberId: 'twin' }],
      actions: [{ memberId: 'author', coSigners: [{ memberId: 'cosigner' }, { memberId: 'twin' }] }],
      missionActions: [{ createdBy: 'diplomat' }],
      requests: [{ createdBy: 'coordinator', respondedBy: 'acknowledger' }, { createdBy: 'coordinator' }],
      observers: [{ memberId: 'observer' }],
    }));
    expect(ids.sort()).toEqual(['acknowledger', 'author', 'cosigner', 'diplomat', 'observer', 'twin']);
  });

  it('leaves out the coordinator who raised a request: coordinators see every case anyway', () => {
    expect(participantIds(bundle({ requests: [{ createdBy: 'coordinator' }] }))).toEqual([]);
  });
});
