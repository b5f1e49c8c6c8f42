/** The SES-events function reads its configuration through the one config module, as every function does. */
import { describe, expect, it } from 'vitest';
import { sesEventsDeps } from './ses-events-deps.ts';

describe('sesEventsDeps', () => {
  it('names each missing or empty variable, with what is wrong with it', () => {
    expect(() => sesEventsDeps({ AWS_REGION: 'eu-west-1' })).toThrow(/^Invalid configuration \(TABLE_NAME: /);
    expect(() => sesEventsDeps({ TABLE_NAME: '', AWS_REGION: 'eu-west-1' })).toThrow(/TABLE_NAME: Too small/);
  });

  it('builds the store, clock and log from the table and region alone', () => {
    const deps = sesEventsDeps({ TABLE_NAME: 'tandem', AWS_REGION: 'eu-west-1' });
    expect(typeof deps.store.suppressAddress).toBe('function');
    expect(deps.clock.now()).toBeInstanceOf(Date);
  });
});
