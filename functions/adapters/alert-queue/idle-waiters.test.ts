import { describe, expect, it } from 'vitest';
import { idleWaiters } from './idle-waiters.ts';

const settledSoon = async (p: Promise<void>) => {
  let settled = false;
  void p.then(() => (settled = true));
  await new Promise((r) => setTimeout(r, 0));
  return settled;
};

describe('a local poller’s idle waiters', () => {
  it('an empty receive that began before drain() was asked does not wake it (its messages may not have been seen)', async () => {
    const idle = idleWaiters();
    const before = idle.beginReceive(); // the poller is mid-receive…
    const drained = idle.wait(); // …when the caller sends its messages and asks to drain
    idle.emptyReceive(before);
    expect(await settledSoon(drained)).toBe(false);
    idle.emptyReceive(idle.beginReceive()); // the next receive, begun after the ask, finds nothing
    expect(await settledSoon(drained)).toBe(true);
  });

  it('stopping the poller wakes everyone still waiting', async () => {
    const idle = idleWaiters();
    const drained = idle.wait();
    idle.releaseAll();
    expect(await settledSoon(drained)).toBe(true);
  });
});
