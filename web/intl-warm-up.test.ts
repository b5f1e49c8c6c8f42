/**
 * The warm-up runs after the current task (never inside the request's own synchronous work) and once
 * a process. Intl.DateTimeFormat is counted by a subclass for the test: the formatter stays real.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { warmIntlOnce } from './intl-warm-up.ts';

const RealDateTimeFormat = Intl.DateTimeFormat;
afterEach(() => {
  Intl.DateTimeFormat = RealDateTimeFormat;
});

describe('warmIntlOnce', () => {
  it('makes one formatter, after the current task, once a process', async () => {
    let made = 0;
    Intl.DateTimeFormat = class extends RealDateTimeFormat {
      constructor(...args: ConstructorParameters<typeof RealDateTimeFormat>) {
        super(...args);
        made++;
      }
    } as typeof Intl.DateTimeFormat;
    const nextTask = () => new Promise((done) => setImmediate(done));
    warmIntlOnce();
    expect(made).toBe(0);
    await nextTask();
    expect(made).toBe(1);
    warmIntlOnce();
    await nextTask();
    expect(made).toBe(1);
  });
});
