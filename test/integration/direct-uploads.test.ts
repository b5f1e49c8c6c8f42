/**
 * Uploads past the function (issue 18): the app hands out a presigned POST into the quarantine
 * prefix, the file goes to the store's endpoint (the local stand-in of S3, over real HTTP, which
 * checks the signed policy), and the completion checks and files it. Against DynamoDB Local.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { GPS_LATITUDE_BYTES, jpegBytes, pdfBytes } from '../support/attachment-files.ts';
import { askForUpload, completeUpload, formOnPage, sendToStore } from '../support/direct-upload.ts';
import { plainEnglish } from '../support/page-text.ts';

let h: Harness;
let coordinator: string;
let mp: string;
let caseId: string;
let otherCaseId: string;

const MiB = 1024 * 1024;
/** A PDF padded to `size` bytes: file-type reads its header, the rest is the document's stream. */
const bigPdf = (size: number) => Buffer.concat([pdfBytes('Large scan'), Buffer.alloc(size - pdfBytes('Large scan').length, 0x20)]);
const download = (cookie: string, id: string, attachmentId: string) => h.app.request(`/api/cases/${id}/attachments/${attachmentId}`, { headers: { cookie } });
const auditActions = async (id: string) => (await h.store.auditOfCase(id, 100)).items.map((a) => `${a.action}:${a.attachmentId ?? ''}`);
const attachmentsOf = async (id: string) => (await h.store.getCaseBundle(id))!.attachments;

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  mp = await h.signIn(await h.addMember('mp'));
  caseId = (await h.createCase(coordinator, { visibility: 'network' })).id;
  otherCaseId = (await h.createCase(coordinator, { visibility: 'network' })).id;
});

