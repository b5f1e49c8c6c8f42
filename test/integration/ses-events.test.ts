/**
 * Bounces and complaints: the SNS events carrying SES's documented JSON
 * suppress the address for good (permanent bounce, complaint) and the next
 * digest sends it nothing; a transient bounce suppresses nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { handleSesEvents } from '#shared/digests/ses-notifications.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { WEEK, digestsByRecipient, duringReportedWeek, runWeek, setPreferences } from '../support/digest.ts';
import { complaint, permanentBounce, snsEvent, transientBounce } from '../support/ses-notifications.ts';

let h: Harness;
let mps: Member[];

beforeEach(async () => {
  h = await makeHarness();
  const coordinator = await h.addMember('coordinator');
  const cookie = await h.signIn(coordinator);
  await setPreferences(h, coordinator, { weeklyDigest: false });
  mps = [];
  for (let i = 0; i < 4; i++) {
    const mp = await h.addMember('mp');
    await setPreferences(h, mp, { countries: ['CO'] });
    mps.push(mp);
  }
  await duringReportedWeek(h, () => h.createCase(cookie, { country: 'CO' }));
});

const handle = (event: unknown) => handleSesEvents({ store: h.store, clock: h.clock, log: h.deps.log }, event);

describe('SES bounces and complaints', () => {
  it('a permanent bounce and a complaint suppress their addresses; the next run sends them nothing', async () => {
    const [bounced, complained, fine] = mps;
    const result = await handle(snsEvent(permanentBounce(bounced!.email), complaint(complained!.email.toUpperCase())));

    expect(result).toEqual({ suppressed: 2, ignored: 0 });
    expect(await h.store.isSuppressed(bounced!.email)).toBe(true);
    expect(await h.store.isSuppressed(complained!.email)).toBe(true);

    const run = await runWeek(h);
    const counts = await digestsByRecipient(h);
    expect(run.totals).toMatchObject({ sent: 2, suppressed: 2 });
    expect(counts.get(bounced!.email)).toBeUndefined();
    expect(counts.get(complained!.email)).toBeUndefined();
    expect(counts.get(fine!.email)).toBe(1);
  });

  it('a transient bounce suppresses nothing', async () => {
    const [fullMailbox] = mps;
    expect(await handle(snsEvent(transientBounce(fullMailbox!.email)))).toEqual({ suppressed: 0, ignored: 1 });

    const run = await runWeek(h);
    expect(run.totals).toMatchObject({ sent: 4, suppressed: 0 });
    expect((await digestsByRecipient(h)).get(fullMailbox!.email)).toBe(1);
  });

  it('a suppression is audited, by SES, without the address in the audit line', async () => {
    await handle(snsEvent(complaint(mps[0]!.email)));
    const audit = await h.store.auditByActor('ses', 10);
    expect(audit.items.map((a) => [a.action, a.fields])).toEqual([['mail.suppressed', ['complaint']]]);
    expect(JSON.stringify(audit.items)).not.toContain(mps[0]!.email);
  });

  it('ignores what is not an SES notification, and a message that is not JSON', async () => {
    expect(await handle({ hello: 'world' })).toEqual({ suppressed: 0, ignored: 1 });
    const broken = snsEvent({});
    broken.Records[0]!.Sns.Message = 'not json';
    expect(await handle(broken)).toEqual({ suppressed: 0, ignored: 1 });
  });

  it('a test send to a suppressed coordinator is refused', async () => {
    const coordinator = await h.addMember('coordinator');
    const cookie = await h.signIn(coordinator);
    await handle(snsEvent(permanentBounce(coordinator.email)));
    const res = await h.json('POST', `/api/digests/${WEEK}/test`, { cookie, body: { member: mps[0]!.id } });
    expect(res.status).toBe(409);
  });
});
