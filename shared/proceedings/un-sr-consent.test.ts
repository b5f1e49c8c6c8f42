import { describe, expect, it } from 'vitest';
import type { ConsentEntry } from '../domain/consent.ts';
import { unSubmissionRefusal, visibilityConsent } from './un-sr-consent.ts';

const entry = (at: string, overrides: Partial<ConsentEntry> = {}): ConsentEntry => ({
  id: at, caseId: 'c1', at, by: 'm1', visibility: 'public', namedMemberIds: [], basis: 'explicit_consent', event: 'created', ...overrides,
});

describe('the consent a communication to the UN needs', () => {
  it('allows a public case whose visibility the defender consented to themselves', () => {
    expect(unSubmissionRefusal({ visibility: 'public' }, [entry('2026-01-01')])).toBeUndefined();
  });

  it('refuses a paused case, a case kept within the network, and one made public on another basis', () => {
    expect(unSubmissionRefusal({ visibility: 'restricted', pausedAt: '2026-02-01' }, [entry('2026-01-01')])).toBe('paused');
    expect(unSubmissionRefusal({ visibility: 'network' }, [entry('2026-01-01', { visibility: 'network' })])).toBe('notPublic');
    expect(unSubmissionRefusal({ visibility: 'public' }, [entry('2026-01-01', { basis: 'partner_request' })])).toBe('notTheirConsent');
  });

  it('reads the entry that set the visibility in force, not a later clearance of public action', () => {
    const ledger = [
      entry('2026-03-01', { event: 'changed', basis: 'partner_request' }),
      entry('2026-01-01'),
      entry('2026-04-01', { event: 'public_action_cleared', basis: 'explicit_consent' }),
    ];
    expect(visibilityConsent(ledger)?.at).toBe('2026-03-01');
    expect(unSubmissionRefusal({ visibility: 'public' }, ledger)).toBe('notTheirConsent');
  });
});
