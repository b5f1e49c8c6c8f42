/** The demo network's next digest has something for each demo member, in their language (what `npm start` shows). */
import { describe, expect, it } from 'vitest';
import { addWeeks, isoWeekOf } from '#shared/digests/iso-week.ts';
import { runDigest } from '#shared/digests/run-digest.ts';
import { DEMO_MEMBERS, seedDemo } from '#functions/local/seed.ts';
import { makeHarness } from '../support/harness.ts';
import { FAST } from '../support/digest.ts';

describe('the demo digest', () => {
  it("next Monday's digest reaches all four demo members, one in French, one in Spanish", async () => {
    const h = await makeHarness();
    await seedDemo(h.deps);
    const week = addWeeks(isoWeekOf(h.clock.now()), 1);

    const run = await runDigest(h.deps, { week, trigger: 'cli' }, FAST);

    expect(run.totals).toMatchObject({ considered: 4, sent: 4 });
    const subjects = new Map((await h.outbox.list()).map((m) => [m.to, m.subject]));
    expect(new Set(subjects.keys())).toEqual(new Set(DEMO_MEMBERS.map((m) => m.email)));
    expect(subjects.get('mp.two@example.org')).toMatch(/^Tandem\u00a0: synthèse hebdomadaire/);
    expect(subjects.get('diplomat@example.org')).toMatch(/^Tandem: resumen semanal/);
  });
});