describe('a direct upload through the API', () => {
  it('takes a 9 MiB PDF: the form is bound to the quarantine prefix, the file is filed, the quarantined copy deleted, audited', async () => {
    const { res, form } = await askForUpload(h, coordinator, caseId, { sensitive: true });
    expect(res.status).toBe(201);
    expect(form!.fields.key).toBe(`quarantine/${form!.uploadId}/\${filename}`);
    const policy = JSON.parse(Buffer.from(form!.fields.Policy!, 'base64').toString('utf8'));
    expect(policy.conditions).toEqual(expect.arrayContaining([['content-length-range', 1, 10 * MiB], ['starts-with', '$key', `quarantine/${form!.uploadId}/`]]));
    expect(Date.parse(policy.expiration) - h.clock.now().getTime()).toBe(10 * 60 * 1000);

    const bytes = bigPdf(9 * MiB);
    const sent = await sendToStore(form!, { bytes, name: 'Décision du tribunal.pdf' });
    expect(sent.status).toBe(204);
    const key = `quarantine/${form!.uploadId}/Décision du tribunal.pdf`;
    expect((await h.deps.files!.get(key))?.body.byteLength).toBe(9 * MiB);

    const done = await completeUpload(h, coordinator, caseId, form!.uploadId, { ticket: form!.ticket, key });
    expect(done.status, await done.clone().text()).toBe(201);
    expect(await bodyOf(done)).toEqual({ id: form!.uploadId });
    expect(await h.deps.files!.get(key)).toBeNull();
    const [stored] = (await attachmentsOf(caseId)).filter((a) => a.id === form!.uploadId);
    expect(stored).toMatchObject({ filename: 'Décision du tribunal.pdf', size: 9 * MiB, sensitive: true, contentType: 'application/pdf' });
    const got = await download(coordinator, caseId, form!.uploadId);
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await download(mp, caseId, form!.uploadId)).status).toBe(404);
    expect(await auditActions(caseId)).toContain(`attachment.added:${form!.uploadId}`);

    // The same completion again: nothing left to complete.
    const replay = await completeUpload(h, coordinator, caseId, form!.uploadId, { ticket: form!.ticket, key });
    expect(replay.status).toBe(409);
    expect((await attachmentsOf(caseId)).filter((a) => a.id === form!.uploadId)).toHaveLength(1);
  });

  it('the store refuses 11 MiB by the policy, and keeps nothing', async () => {
    const { form } = await askForUpload(h, coordinator, caseId);
    const sent = await sendToStore(form!, { bytes: bigPdf(11 * MiB), name: 'huge.pdf' });
    expect(sent.status).toBe(400);
    expect(await sent.text()).toContain('<Code>EntityTooLarge</Code>');
    expect(await h.deps.files!.get(`quarantine/${form!.uploadId}/huge.pdf`)).toBeNull();
  });

  it('the store refuses a tampered policy or signature, an expired form, another key prefix and a field the policy does not name', async () => {
    const { form } = await askForUpload(h, coordinator, caseId);
    const file = { bytes: pdfBytes(), name: 'order.pdf' };
    const policy = JSON.parse(Buffer.from(form!.fields.Policy!, 'base64').toString('utf8'));
    policy.conditions = policy.conditions.map((c: unknown) => (Array.isArray(c) && c[0] === 'content-length-range' ? ['content-length-range', 1, 100 * MiB] : c));
    const refused = [
      { fields: { ...form!.fields, Policy: Buffer.from(JSON.stringify(policy)).toString('base64') }, code: 'SignatureDoesNotMatch' },
      { fields: { ...form!.fields, 'X-Amz-Signature': '0'.repeat(64) }, code: 'SignatureDoesNotMatch' },
      { fields: { ...form!.fields, key: `attachments/${caseId}/${form!.uploadId}` }, code: 'AccessDenied' },
      { fields: { ...form!.fields, key: 'quarantine/another-upload/order.pdf' }, code: 'AccessDenied' },
      { fields: { ...form!.fields, success_action_redirect: 'https://evil.example/' }, code: 'AccessDenied' },
      { fields: { ...form!.fields, 'x-amz-meta-note': 'extra' }, code: 'AccessDenied' },
    ];
    for (const { fields, code } of refused) {
      const sent = await sendToStore(form!, file, fields);
      expect(sent.status, JSON.stringify(fields)).toBe(403);
      expect(await sent.text()).toContain(`<Code>${code}</Code>`);
    }
    expect(await h.deps.files!.get(`quarantine/${form!.uploadId}/order.pdf`)).toBeNull();
    expect(await h.deps.files!.get(`attachments/${caseId}/${form!.uploadId}`)).toBeNull();

    h.clock.advance(10 * 60 * 1000 + 1000);
    const late = await sendToStore(form!, file);
    expect(late.status).toBe(403);
    expect(await late.text()).toContain('Policy expired');
    expect(await h.deps.files!.get(`quarantine/${form!.uploadId}/order.pdf`)).toBeNull();
  });

  it('a completion by another member, for another case, with a tampered ticket or another upload\'s id is 404; the rightful one then works', async () => {
    const { form } = await askForUpload(h, coordinator, caseId);
    expect((await sendToStore(form!, { bytes: pdfBytes(), name: 'order.pdf' })).status).toBe(204);
    const key = `quarantine/${form!.uploadId}/order.pdf`;
    const otherCoordinator = await h.signIn(await h.addMember('coordinator'));
    const [payload, signature] = form!.ticket.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), caseId: otherCaseId })).toString('base64url');
    const { form: second } = await askForUpload(h, coordinator, caseId);
    const attempts = [
      await completeUpload(h, otherCoordinator, caseId, form!.uploadId, { ticket: form!.ticket, key }),
      await completeUpload(h, mp, caseId, form!.uploadId, { ticket: form!.ticket, key }),
      await completeUpload(h, coordinator, otherCaseId, form!.uploadId, { ticket: form!.ticket, key }),
      await completeUpload(h, coordinator, otherCaseId, form!.uploadId, { ticket: `${forged}.${signature}`, key }),
      await completeUpload(h, coordinator, caseId, second!.uploadId, { ticket: form!.ticket, key }),
      await completeUpload(h, coordinator, caseId, form!.uploadId, { key }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(await h.deps.files!.get(key)).not.toBeNull();
    expect(await attachmentsOf(otherCaseId)).toEqual([]);

    const wrongKey = await completeUpload(h, coordinator, caseId, form!.uploadId, { ticket: form!.ticket, key: `quarantine/${second!.uploadId}/order.pdf` });
    expect(wrongKey.status).toBe(400);
    expect((await bodyOf(wrongKey)).errors[0].path).toBe('key');
    expect((await completeUpload(h, coordinator, caseId, form!.uploadId, { ticket: form!.ticket, key })).status).toBe(201);
  });

  it('an MP may ask to upload only onto an action they logged: the case itself is a 403', async () => {
    expect((await askForUpload(h, mp, caseId)).res.status).toBe(403);
  });

  it('a fake PDF in quarantine is refused with 415 and deleted; nothing is filed', async () => {
    const { form } = await askForUpload(h, coordinator, caseId);
    expect((await sendToStore(form!, { bytes: Buffer.from('MZ not a pdf at all'), name: 'order.pdf' })).status).toBe(204);
    const key = `quarantine/${form!.uploadId}/order.pdf`;
    const done = await completeUpload(h, coordinator, caseId, form!.uploadId, { ticket: form!.ticket, key });
    expect(done.status).toBe(415);
    expect(done.headers.get('content-type')).toContain('application/problem+json');
    expect(await h.deps.files!.get(key)).toBeNull();
    expect((await attachmentsOf(caseId)).some((a) => a.id === form!.uploadId)).toBe(false);
  });
});

