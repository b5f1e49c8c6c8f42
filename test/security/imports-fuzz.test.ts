/**
 * Fuzzing of both import endpoints with what real spreadsheets go wrong with: malformed CSV
 * (open quotes, ragged rows, stray columns), wrong encodings (Latin-1, UTF-16, random bytes),
 * huge cells, formula cells, broken and hostile XLSX (truncated, flipped bytes, not a zip).
 * Oracle: no answer ≥ 500; a refused file (4xx) and a dry run write nothing; a real run writes
 * only when it reports created or updated rows. FUZZ_RUNS and FUZZ_SEED reproduce a run.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/harness.ts';
import { CASE_HEADER, caseRow, csvOf, XLSX_TYPE, xlsxOf } from '../support/spreadsheets.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);

let h: Harness;
let asCoordinator: string;
let validXlsx: Uint8Array;

beforeAll(async () => {
  h = await makeHarness();
  asCoordinator = await h.signIn(await h.addMember('coordinator'));
  validXlsx = await xlsxOf([CASE_HEADER, caseRow('fx-1', 'Fuzz Xlsx'), caseRow('fx-2', 'Fuzz Two', { country: 'XX' })]);
}, 120_000);

const MEMBER_HEADER = ['email', 'name', 'role', 'country', 'language'];

const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', '"', '""', 'a"b', '=1+1', '+SUM(A1)', '-2', '@cmd', '=HYPERLINK("http://x")', 'x'.repeat(6000), 'CO', 'land_environment;journalism', 'network', 'mp', 'fr'),
);

const rows = (header: readonly string[]) =>
  fc.array(fc.oneof(
    fc.array(cell, { minLength: 0, maxLength: header.length + 2 }),
    fc.constant(caseRow(`f-${Math.random()}`, 'Fuzz Valid')),
  ), { maxLength: 6 });

const headerOf = (known: readonly string[]) => fc.oneof(
  { weight: 4, arbitrary: fc.constant([...known]) },
  { weight: 1, arbitrary: fc.shuffledSubarray([...known, 'sensitiveNotes', '', 'id']) },
);

type Body = { bytes: Uint8Array; type: string };
const encoded = (text: string) => fc.constantFrom<Array<(t: string) => Body>>(
  (t) => ({ bytes: new Uint8Array(Buffer.from(t, 'utf8')), type: 'text/csv' }),
  (t) => ({ bytes: new Uint8Array(Buffer.from('\uFEFF' + t, 'utf8')), type: 'text/csv' }),
  (t) => ({ bytes: new Uint8Array(Buffer.from(t.replace(/a/g, 'á'), 'latin1')), type: 'text/csv' }),
  (t) => ({ bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])), type: 'text/csv' }),
  (t) => ({ bytes: new Uint8Array(Buffer.from(t, 'utf16le')), type: 'text/csv' }),
  (t) => ({ bytes: new Uint8Array(Buffer.from(t, 'utf8')), type: 'text/plain' }),
).map((encode) => encode(text));

function csvBodies(known: readonly string[]): fc.Arbitrary<Body> {
  const text = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(headerOf(known), rows(known)).map(([header, body]) => csvOf([header, ...body])) },
    { weight: 1, arbitrary: fc.tuple(headerOf(known), fc.string({ maxLength: 40 })).map(([header, tail]) => `${header.join(',')}\n"${tail}`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  );
  return text.chain(encoded);
}

const xlsxBodies = (): fc.Arbitrary<Body> => fc.oneof(
  fc.constant(null).map(() => ({ bytes: validXlsx, type: XLSX_TYPE })),
  fc.integer({ min: 4, max: 4000 }).map((n) => ({ bytes: validXlsx.subarray(0, Math.min(n, validXlsx.length - 1)), type: XLSX_TYPE })),
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
    const bytes = new Uint8Array(validXlsx);
    for (const [at, value] of flips) bytes[at % bytes.length] = value;
    return { bytes, type: XLSX_TYPE };
  }),
  fc.uint8Array({ maxLength: 300 }).map((tail) => ({ bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]), type: XLSX_TYPE })),
  fc.tuple(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.constantFrom('SUM(1,2)', 'WEBSERVICE("http://x")', 'A1&B1')).map(([cells, formula]) => ({ cells, formula })).map(
    ({ cells, formula }) => ({ bytes: new Uint8Array(), type: XLSX_TYPE, cells, formula }) as Body & { cells: string[]; formula: string },
  ),
);

async function materialise(body: Body & { cells?: string[]; formula?: string }): Promise<Body> {
  if (!body.cells) return body;
  const row = caseRow(`ff-${Math.random()}`, 'Formula Row').map((value, i) => (i === CASE_HEADER.indexOf('summary') ? { formula: body.formula! } : body.cells![i] ?? value));
  return { bytes: await xlsxOf([CASE_HEADER, row]), type: XLSX_TYPE };
}

async function check(path: string, raw: Body, dryRun: boolean): Promise<void> {
  const body = await materialise(raw);
  const before = await h.count();
  const res = await h.app.request(`${path}${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST', body: body.bytes, headers: { cookie: asCoordinator, 'content-type': body.type },
  });
  const text = await res.text();
  expect(res.status, text).toBeLessThan(500);
  // A dry run answers at once (200); a real run is a job (202); anything else is a refusal.
  expect(dryRun ? [200, 400, 413, 415] : [202, 400, 413, 415]).toContain(res.status);
  const after = await h.count();
  if (res.status !== 202) {
    expect(after, `${res.status} wrote items`).toBe(before);
    return;
  }
  // count() waited for the job: it has run to its end, and only its own record is there besides what it stored.
  const job = await (await h.app.request(res.headers.get('location')!, { headers: { cookie: asCoordinator } })).json() as { status: string; created: number; updated: number };
  expect(job.status).toBe('finished');
  if (job.created + job.updated === 0) expect(after).toBe(before + 1);
  else expect(after).toBeGreaterThan(before + 1);
}

describe('fuzzing the import endpoints', () => {
  it(`POST /api/imports/cases: ${RUNS} generated files, none ≥ 500, refused files write nothing (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvBodies(['externalId', ...CASE_HEADER.slice(1), 'organisation', 'state']), xlsxBodies()), fc.boolean(), (body, dryRun) => check('/api/imports/cases', body, dryRun)),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);

  it(`POST /api/imports/members: ${RUNS} generated files, none ≥ 500, refused files write nothing (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvBodies(MEMBER_HEADER), xlsxBodies()), fc.boolean(), (body, dryRun) => check('/api/imports/members', body, dryRun)),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);

  it('a 4 MiB file of one huge cell and a zip that claims to inflate past the limit are refused, nothing stored', async () => {
    await check('/api/imports/cases', { bytes: new Uint8Array(Buffer.from(`defenderName\n${'x'.repeat(4 * 1024 * 1024 - 20)}\n`)), type: 'text/csv' }, false);
    const bomb = new Uint8Array(validXlsx);
    // Every central-directory entry claims 1 GB uncompressed.
    const view = new DataView(bomb.buffer);
    for (let at = 0; at < bomb.length - 46; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 1_000_000_000, true);
    const res = await h.app.request('/api/imports/cases', { method: 'POST', body: bomb, headers: { cookie: asCoordinator, 'content-type': XLSX_TYPE } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toContain('unpacked');
  });
});
