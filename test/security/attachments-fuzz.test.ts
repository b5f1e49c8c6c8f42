/**
 * Fuzzing the attachment upload with what real uploads go wrong with: files that are almost a
 * PDF, JPEG, PNG, DOCX or ODT (truncated, bytes flipped, a JPEG whose EXIF segment lies about its
 * length, a zip that is neither), random bytes, names with control characters, path parts,
 * right-to-left overrides and 1,000 characters, fields that are missing, repeated, unknown or
 * point at nothing, and bodies that are not a readable multipart form.
 * Oracle: no answer ≥ 500 or outside 201/400/413/415; a refused upload writes no item and leaves
 * no file behind; an accepted one (exactly when the fields are valid and the content is an
 * accepted type, as `file-type` sees it; an image may also be refused as unreadable) is
 * downloadable under a header-safe name, and no image comes back with an EXIF or XMP segment. FUZZ_RUNS and FUZZ_SEED reproduce a run.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { fileTypeFromBuffer } from 'file-type';
import { beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPES } from '#shared/attachments/index.ts';
import type { BlobStore } from '#shared/ports/blob-store.ts';
import { APP_URL, makeHarness, type Harness } from '../support/harness.ts';
import { docxBytes, jpegBytes, odtBytes, pdfBytes, storedZip } from '../support/attachment-files.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);

let h: Harness;
let coordinator: string;
let caseId: string;
let eventId: string;
let samples: Buffer[];
/** Files stored and not deleted again, counted at the port. */
let liveFiles = 0;

beforeAll(async () => {
  h = await makeHarness();
  const inner = h.deps.files!;
  const counting: BlobStore = {
    ...inner,
    put: async (key, blob) => { await inner.put(key, blob); liveFiles++; },
    delete: async (key) => { await inner.delete(key); liveFiles--; },
  };
  // The routes read the port from the deps on each request.
  h.deps.files = counting;
  coordinator = await h.signIn(await h.addMember('coordinator'));
  caseId = (await h.createCase(coordinator, { visibility: 'network' })).id;
  const event = await h.json('POST', `/api/cases/${caseId}/events`, { cookie: coordinator, body: { type: 'update', date: '2026-11-02', title: 'Fuzz event' } });
  eventId = ((await event.json()) as { event: { id: string } }).event.id;
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('0000000d49484452000000010000000108000000003a7e9b55', 'hex'), Buffer.from('0000000049454e44ae426082', 'hex')]);
  samples = [pdfBytes(), jpegBytes({ gps: true }), png, await docxBytes(), odtBytes()];
}, 120_000);

/** An EXIF segment whose declared length is wrong, inside an otherwise good JPEG. */
const lyingExif = (length: number) => {
  const good = jpegBytes({ gps: true });
  const copy = Buffer.from(good);
  copy.writeUInt16BE(length, 4);
  return copy;
};

const fileBytes = (): fc.Arbitrary<Buffer> => fc.oneof(
  { weight: 3, arbitrary: fc.nat({ max: 4 }).map((i) => samples[i]!) },
  { weight: 2, arbitrary: fc.tuple(fc.nat({ max: 4 }), fc.nat()).map(([i, n]) => samples[i]!.subarray(0, Math.max(1, n % samples[i]!.length))) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.nat({ max: 4 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 })).map(([i, flips]) => {
      const copy = Buffer.from(samples[i]!);
      for (const [at, value] of flips) copy[at % copy.length] = value;
      return copy;
    }),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map(lyingExif) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)) },
  { weight: 1, arbitrary: fc.array(fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 })), { minLength: 1, maxLength: 3 }).map((entries) => storedZip(entries)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((tail) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1]), Buffer.from(tail)])) },
);

const fileName = fc.oneof(
  fc.constantFrom('order.pdf', '../../etc/passwd', 'C:\\scans\\order.pdf', 'évidence.jpg', 'court\u202Eredro.pdf', 'a"b;c\r\nX-Evil: 1.pdf', '.hidden', '', '名前.odt'),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant('x'.repeat(1000)),
);

const target = fc.constantFrom<'none' | 'event' | 'missing-event' | 'junk-action' | 'both'>('none', 'event', 'missing-event', 'junk-action', 'both');
const sensitive = fc.constantFrom<string | undefined>(undefined, 'true', 'false', 'on', 'yes', '');
const extra = fc.option(fc.constantFrom('colour', 'file2', 'caseId'), { nil: undefined });