describe('a direct upload from the pages', () => {
  const stepOne = (body: Record<string, string>, cookie = coordinator) =>
    h.app.request(`/cases/${caseId}/attachments/new`, { method: 'POST', body: new URLSearchParams(body), headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } });
  /** Follows the store's redirect back into the app, as the browser does. */
  const back = async (sent: Response, cookie = coordinator) => {
    expect(sent.status).toBe(303);
    const next = sent.headers.get('location')!;
    expect(next.startsWith(`${APP_URL}/cases/${caseId}/attachments/uploads/`)).toBe(true);
    return h.app.request(next.slice(APP_URL.length), { headers: { cookie } });
  };

  it('lets the form post to the store (CSP form-action), and files a JPEG without its GPS position', async () => {
    const chosen = await stepOne({ target: '', sensitive: 'true' });
    expect(chosen.status).toBe(200);
    const page = await chosen.text();
    const form = formOnPage(page);
    expect(chosen.headers.get('content-security-policy')).toContain(`form-action 'self' ${new URL(form.url).origin}`);
    expect(page).toContain('id="upload-sensitive"');

    const jpeg = jpegBytes({ gps: true });
    const done = await back(await sendToStore(form, { bytes: jpeg, name: 'IMG_0042.jpg' }));
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/cases/${caseId}#attachments`);
    const filed = (await attachmentsOf(caseId)).find((a) => a.filename === 'IMG_0042.jpg')!;
    expect(filed).toMatchObject({ contentType: 'image/jpeg', sensitive: true });
    const got = Buffer.from(await (await download(coordinator, caseId, filed.id)).arrayBuffer());
    expect(got.includes(GPS_LATITUDE_BYTES)).toBe(false);
    expect(got.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    expect(got.subarray(-2).equals(Buffer.from([0xff, 0xd9]))).toBe(true);
  });

  it('a file refused by the check comes back beside the file field, with a new form for the same choices, the heading unchanged', async () => {
    const first = formOnPage(await (await stepOne({ target: '', sensitive: 'true' })).text());
    const refused = await back(await sendToStore(first, { bytes: Buffer.from('plain text, not a PDF'), name: 'order.pdf' }));
    expect(refused.status).toBe(415);
    const page = await refused.text();
    expect(page).toMatch(/<h1>Attach a file to the case of Test Defender<\/h1>/);
    expect(page).toMatch(/<input id="file" name="file" type="file" required="" aria-invalid="true" aria-describedby="file-hint file-error" autofocus=""/);
    expect(page).toContain('id="file-error"');
    expect(page).toContain('id="upload-sensitive"');
    const again = formOnPage(page);
    expect(again.fields.key).not.toBe(first.fields.key);
    const quarantined = (await h.deps.files!.get(first.fields.key!.replace('${filename}', 'order.pdf')));
    expect(quarantined).toBeNull();
  });

  it('has no plain English left in the pseudo-locale, on either step or a refused file\'s return', async () => {
    const first = await (await h.app.request(`/cases/${caseId}/attachments/new?lang=en-XA`, { headers: { cookie: coordinator } })).text();
    const chosen = await h.app.request(`/cases/${caseId}/attachments/new?lang=en-XA`, {
      method: 'POST', body: new URLSearchParams({ target: '', sensitive: 'true' }), headers: { cookie: coordinator, 'content-type': 'application/x-www-form-urlencoded' },
    });
    const second = await chosen.text();
    const sent = await sendToStore(formOnPage(second), { bytes: Buffer.from('not a PDF'), name: 'x.pdf' });
    const refused = await (await h.app.request(`${sent.headers.get('location')!.slice(APP_URL.length)}&lang=en-XA`, { headers: { cookie: coordinator } })).text();
    for (const page of [first, second, refused]) expect(plainEnglish(page, ['Test Defender'])).toEqual([]);
  });

  it('a target that is not on the case is named beside the target field, the choices kept', async () => {
    const res = await stepOne({ target: 'event:00000000-0000-4000-8000-000000000000', sensitive: 'true' });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('id="eventId-error"');
    expect(page).toMatch(/name="sensitive" value="true" checked/);
  });
});
