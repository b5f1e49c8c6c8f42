import { describe, expect, it } from 'vitest';
import type { MemberAdoptions } from './pledge-store.ts';
import type { Pledge } from './pledge.schema.ts';
import { pageOf } from './my-pledges.ts';

const read = (caseIds: string[], complete: boolean): MemberAdoptions => ({
  pledges: caseIds.map((caseId) => ({ caseId }) as Pledge), actions: [], coSignatures: [], complete,
});

describe('paging "My cases"', () => {
  it('a complete read within the limit is one page', () => {
    expect(pageOf(read(['a', 'b', 'c'], true), 10)).toEqual({ caseIds: ['a', 'b', 'c'] });
  });

  it('over the limit, the next page starts after the last case shown', () => {
    expect(pageOf(read(['a', 'b', 'c'], true), 2)).toEqual({ caseIds: ['a', 'b'], next: 'b' });
  });

  it('an incomplete read leaves its last case (whose actions may be cut) to the next page', () => {
    expect(pageOf(read(['a', 'b', 'c'], false), 10)).toEqual({ caseIds: ['a', 'b'], next: 'b' });
    expect(pageOf(read(['a'], false), 10)).toEqual({ caseIds: ['a'], next: 'a' });
  });
});