interface Upload { bytes: Buffer | undefined; name: string; target: typeof target extends fc.Arbitrary<infer T> ? T : never; sensitive: string | undefined; extra: string | undefined }

const upload = fc.record({ bytes: fc.option(fileBytes(), { nil: undefined, freq: 12 }), name: fileName, target, sensitive, extra }) as fc.Arbitrary<Upload>;

const fieldsValid = (u: Upload) =>
  u.extra === undefined && ['none', 'event'].includes(u.target) && (u.sensitive === undefined || ['true', 'false', 'on'].includes(u.sensitive));

async function check(u: Upload): Promise<void> {
  const form = new FormData();
  if (u.bytes) form.set('file', new File([new Uint8Array(u.bytes)], u.name, { type: 'application/octet-stream' }));
  if (u.target === 'event' || u.target === 'both') form.set('eventId', eventId);
  if (u.target === 'missing-event') form.set('eventId', randomUUID());
  if (u.target === 'junk-action' || u.target === 'both') form.set('actionId', u.target === 'both' ? randomUUID() : 'not-an-id');
  if (u.sensitive !== undefined) form.set('sensitive', u.sensitive);
  if (u.extra) form.set(u.extra, 'x');
  const before = await h.count();
  const filesBefore = liveFiles;
  const res = await h.app.request(`/api/cases/${caseId}/attachments`, { method: 'POST', body: form, headers: { cookie: coordinator, origin: APP_URL } });
  const text = await res.text();
  expect([201, 400, 413, 415], text).toContain(res.status);
  // A part with an empty filename is what a browser sends when no file was chosen: no file.
  const detected = u.bytes && u.bytes.length > 0 && u.name !== '' ? (await fileTypeFromBuffer(u.bytes))?.mime : undefined;
  const accepted = fieldsValid(u) && detected !== undefined && Object.hasOwn(ATTACHMENT_TYPES, detected);
  const why = `${res.status} for ${detected} ${JSON.stringify({ ...u, bytes: u.bytes?.length })}: ${text.slice(0, 200)}`;
  // An image that cannot be walked, or keeps metadata after the stripping, is refused (415) rather than stored.
  if (accepted && detected?.startsWith('image/')) expect([201, 415], why).toContain(res.status);
  else expect(res.status === 201, why).toBe(accepted);
  if (res.status !== 201) {
    expect(await h.count(), 'items written by a refused upload').toBe(before);
    expect(liveFiles, 'files left by a refused upload').toBe(filesBefore);
    return;
  }
  expect(await h.count()).toBe(before + 2);
  const { id } = JSON.parse(text) as { id: string };
  const got = await h.app.request(`/api/cases/${caseId}/attachments/${id}`, { headers: { cookie: coordinator } });
  expect(got.status).toBe(200);
  const disposition = got.headers.get('content-disposition')!;
  expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!._~-]+$/);
  expect(disposition).not.toMatch(/[/\\]|\.\./);
  const stored = Buffer.from(await got.arrayBuffer());
  // Wherever it sits, no APP1 segment opening with an EXIF or XMP header comes back.
  for (const header of ['Exif\0\0', 'http://ns.adobe.com/xap']) {
    for (let at = stored.indexOf(Buffer.from([0xff, 0xe1])); at !== -1; at = stored.indexOf(Buffer.from([0xff, 0xe1]), at + 1)) {
      expect(stored.subarray(at + 4, at + 4 + header.length).toString('latin1'), why).not.toBe(header);
    }
  }
}

describe('fuzzing the attachment upload', () => {
  it(`POST /api/cases/{id}/attachments: ${RUNS} generated uploads, none ≥ 500, refused ones leave nothing (seed ${SEED})`, async () => {
    await fc.assert(fc.asyncProperty(upload, check), { numRuns: RUNS, seed: SEED });
  }, 600_000);

  it('bodies that are not a readable form, or not a form at all, answer 400 or 415 and store nothing', async () => {
    const before = await h.count();
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 500 }),
        fc.constantFrom('multipart/form-data; boundary=x', 'multipart/form-data', 'application/json', 'text/plain', 'application/pdf', ''),
        async (body, type) => {
          const res = await h.app.request(`/api/cases/${caseId}/attachments`, {
            method: 'POST', body, headers: { cookie: coordinator, origin: APP_URL, ...(type ? { 'content-type': type } : {}) },
          });
          expect([400, 415]).toContain(res.status);
        },
      ),
      { numRuns: Math.min(RUNS, 200), seed: SEED },
    );
    expect(await h.count()).toBe(before);
  }, 300_000);
});
