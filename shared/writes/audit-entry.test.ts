import { describe, expect, it } from 'vitest';
import { auditEntry } from './audit-entry.ts';

describe('auditEntry', () => {
  it('gives each line a new id and keeps who, what, when and the ids it names', () => {
    const one = auditEntry('2026-11-23T09:00:00.000Z', 'm1', 'case.updated', { caseId: 'c1', fields: ['summary'] });
    const two = auditEntry('2026-11-23T09:00:00.000Z', 'm1', 'case.updated', { caseId: 'c1', fields: ['summary'] });
    expect(one).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), at: '2026-11-23T09:00:00.000Z', actorId: 'm1', action: 'case.updated', caseId: 'c1', fields: ['summary'] });
    expect(one.id).not.toBe(two.id);
  });

  it('stores no empty list of fields, and nothing it was not given', () => {
    expect(auditEntry('2026-11-23T09:00:00.000Z', 'm1', 'pledge.withdrawn', { caseId: 'c1', fields: [] })).not.toHaveProperty('fields');
    expect(Object.keys(auditEntry('2026-11-23T09:00:00.000Z', 'public', 'join.requested')).sort()).toEqual(['action', 'actorId', 'at', 'id']);
  });
});
