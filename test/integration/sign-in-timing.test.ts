/**
 * Timing does not tell (QUALITY 19): asking for a sign-in link takes as long
 * for a member's address as for an unknown one. 40 of each, interleaved (the
 * order alternating), each from a client and to an address of its own so no
 * cap is reached; the medians must be within 15%.
 *
 * Each sample is the fastest of 3 requests: on a shared, loaded machine a
 * single request's time is mostly other processes' noise, while the fastest
 * of a few is the work the request itself does, which is what could differ.
 */
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/harness.ts';

const SAMPLES = 40;
const TRIES = 3;
const WARM_UP = 10;

let h: Harness;
let members: string[];

beforeAll(async () => {
  h = await makeHarness();
  members = [];
  for (let i = 0; i < (SAMPLES + WARM_UP) * TRIES; i++) members.push((await h.addMember('mp')).email);
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** One request's wall time, then whatever it left running finishes, outside the measurement. */
async function timed(email: string): Promise<number> {
  const started = performance.now();
  const res = await h.json('POST', '/api/auth/sign-in', { body: { email }, from: h.nextAddress() });
  const elapsed = performance.now() - started;
  expect(res.status).toBe(202);
  await h.settled();
  // A breath between samples: what the last one left to DynamoDB Local (and the GC) does not land in the next.
  await new Promise((r) => setTimeout(r, 10));
  return elapsed;
}

describe('asking for a sign-in link', () => {
  it(`takes as long for a member as for a stranger (${SAMPLES} each, interleaved, medians within 15%)`, { timeout: 300_000 }, async () => {
    let member = 0;
    let stranger = 0;
    /** The fastest of TRIES requests, each to an address of its own. */
    const sample = async (next: () => string) => {
      let fastest = Infinity;
      for (let t = 0; t < TRIES; t++) fastest = Math.min(fastest, await timed(next()));
      return fastest;
    };
    const asMember = () => sample(() => members[member++]!);
    const asStranger = () => sample(() => `stranger-${stranger++}@example.org`);
    for (let i = 0; i < WARM_UP; i++) {
      await asMember();
      await asStranger();
    }

    const times = { member: [] as number[], stranger: [] as number[] };
    for (let i = 0; i < SAMPLES; i++) {
      const pair = [async () => void times.member.push(await asMember()), async () => void times.stranger.push(await asStranger())];
      if (i % 2) pair.reverse();
      for (const run of pair) await run();
    }
    const [m, s] = [median(times.member), median(times.stranger)];
    const gap = Math.abs(m - s) / Math.min(m, s);
    console.log(`sign-in timing: member median ${m.toFixed(1)} ms, stranger median ${s.toFixed(1)} ms, gap ${(gap * 100).toFixed(0)}%`);
    expect(gap).toBeLessThanOrEqual(0.15);
    // Every member did get a link: the equal timing is not bought by sending nothing.
    expect((await h.outbox.list()).length).toBe(member);
  });
});
