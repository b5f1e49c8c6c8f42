import { describe, expect, it } from 'vitest';
import { auditEntry } from './audit-entry.ts';

const ada = { id: 'm1', name: 'Ada Lovelace' };

describe('auditEntry', () => {
  it('gives each line a new id and keeps who (by id and name, as they were), what, when and the ids it names', () => {
    const one = auditEntry('2026-11-23T09:00:00.000Z', ada, 'case.updated', { caseId: 'c1', fields: ['summary'] });
    const two = auditEntry('2026-11-23T09:00:00.000Z', ada, 'case.updated', { caseId: 'c1', fields: ['summary'] });
    expect(one).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/), at: '2026-11-23T09:00:00.000Z', actorId: 'm1', actorName: 'Ada Lovelace', action: 'case.updated', caseId: 'c1', fields: ['summary'],
    });
    expect(one.id).not.toBe(two.id);
  });

  it('keeps only what the actor is: a viewer\'s other details (email, role, language) stay out of the line', () => {
    const viewer = { kind: 'member', id: 'm1', name: 'Ada Lovelace', email: 'ada@example.org', role: 'mp', uiLanguage: 'fr' } as const;
    expect(Object.keys(auditEntry('2026-11-23T09:00:00.000Z', viewer, 'pledge.created', { caseId: 'c1' })).sort())
      .toEqual(['action', 'actorId', 'actorName', 'at', 'caseId', 'id']);
  });

  it('stores no empty list of fields, no missing name, and nothing it was not given', () => {
    expect(auditEntry('2026-11-23T09:00:00.000Z', ada, 'pledge.withdrawn', { caseId: 'c1', fields: [] })).not.toHaveProperty('fields');
    expect(auditEntry('2026-11-23T09:00:00.000Z', { id: 'm1', name: undefined }, 'member.unsubscribed', { memberId: 'm1' })).not.toHaveProperty('actorName');
    expect(Object.keys(auditEntry('2026-11-23T09:00:00.000Z', 'public', 'join.requested')).sort()).toEqual(['action', 'actorId', 'at', 'id']);
  });
});
