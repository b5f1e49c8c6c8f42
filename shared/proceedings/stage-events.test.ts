import { describe, expect, it } from 'vitest';
import type { Proceeding } from './proceeding.ts';
import { stageEventChanges, stageEventId, stageEvents, stagesPostedAt } from './stage-events.ts';

const base: Proceeding = {
  id: '6f1c2b4e-9d7a-4c1e-8a2b-3c4d5e6f7a8b', caseId: 'c1', internationalBody: 'ecthr', reference: 'no. 1/26',
  lodgedDate: '2026-03-02', stagesPostedAt: { lodgedDate: '2026-03-03T10:00:00.000Z' },
  createdAt: '2026-03-03T10:00:00.000Z', createdBy: 'm1', updatedAt: '2026-03-03T10:00:00.000Z', updatedBy: 'm1', version: 1,
};

describe('stage events', () => {
  it('derive a stable UUID per proceeding and stage', () => {
    const id = stageEventId(base.id, 'lodgedDate');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stageEventId(base.id, 'lodgedDate')).toBe(id);
    expect(stageEventId(base.id, 'decisionDate')).not.toBe(id);
  });

  it('keep the posting time of a stage that stays dated, stamp a new one, drop a cleared one', () => {
    const next = { ...base, lodgedDate: '2026-03-01', communicatedDate: '2026-06-01' };
    expect(stagesPostedAt(base, next, '2026-07-01T00:00:00.000Z')).toEqual({ lodgedDate: '2026-03-03T10:00:00.000Z', communicatedDate: '2026-07-01T00:00:00.000Z' });
    const { lodgedDate: _cleared, ...without } = base;
    expect(stagesPostedAt(base, without, '2026-07-01T00:00:00.000Z')).toEqual({});
  });

  it('change nothing when no stage changes, move a moved date, remove a cleared one', () => {
    expect(stageEventChanges(base, { ...base, version: 2, updatedBy: 'm2' })).toEqual([]);
    const [moved] = stageEventChanges(base, { ...base, lodgedDate: '2026-03-01' });
    expect([moved?.before?.date, moved?.after?.date, moved?.after?.id]).toEqual(['2026-03-02', '2026-03-01', moved?.before?.id]);
    const [removed] = stageEventChanges(base, { ...base, lodgedDate: undefined, stagesPostedAt: {} });
    expect([removed?.before?.type, removed?.after]).toEqual(['proceeding_lodged', undefined]);
  });

  it('has no event for a stage dated before stage events existed, until the next save', () => {
    expect(stageEvents({ ...base, stagesPostedAt: undefined })).toEqual([]);
  });
});
