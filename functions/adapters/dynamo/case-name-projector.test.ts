/** Which stream records make the case-name projector name an item or rename a case's items (case-name-projector.ts). */
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { caseNameWorkOf } from './case-name-projector.ts';

const record = (keys: { pk: string; sk: string }, before?: Record<string, unknown>, after?: Record<string, unknown>) => ({
  eventID: 'x', dynamodb: { Keys: marshall(keys), ...(before ? { OldImage: marshall({ ...keys, ...before }) } : {}), ...(after ? { NewImage: marshall({ ...keys, ...after }) } : {}) },
});
const caseKey = { pk: 'CASE#c1', sk: 'CASE' };
const caseItem = { itemType: 'case', defenderName: 'Berta Flores', adopterCount: 0, updatedAt: '1' };
const pledgeKey = { pk: 'CASE#c1', sk: 'PLEDGE#m1' };
const actionKey = { pk: 'CASE#c1', sk: 'ACTION#2026-11-20#a1' };
const auditKey = { pk: 'AUDIT#CASE#c1', sk: '2026-11-20T09:00:00.000Z#l1' };

describe('caseNameWorkOf', () => {
  it('names a pledge, an action or an audit line about a case written without the name', () => {
    expect(caseNameWorkOf(record(pledgeKey, undefined, { itemType: 'pledge' }))).toEqual({ kind: 'name', caseId: 'c1', key: pledgeKey });
    expect(caseNameWorkOf(record(actionKey, undefined, { itemType: 'action' }))).toEqual({ kind: 'name', caseId: 'c1', key: actionKey });
    expect(caseNameWorkOf(record(auditKey, undefined, { itemType: 'audit', caseId: 'c1' }))).toEqual({ kind: 'name', caseId: 'c1', key: auditKey });
    // A pledge written again (a change replaces the item) lost its name: it is named again.
    expect(caseNameWorkOf(record(pledgeKey, { itemType: 'pledge', caseName: 'Berta Flores' }, { itemType: 'pledge', version: 2 })))
      .toEqual({ kind: 'name', caseId: 'c1', key: pledgeKey });
  });

  it('renames a case\'s items when its defender name changed, and only then', () => {
    expect(caseNameWorkOf(record(caseKey, caseItem, { ...caseItem, defenderName: 'B. F.' }))).toEqual({ kind: 'rename', caseId: 'c1' });
    expect(caseNameWorkOf(record(caseKey, caseItem, { ...caseItem, adopterCount: 1, updatedAt: '2' }))).toBeUndefined();
    // A new case has nothing under it yet.
    expect(caseNameWorkOf(record(caseKey, undefined, caseItem))).toBeUndefined();
  });

  it('ignores items already named (its own writes, a replay), removals, and every other item', () => {
    expect(caseNameWorkOf(record(pledgeKey, { itemType: 'pledge' }, { itemType: 'pledge', caseName: 'Berta Flores' }))).toBeUndefined();
    expect(caseNameWorkOf(record(auditKey, { itemType: 'audit' }, { itemType: 'audit', caseName: 'Berta Flores' }))).toBeUndefined();
    expect(caseNameWorkOf(record(pledgeKey, { itemType: 'pledge' }, undefined))).toBeUndefined();
    expect(caseNameWorkOf(record({ pk: 'CASE#c1', sk: 'COSIGN#a1#m2' }, undefined, { itemType: 'cosign' }))).toBeUndefined();
    expect(caseNameWorkOf(record({ pk: 'CASE#c1', sk: 'EVENT#2026#e1' }, undefined, { itemType: 'event' }))).toBeUndefined();
    expect(caseNameWorkOf(record({ pk: 'AUDIT#MEMBER#m1', sk: '2026#l2' }, undefined, { itemType: 'audit' }))).toBeUndefined();
    expect(caseNameWorkOf(record({ pk: 'MEMBER#m1', sk: 'MEMBER' }, undefined, { itemType: 'member' }))).toBeUndefined();
  });
});
