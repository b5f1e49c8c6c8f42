/**
 * Case attachments (issue 18, part 2) against DynamoDB Local and the folder file store: the
 * type from the content (415 otherwise), the 10 MiB limit (413, before the body is read whole),
 * metadata stripped from images, who may upload where, `sensitive`, idempotency, the audit of
 * every upload and download, and the upload page's errors.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { APP_URL, bodyOf, fromAddress, makeHarness, type Harness } from '../support/harness.ts';
import {
  docxBytes, GPS_LATITUDE_BYTES, jpegBytes, odtBytes, pdfBytes, storedZip, upload, uploadForm,
} from '../support/attachment-files.ts';

let h: Harness;
let coordinator: string;
let mp: string;
let otherMp: string;
let diplomat: string;
let mpMember: Member;
let caseId: string;

const download = (cookie: string | undefined, id: string, attachmentId: string) =>
  h.app.request(`/api/cases/${id}/attachments/${attachmentId}`, { headers: cookie ? { cookie } : {} });
const auditActions = async (id: string) => (await h.store.auditOfCase(id, 100)).items.map((a) => `${a.action}:${a.attachmentId ?? ''}`);

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  mpMember = await h.addMember('mp');
  mp = await h.signIn(mpMember);
  otherMp = await h.signIn(await h.addMember('mp'));
  diplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' }));
  caseId = (await h.createCase(coordinator, { visibility: 'network', country: 'CO' })).id;
});

describe('uploading and downloading', () => {
  it('a coordinator attaches a PDF: 201 with its id, and it downloads as an attachment, byte for byte, audited both ways', async () => {
    const bytes = pdfBytes();
    const res = await upload(h, coordinator, caseId, uploadForm({ bytes, name: 'Décision du tribunal.pdf' }));
    expect(res.status, await res.clone().text()).toBe(201);
    const { id } = await bodyOf(res);
    expect(res.headers.get('location')).toBe(`/api/cases/${caseId}/attachments/${id}`);

    const got = await download(mp, caseId, id);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('cache-control')).toBe('private, no-store');
    expect(got.headers.get('content-disposition')).toBe(`attachment; filename="D_cision du tribunal.pdf"; filename*=UTF-8''D%C3%A9cision%20du%20tribunal.pdf`);
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
    expect(await auditActions(caseId)).toEqual(expect.arrayContaining([`attachment.added:${id}`, `attachment.downloaded:${id}`]));
  });

  it('accepts JPEG, PNG-free DOCX and ODT by their content, whatever their names say', async () => {
    for (const [bytes, name, type] of [
      [jpegBytes({ gps: false }), 'photo.bin', 'image/jpeg'],
      [await docxBytes(), 'report.pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [odtBytes(), 'notes', 'application/vnd.oasis.opendocument.text'],
    ] as const) {
      const res = await upload(h, coordinator, caseId, uploadForm({ bytes, name }));
      expect(res.status, name).toBe(201);
      const got = await download(coordinator, caseId, (await bodyOf(res)).id);
      expect(got.headers.get('content-type')).toBe(type);
      // The name offered carries the real type's extension.
      expect(got.headers.get('content-disposition')).toMatch(/filename="[^"]+\.(jpg|docx|odt)"/);
    }
  });

  it('refuses with 415 problem+json anything else, even named .pdf, and stores nothing', async () => {
    const before = await h.count();
    for (const [bytes, name] of [
      [Buffer.from('just text'), 'order.pdf'],
      [storedZip([['a.txt', 'x']]), 'letter.docx'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'map.png'],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'page.odt'],
    ] as const) {
      const res = await upload(h, coordinator, caseId, uploadForm({ bytes, name, type: 'application/pdf' }));
      expect(res.status, name).toBe(415);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(await h.count()).toBe(before);
  });

  it('refuses a body that is not a multipart form with 415, and a form without a file with 400 naming `file`', async () => {
    const json = await h.json('POST', `/api/cases/${caseId}/attachments`, { cookie: coordinator, body: { file: 'x' } });
    expect(json.status).toBe(415);
    const empty = await upload(h, coordinator, caseId, uploadForm(undefined, { sensitive: 'true' }));
    expect(empty.status).toBe(400);
    expect((await bodyOf(empty)).errors.map((e: { path: string }) => e.path)).toEqual(['file']);
  });

  it('refuses over 10 MiB with 413 and stores nothing', async () => {
    const before = await h.count();
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(10 * 1024 * 1024 + 1 - pdfBytes().length, 0x20)]);
    const res = await upload(h, coordinator, caseId, uploadForm({ bytes: big, name: 'big.pdf' }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await h.count()).toBe(before);
  });

  it('stops reading a body without Content-Length once it passes the limit (never buffered whole)', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(256 * 1024);
    const total = 40 * 1024 * 1024;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) return controller.close();
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await h.app.request(`/api/cases/${caseId}/attachments`, {
      method: 'POST', body, duplex: 'half',
      headers: { origin: APP_URL, cookie: coordinator, 'content-type': 'multipart/form-data; boundary=x' },
    } as RequestInit, fromAddress(h.nextAddress()));
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(12 * 1024 * 1024);
  });

  it('a JPEG carrying a GPS position is stored and downloaded without its EXIF block, the picture intact', async () => {
    const original = jpegBytes({ gps: true });
    expect(original.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(true);
    expect(original.includes(GPS_LATITUDE_BYTES)).toBe(true);
    const res = await upload(h, coordinator, caseId, uploadForm({ bytes: original, name: 'IMG_0001.JPG' }));
    expect(res.status).toBe(201);
    const stored = Buffer.from(await (await download(coordinator, caseId, (await bodyOf(res)).id)).arrayBuffer());
    expect(stored.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    expect(stored.includes(GPS_LATITUDE_BYTES)).toBe(false);
    expect(stored.includes(Buffer.from([0xff, 0xe1]))).toBe(false);
    // Everything but the APP1 segment is kept: the same bytes as the JPEG built without it.
    expect(stored.equals(jpegBytes({ gps: false }))).toBe(true);
  });

  it('a `sensitive` attachment downloads for coordinators only: 404 for the MP who sees the case, and not listed on their page', async () => {
    const res = await upload(h, coordinator, caseId, uploadForm({ bytes: pdfBytes('Legal strategy'), name: 'strategy.pdf' }, { sensitive: 'true' }));
    const { id } = await bodyOf(res);
    expect((await download(coordinator, caseId, id)).status).toBe(200);
    expect((await download(mp, caseId, id)).status).toBe(404);
    expect(await (await h.app.request(`/cases/${caseId}`, { headers: { cookie: mp } })).text()).not.toContain('strategy.pdf');
    expect(await (await h.app.request(`/cases/${caseId}`, { headers: { cookie: coordinator } })).text()).toContain('strategy.pdf');
  });

  it('an unknown or malformed attachment id, or one of another case, answers 404 like a hidden case', async () => {
    const other = (await h.createCase(coordinator, { visibility: 'network' })).id;
    const { id } = await bodyOf(await upload(h, coordinator, other, uploadForm({ bytes: pdfBytes(), name: 'a.pdf' })));
    for (const path of [`${caseId}/attachments/${id}`, `${caseId}/attachments/${randomUUID()}`, `${caseId}/attachments/not-an-id`]) {
      expect((await h.app.request(`/api/cases/${path}`, { headers: { cookie: coordinator } })).status, path).toBe(404);
    }
  });

  it('the same Idempotency-Key twice stores one attachment and answers the first answer again', async () => {
    const key = `attach-${randomUUID()}`;
    const form = () => uploadForm({ bytes: pdfBytes('Once'), name: 'once.pdf' });
    const first = await upload(h, coordinator, caseId, form(), { 'idempotency-key': key });
    expect(first.status).toBe(201);
    const stored = await h.count();
    const again = await upload(h, coordinator, caseId, form(), { 'idempotency-key': key });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await bodyOf(again)).toEqual(await bodyOf(first));
    expect(await h.count()).toBe(stored);
    const other = await upload(h, coordinator, caseId, uploadForm({ bytes: pdfBytes('Another'), name: 'once.pdf' }), { 'idempotency-key': key });
    expect(other.status).toBe(422);
  });
});

describe('who may upload where', () => {
  let mpAction: string;
  let confidentialOfOther: string;
  let missionAction: string;
  let eventId: string;

  beforeAll(async () => {
    const logged = await h.json('POST', `/api/cases/${caseId}/actions`, { cookie: mp, body: { type: 'letter_authorities', date: '2026-11-01', description: 'Letter', public: false } });
    mpAction = (await bodyOf(logged)).id;
    const hidden = await h.json('POST', `/api/cases/${caseId}/actions`, { cookie: otherMp, body: { type: 'letter_authorities', date: '2026-11-01', description: 'Mine', public: false } });
    confidentialOfOther = (await bodyOf(hidden)).id;
    const mission = await h.json('POST', `/api/cases/${caseId}/mission-actions`, {
      cookie: diplomat, body: { actionType: 'trial_observation', mission: 'EU Delegation', date: '2026-11-10', outcome: 'Observed', confidential: false },
    });
    missionAction = (await bodyOf(mission)).id;
    const event = await h.json('POST', `/api/cases/${caseId}/events`, { cookie: coordinator, body: { type: 'update', date: '2026-11-02', title: 'Hearing postponed' } });
    eventId = (await bodyOf(event)).event.id;
  });

  const pdf = (fields: Record<string, string> = {}) => uploadForm({ bytes: pdfBytes(), name: 'evidence.pdf' }, fields);

  it('an MP attaches evidence to their own action, and to nothing else', async () => {
    expect((await upload(h, mp, caseId, pdf({ actionId: mpAction }))).status).toBe(201);
    expect((await upload(h, mp, caseId, pdf())).status).toBe(403);
    expect((await upload(h, mp, caseId, pdf({ eventId }))).status).toBe(403);
    expect((await upload(h, mp, caseId, pdf({ actionId: missionAction }))).status).toBe(403);
  });

  it('another MP\'s confidential action is "not on this case" for an MP, exactly as an id that does not exist', async () => {
    const hidden = await upload(h, mp, caseId, pdf({ actionId: confidentialOfOther }));
    const missing = await upload(h, mp, caseId, pdf({ actionId: randomUUID() }));
    expect(hidden.status).toBe(400);
    const { requestId: _a, ...hiddenBody } = await bodyOf(hidden);
    const { requestId: _b, ...missingBody } = await bodyOf(missing);
    expect(hiddenBody).toEqual(missingBody);
  });

  it('a diplomat attaches to their own mission action only', async () => {
    expect((await upload(h, diplomat, caseId, pdf({ actionId: missionAction }))).status).toBe(201);
    expect((await upload(h, diplomat, caseId, pdf({ eventId }))).status).toBe(403);
    expect((await upload(h, diplomat, caseId, pdf())).status).toBe(403);
    // The MP's action is confidential: to the diplomat it is not on the case at all.
    expect((await upload(h, diplomat, caseId, pdf({ actionId: mpAction }))).status).toBe(400);
  });

  it('a coordinator attaches to the case, an event or anyone\'s action; naming both is a 400', async () => {
    for (const fields of [{ eventId }, { actionId: mpAction }, { actionId: missionAction }, { actionId: confidentialOfOther }] as Array<Record<string, string>>) {
      expect((await upload(h, coordinator, caseId, pdf(fields))).status, JSON.stringify(fields)).toBe(201);
    }
    const both = await upload(h, coordinator, caseId, pdf({ eventId, actionId: mpAction }));
    expect(both.status).toBe(400);
    expect((await upload(h, coordinator, caseId, pdf({ eventId: randomUUID() }))).status).toBe(400);
    expect((await upload(h, coordinator, caseId, pdf({ colour: 'red' }))).status).toBe(400);
  });

  it('a file on another MP\'s confidential action stays with that action: the MP may not download it', async () => {
    const { id } = await bodyOf(await upload(h, coordinator, caseId, pdf({ actionId: confidentialOfOther })));
    expect((await download(mp, caseId, id)).status).toBe(404);
    expect((await download(otherMp, caseId, id)).status).toBe(200);
  });

  it('a visitor who is not signed in may upload nothing (401)', async () => {
    expect((await upload(h, undefined, caseId, pdf())).status).toBe(401);
  });
});

describe('the upload page', () => {
  it('shows an unaccepted file\'s error beside the file field, the choices kept, the heading unchanged', async () => {
    const page = await (await h.app.request(`/cases/${caseId}/attachments/new`, { headers: { cookie: coordinator } })).text();
    const heading = page.match(/<h1>([^<]+)<\/h1>/)?.[1];
    const event = page.match(/<option value="(event:[^"]+)"/)?.[1];
    expect(event).toBeDefined();
    const form = uploadForm({ bytes: Buffer.from('not a pdf'), name: 'order.pdf' }, { target: event!, sensitive: 'true', idempotencyKey: randomUUID() });
    const res = await h.app.request(`/cases/${caseId}/attachments/new`, { method: 'POST', body: form, headers: { origin: APP_URL, cookie: coordinator } });
    expect(res.status).toBe(415);
    const html = await res.text();
    expect(html).toContain(`<h1>${heading}</h1>`);
    expect(html).toMatch(/<p id="file-error" class="error">[^<]*PDF/);
    expect(html).toMatch(new RegExp(`<option value="${event}" selected`));
    expect(html).toMatch(/name="sensitive" value="true" checked/);
    expect(html).toMatch(/id="file"[^>]*autofocus/);
  });

  it('stores a good file and goes back to the case, which lists it with what it is attached to', async () => {
    const form = uploadForm({ bytes: pdfBytes(), name: 'Court order.pdf' }, { target: '', idempotencyKey: randomUUID() });
    const res = await h.app.request(`/cases/${caseId}/attachments/new`, { method: 'POST', body: form, headers: { origin: APP_URL, cookie: coordinator } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cases/${caseId}#attachments`);
    const page = await (await h.app.request(`/cases/${caseId}`, { headers: { cookie: coordinator } })).text();
    expect(page).toContain('Court order.pdf');
  });
});
