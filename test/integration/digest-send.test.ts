/**
 * Sending a week's digest from the web, and previewing it as members get it.
 * A week can be sent once its reporting period has ended (on the Monday of
 * W48, W48's digest, which reports 16–22 November, not W49's, whose week is
 * still going on); sending is a second step that says how many members will
 * receive it, and only a post that confirms that number starts the run. The
 * preview's email comes from its own URL, with a CSP that lets its inline
 * styles apply and nothing run.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import type { DigestRunRequest } from '#shared/digests/run.ts';
import { runDigest } from '#shared/digests/run-digest.ts';
import { localDigestTrigger } from '#functions/adapters/digest-trigger/local-trigger.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { FAST, WEEK, digestsByRecipient, duringReportedWeek, setPreferences } from '../support/digest.ts';

const NEXT_WEEK = '2026-W49';

let h: Harness;
let started: DigestRunRequest[];
let trigger: ReturnType<typeof localDigestTrigger>;
let coordinator: Member;
let asCoordinator: string;

beforeEach(async () => {
  started = [];
  // The run happens in process, as locally: the test waits for it, then reads the outbox.
  h = await makeHarness({ digestTrigger: { start: (request) => trigger.start(request) } });
  trigger = localDigestTrigger(async (request) => {
    started.push(request);
    return runDigest(h.deps, request, FAST);
  }, h.deps.log);
  coordinator = await h.addMember('coordinator');
  asCoordinator = await h.signIn(coordinator);
});

const post = (path: string, fields: Record<string, string> = {}) =>
  h.app.request(path, { method: 'POST', headers: { cookie: asCoordinator, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
const page = async (path: string) => {
  const res = await h.app.request(path, { headers: { cookie: asCoordinator } });
  return { status: res.status, html: await res.text(), headers: res.headers };
};
/** The number the confirmation step states, read from its form. */
const statedRecipients = (html: string) => html.match(/name="recipients" value="(\d+)"/)?.[1];

/** Three MPs follow Colombia; one turned the digest off; a Colombian case is created in the reported week. */
async function weekWithNews(): Promise<void> {
  const mps = await Promise.all([h.addMember('mp'), h.addMember('mp'), h.addMember('mp')]);
  for (const mp of mps) await setPreferences(h, mp, { countries: ['CO'] });
  await setPreferences(h, mps[2]!, { countries: ['CO'], weeklyDigest: false });
  await duringReportedWeek(h, () => h.createCase(asCoordinator, { country: 'CO', visibility: 'network' }));
}

describe('sending a week', () => {
  it("a week whose reporting period has not ended cannot be sent: no offer, the page, the form and the API refuse, nothing starts", async () => {
    await weekWithNews();
    const preview = await page(`/digests/${NEXT_WEEK}`);
    expect(preview.status).toBe(200);
    expect(preview.html).not.toContain(`/digests/${NEXT_WEEK}/send`);
    expect(preview.html).toContain('can be sent from Monday Nov 30, 2026');

    expect((await page(`/digests/${NEXT_WEEK}/send`)).status).toBe(400);
    expect((await post(`/digests/${NEXT_WEEK}/send`, { recipients: '0' })).status).toBe(400);
    expect((await h.json('POST', `/api/digests/${NEXT_WEEK}/runs`, { cookie: asCoordinator })).status).toBe(400);
    await Promise.all([...trigger.running]);
    expect(started).toEqual([]);
    expect(await digestsByRecipient(h)).toEqual(new Map());
  });

  it('is a second step that says how many members will receive it; a post without that confirmation sends nothing', async () => {
    await weekWithNews();
    const preview = await page(`/digests/${WEEK}`);
    expect(preview.html).toContain(`href="/digests/${WEEK}/send"`);
    expect(preview.html).not.toContain(`action="/digests/${WEEK}/send"`);

    const unconfirmed = await post(`/digests/${WEEK}/send`);
    expect(unconfirmed.status).toBe(409);
    expect(statedRecipients(await unconfirmed.text())).toBeDefined();
    expect(started).toEqual([]);

    const confirm = await page(`/digests/${WEEK}/send`);
    expect(confirm.status).toBe(200);
    const stated = Number(statedRecipients(confirm.html));
    expect(confirm.html).toContain(`${stated} members will receive it`);
    expect((await post(`/digests/${WEEK}/send`, { recipients: String(stated + 1) })).status).toBe(409);
    expect(started).toEqual([]);

    const sent = await post(`/digests/${WEEK}/send`, { recipients: String(stated) });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`/digest-runs?started=${WEEK}`);
    await Promise.all([...trigger.running]);
    const received = [...(await digestsByRecipient(h)).values()].reduce((a, b) => a + b, 0);
    // The number stated is the number the job sent: the two MPs with the digest on and the coordinator (the gap summary).
    expect(received).toBe(stated);
    expect(stated).toBe(3);
    expect((await page(`/digests/${WEEK}/send`)).html).toContain('0 members will receive it');
  });
});

describe('the preview', () => {
  it('frames the email from its own URL, whose CSP lets the inline styles apply and runs nothing', async () => {
    await weekWithNews();
    const member = (await bodyOf(await h.json('GET', '/api/members', { cookie: asCoordinator }))).items.find((m: Member) => m.role === 'mp') as Member;
    const preview = await page(`/digests/${WEEK}?member=${member.id}`);
    expect(preview.html).not.toContain('srcdoc');
    const frame = preview.html.match(/<iframe[^>]*>/)?.[0] ?? '';
    expect(frame).toContain('sandbox=""');
    const src = frame.match(/src="([^"]+)"/)?.[1]?.replace(/&amp;/g, '&');
    expect(src).toBe(`/digests/${WEEK}/email.html?member=${member.id}`);

    const email = await page(src!);
    expect(email.status).toBe(200);
    expect(email.html).toMatch(/style="[^"]+"/);
    const csp = email.headers.get('content-security-policy') ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('style-src')).toEqual(["'unsafe-inline'"]);
    expect(directives.has('script-src')).toBe(false);
    expect(directives.get('sandbox')).toEqual([]);
    expect(directives.get('frame-ancestors')).toEqual(["'self'"]);
    expect(email.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});
