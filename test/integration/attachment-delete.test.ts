/**
 * Deleting an attachment (issue 18): coordinators only, audited, the record and the file both
 * gone; 404 for whoever may not see the case or the file, 403 for a member who sees it; the
 * case page's delete link and its confirmation page. Against DynamoDB Local and the folder store.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { pdfBytes, upload, uploadForm } from '../support/attachment-files.ts';
import { plainEnglish } from '../support/page-text.ts';

let h: Harness;
let coordinator: string;
let coordinatorName: string;
let mp: string;
let networkCase: string;
let restrictedCase: string;

const attach = async (caseId: string, fields: Record<string, string> = {}) => {
  const res = await upload(h, coordinator, caseId, uploadForm({ bytes: pdfBytes(), name: 'Wrong case.pdf' }, fields));
  expect(res.status).toBe(201);
  return (await bodyOf(res)).id as string;
};
const remove = (cookie: string | undefined, caseId: string, id: string) =>
  h.app.request(`/api/cases/${caseId}/attachments/${id}`, { method: 'DELETE', headers: cookie ? { cookie } : {} });
const blobOf = (caseId: string, id: string) => h.deps.files!.get(`attachments/${caseId}/${id}`);
const auditActions = async (id: string) => (await h.store.auditOfCase(id, 100)).items.map((a) => `${a.action}:${a.attachmentId ?? ''}`);

beforeAll(async () => {
  h = await makeHarness();
  const member = await h.addMember('coordinator');
  coordinatorName = member.name;
  coordinator = await h.signIn(member);
  mp = await h.signIn(await h.addMember('mp'));
  networkCase = (await h.createCase(coordinator, { visibility: 'network' })).id;
  restrictedCase = (await h.createCase(coordinator, { visibility: 'restricted' })).id;
});

describe('DELETE /api/cases/{id}/attachments/{attachmentId}', () => {
  it('a coordinator deletes a file: 204, the record and the bytes gone, the deletion audited, a second delete 404', async () => {
    const id = await attach(networkCase);
    expect(await blobOf(networkCase, id)).not.toBeNull();
    const res = await remove(coordinator, networkCase, id);
    expect(res.status).toBe(204);
    expect(await blobOf(networkCase, id)).toBeNull();
    expect((await h.store.getCaseBundle(networkCase))!.attachments.some((a) => a.id === id)).toBe(false);
    expect((await h.app.request(`/api/cases/${networkCase}/attachments/${id}`, { headers: { cookie: coordinator } })).status).toBe(404);
    expect(await auditActions(networkCase)).toContain(`attachment.deleted:${id}`);
    expect((await remove(coordinator, networkCase, id)).status).toBe(404);
  });

  it('an MP who sees the case gets 403; on a case they may not see, 404; a sensitive file they cannot see, 404; signed out, 401; nothing deleted', async () => {
    const open = await attach(networkCase);
    const hidden = await attach(restrictedCase);
    const sensitive = await attach(networkCase, { sensitive: 'true' });
    expect((await remove(mp, networkCase, open)).status).toBe(403);
    expect((await remove(mp, restrictedCase, hidden)).status).toBe(404);
    expect((await remove(mp, networkCase, sensitive)).status).toBe(404);
    expect((await remove(undefined, networkCase, open)).status).toBe(401);
    expect((await remove(coordinator, restrictedCase, open)).status).toBe(404);
    expect((await remove(coordinator, networkCase, 'not-a-uuid')).status).toBe(404);
    for (const [caseId, id] of [[networkCase, open], [restrictedCase, hidden], [networkCase, sensitive]] as const) {
      expect(await blobOf(caseId, id)).not.toBeNull();
    }
  });
});

describe('deleting a file from the case page', () => {
  it('the coordinator follows the file\'s delete link, confirms, and is back on the case without it', async () => {
    const id = await attach(networkCase);
    const casePage = await (await h.app.request(`/cases/${networkCase}`, { headers: { cookie: coordinator } })).text();
    expect(casePage).toContain(`href="/cases/${networkCase}/attachments/${id}/delete"`);
    const mpPage = await (await h.app.request(`/cases/${networkCase}`, { headers: { cookie: mp } })).text();
    expect(mpPage).not.toContain('/delete"');

    const confirm = await h.app.request(`/cases/${networkCase}/attachments/${id}/delete`, { headers: { cookie: coordinator } });
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain('<h1>Delete the file Wrong case.pdf?</h1>');
    expect(html).toContain(`action="/cases/${networkCase}/attachments/${id}/delete"`);
    expect((await h.app.request(`/cases/${networkCase}/attachments/${id}/delete`, { headers: { cookie: mp } })).status).toBe(403);
    const pseudo = await (await h.app.request(`/cases/${networkCase}/attachments/${id}/delete?lang=en-XA`, { headers: { cookie: coordinator } })).text();
    // The uploader's name and the date (Intl's format) are data in the file's line.
    expect(plainEnglish(pseudo, ['Wrong case.pdf', 'Test Defender', coordinatorName, 'Nov 23, 2026'])).toEqual([]);

    const done = await h.app.request(`/cases/${networkCase}/attachments/${id}/delete`, { method: 'POST', headers: { cookie: coordinator, origin: APP_URL } });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/cases/${networkCase}#attachments`);
    const after = await (await h.app.request(`/cases/${networkCase}`, { headers: { cookie: coordinator } })).text();
    expect(after).not.toContain(`/attachments/${id}`);
    expect(await blobOf(networkCase, id)).toBeNull();
  });
});
