/**
 * Attachments across the visibility matrix: every case visibility (and pause) × every caller ×
 * a plain and a `sensitive` attachment. An attachment downloads exactly for the members who may
 * see its case as its page shows it (the members told of a pause keep the page and its files),
 * a sensitive one for coordinators only, and answers 404 to everyone else, the same answer as
 * an attachment that does not exist; the case page lists exactly the files that download.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { pdfBytes, upload, uploadForm } from '../support/attachment-files.ts';

type Level = 'public' | 'network' | 'restricted (not named)' | 'restricted (naming mp)' | 'paused' | 'paused (naming mp)' | 'paused (mp pledged)';
type Caller = 'anonymous' | 'mp' | 'another mp' | 'diplomat' | 'coordinator';

const LEVELS: Level[] = ['public', 'network', 'restricted (not named)', 'restricted (naming mp)', 'paused', 'paused (naming mp)', 'paused (mp pledged)'];
const CALLERS: Caller[] = ['anonymous', 'mp', 'another mp', 'diplomat', 'coordinator'];

/** Who opens each level's case page (test/integration/visibility-matrix.test.ts), signed-in members only for files. */
const OPENS: Record<Level, Caller[]> = {
  public: ['mp', 'another mp', 'diplomat', 'coordinator'],
  network: ['mp', 'another mp', 'diplomat', 'coordinator'],
  'restricted (not named)': ['coordinator'],
  'restricted (naming mp)': ['mp', 'coordinator'],
  paused: ['coordinator'],
  'paused (naming mp)': ['mp', 'coordinator'],
  // The pause notice went to the MP who pledged: they keep the case page, and its files.
  'paused (mp pledged)': ['mp', 'coordinator'],
};

let h: Harness;
let mp: Member;
const cookies = {} as Record<Exclude<Caller, 'anonymous'>, string>;
const cases = {} as Record<Level, string>;
const files = {} as Record<Level, { plain: string; sensitive: string }>;

beforeAll(async () => {
  h = await makeHarness();
  cookies.coordinator = await h.signIn(await h.addMember('coordinator'));
  mp = await h.addMember('mp');
  cookies.mp = await h.signIn(mp);
  cookies['another mp'] = await h.signIn(await h.addMember('mp'));
  cookies.diplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO' }));
  const make = async (level: Level, input: Record<string, unknown>) => (cases[level] = (await h.createCase(cookies.coordinator, { defenderName: `Files ${level}`, ...input })).id);
  await make('public', { visibility: 'public' });
  await make('network', { visibility: 'network' });
  await make('restricted (not named)', { visibility: 'restricted' });
  await make('restricted (naming mp)', { visibility: 'restricted', namedMemberIds: [mp.id] });
  await make('paused', { visibility: 'public' });
  await make('paused (naming mp)', { visibility: 'restricted', namedMemberIds: [mp.id] });
  await make('paused (mp pledged)', { visibility: 'public' });
  expect((await h.json('POST', `/api/cases/${cases['paused (mp pledged)']}/pledges`, { cookie: cookies.mp, body: { actions: ['prison_visit'] } })).status).toBe(201);
  for (const level of LEVELS) {
    const add = async (name: string, sensitive: boolean) => {
      const res = await upload(h, cookies.coordinator, cases[level], uploadForm({ bytes: pdfBytes(name), name }, sensitive ? { sensitive: 'true' } : {}));
      expect(res.status).toBe(201);
      return (await bodyOf(res)).id as string;
    };
    files[level] = { plain: await add(`plain-${level}.pdf`, false), sensitive: await add(`sensitive-${level}.pdf`, true) };
  }
  for (const level of ['paused', 'paused (naming mp)', 'paused (mp pledged)'] as const) {
    expect((await h.json('POST', `/api/cases/${cases[level]}/pause`, { cookie: cookies.coordinator, body: { reason: 'Reprisal', basis: 'reprisal' } })).status).toBe(200);
  }
}, 120_000);

const get = (caller: Caller, path: string) => h.app.request(path, { headers: caller === 'anonymous' ? {} : { cookie: cookies[caller] } });

describe('attachments across the visibility matrix', () => {
  for (const level of LEVELS) {
    for (const caller of CALLERS) {
      it(`${level} × ${caller}`, async () => {
        const id = cases[level];
        const want = { plain: OPENS[level].includes(caller), sensitive: caller === 'coordinator' };
        const status = async (attachmentId: string) => (await get(caller, `/api/cases/${id}/attachments/${attachmentId}`)).status;
        const got = { plain: (await status(files[level].plain)) === 200, sensitive: (await status(files[level].sensitive)) === 200 };
        expect(got).toEqual(want);
        // Refused exactly as an attachment that does not exist: the same status and the same body but for the request id.
        const strip = async (res: Response) => { const { requestId: _r, ...rest } = (await res.json()) as Record<string, unknown>; return { status: res.status, ...rest }; };
        const missing = await strip(await get(caller, `/api/cases/${id}/attachments/${randomUUID()}`));
        for (const kind of ['plain', 'sensitive'] as const) {
          if (!want[kind]) expect(await strip(await get(caller, `/api/cases/${id}/attachments/${files[level][kind]}`))).toEqual(missing);
        }
        // The case page lists exactly the files that download.
        const page = await (await get(caller, `/cases/${id}`)).text();
        expect({ plain: page.includes(`plain-${level}.pdf`), sensitive: page.includes(`sensitive-${level}.pdf`) }).toEqual(want);
      });
    }
  }

  it('covers 7 levels × 5 callers × 2 kinds of attachment = 70 cells', () => {
    expect(LEVELS.length * CALLERS.length * 2).toBe(70);
  });

  it('every download is audited: one attachment.downloaded line per 200, none for a 404', async () => {
    const id = cases.network;
    const before = (await h.store.auditOfCase(id, 200)).items.filter((a) => a.action === 'attachment.downloaded').length;
    expect((await get('mp', `/api/cases/${id}/attachments/${files.network.plain}`)).status).toBe(200);
    expect((await get('mp', `/api/cases/${id}/attachments/${files.network.sensitive}`)).status).toBe(404);
    expect((await get('coordinator', `/api/cases/${id}/attachments/${files.network.sensitive}`)).status).toBe(200);
    const lines = (await h.store.auditOfCase(id, 200)).items.filter((a) => a.action === 'attachment.downloaded');
    expect(lines.length).toBe(before + 2);
    expect(lines.map((a) => a.attachmentId)).toEqual(expect.arrayContaining([files.network.plain, files.network.sensitive]));
    // The audit line names the file by id only, never by its name.
    expect(JSON.stringify(lines)).not.toContain('.pdf');
  });
});
