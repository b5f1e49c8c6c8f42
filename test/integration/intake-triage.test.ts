/** Intake reports, the coordinators' side: triage through the API and pages, conversion into a case, duplicates (DynamoDB Local). */
import { beforeEach, describe, expect, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Member } from '#shared/domain/member.ts';
import { APP_URL, bodyOf, type Harness } from '../support/harness.ts';
import { SECRET_NAME, SECRET_TEXT, intakeWorld } from '../support/intake-reports.ts';
import { plainEnglish } from '../support/page-text.ts';

const { world, submitted } = intakeWorld();
let h: Harness;
let coordinator: Member;
let asCoordinator: string;
// After the world's own beforeEach: the tests read the harness and the coordinator by name.
beforeEach(() => ({ h, coordinator, asCoordinator } = world));

describe('triage', () => {
  it('is for coordinators only: MPs and diplomats get 403, anonymous callers 401, on every route', async () => {
    const id = await submitted();
    const asMp = await h.signIn(await h.addMember('mp'));
    const asDiplomat = await h.signIn(await h.addMember('diplomat'));
    for (const cookie of [asMp, asDiplomat, undefined]) {
      const expected = cookie ? 403 : 401;
      expect((await h.json('GET', '/api/reports', { cookie })).status).toBe(expected);
      expect((await h.json('GET', `/api/reports/${id}`, { cookie })).status).toBe(expected);
      expect((await h.json('PATCH', `/api/reports/${id}`, { cookie, body: { status: 'in_review' }, headers: { 'if-match': '"1"' } })).status).toBe(expected);
      expect((await h.app.request('/reports', { headers: cookie ? { cookie } : {} })).status).toBe(cookie ? 403 : 303);
      expect((await h.app.request(`/reports/${id}`, { headers: cookie ? { cookie } : {} })).status).toBe(cookie ? 403 : 303);
    }
  });

  it('audits every read: the list and each report', async () => {
    const id = await submitted();
    await h.json('GET', `/api/reports/${id}`, { cookie: asCoordinator });
    const audit = await h.store.auditByActor(coordinator.id, 50);
    const actions = audit.items.map((e) => e.action);
    expect(actions.filter((a) => a === 'reports.listed')).toHaveLength(1);
    expect(audit.items.find((e) => e.action === 'report.read')).toMatchObject({ reportId: id });
  });

  it('moves new → in review → declined with a note and If-Match; a declined report and its contact get a TTL', async () => {
    const id = await submitted();
    const patch = (body: unknown, etag?: string) =>
      h.json('PATCH', `/api/reports/${id}`, { cookie: asCoordinator, body, ...(etag ? { headers: { 'if-match': etag } } : {}) });
    expect((await patch({ status: 'in_review' })).status).toBe(428);
    expect((await patch({ status: 'in_review' }, '"7"')).status).toBe(412);
    expect((await patch({ status: 'converted' }, '"1"')).status).toBe(400);
    const reviewed = await patch({ status: 'in_review', note: 'Calling the partner.' }, '"1"');
    expect(reviewed.status).toBe(200);
    expect(reviewed.headers.get('etag')).toBe('"2"');
    const firstTriagedAt = h.clock.now().toISOString();
    expect(await bodyOf(reviewed)).toMatchObject({ status: 'in_review', note: 'Calling the partner.', firstTriagedAt });
    h.clock.advance(60_000);
    const declined = await bodyOf(await patch({ status: 'declined', note: 'Out of scope.' }, '"2"'));
    expect(declined).toMatchObject({ status: 'declined', note: 'Out of scope.', firstTriagedAt, triagedBy: coordinator.id });
    const expected = Math.floor(h.clock.now().getTime() / 1000) + 30 * 86_400;
    const raw = async (pk: string) => (await h.doc.send(new GetCommand({ TableName: h.table, Key: { pk, sk: pk.startsWith('REPORTCONTACT') ? 'CONTACT' : 'REPORT' } }))).Item;
    expect((await raw(`REPORT#${id}`))?.expiresAt).toBe(expected);
    expect((await raw(`REPORTCONTACT#${id}`))?.expiresAt).toBe(expected);
    expect((await patch({ status: 'in_review' }, '"3"')).status).toBe(409);
  });

  it('shows counts by status and age and the median time to first triage; the form triages without script', async () => {
    const first = await submitted();
    await submitted();
    h.clock.advance(90 * 60_000);
    const res = await h.app.request(`/reports/${first}/triage`, {
      method: 'POST', headers: { origin: APP_URL, cookie: asCoordinator, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ version: '1', status: 'in_review', note: '' }),
    });
    expect(res.status).toBe(303);
    const html = await (await h.app.request('/reports', { headers: { cookie: asCoordinator } })).text();
    expect(html).toMatch(/<dd data-status="new">1<\/dd>/);
    expect(html).toMatch(/<dd data-status="in_review">1<\/dd>/);
    expect(html).toMatch(/<dd data-age="underADay">2<\/dd>/);
    expect(html).toContain('Median time to first triage: 90 minutes');
    const page = await (await h.app.request(`/reports/${first}?lang=en-XA`, { headers: { cookie: asCoordinator } })).text();
    expect(plainEnglish(page, [SECRET_TEXT, SECRET_NAME, 'Cauca', 'Tierra Viva', 'Marta', 'marta.reporter@example.net', 'Signal +57 300 000 0000', 'Colombia'])).toEqual([]);
  });

  it('keeps the triage form’s values beside its errors', async () => {
    const id = await submitted();
    const res = await h.app.request(`/reports/${id}/triage`, {
      method: 'POST', headers: { origin: APP_URL, cookie: asCoordinator, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ version: '1', note: 'Kept note' }),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="triage-status-error"');
    expect(html).toContain('Kept note</textarea>');
  });
});

describe('converting a report into a case', () => {
  it('creates the case through the create-case use case, with the reporter’s consent in the ledger and links both ways', async () => {
    const id = await submitted();
    const reference = (await bodyOf(await h.json('GET', `/api/reports/${id}`, { cookie: asCoordinator }))).report.reference;
    const caseBody = { defenderName: 'Lucía Q.', country: 'CO', themes: ['land_environment'], riskStatus: 'threatened', visibility: 'network', consentBasis: 'explicit_consent', summary: 'Threats at home.' };
    const asMp = await h.signIn(await h.addMember('mp'));
    expect((await h.json('POST', `/api/reports/${id}/case`, { cookie: asMp, body: caseBody, headers: { 'if-match': '"1"' } })).status).toBe(403);
    expect((await h.json('POST', `/api/reports/${id}/case`, { cookie: asCoordinator, body: caseBody, headers: { 'if-match': '"9"' } })).status).toBe(412);
    const before = await h.count();
    expect((await h.json('POST', `/api/reports/${id}/case`, { cookie: asCoordinator, body: { ...caseBody, themes: [] }, headers: { 'if-match': '"1"' } })).status).toBe(400);
    expect(await h.count()).toBe(before); // the body is refused before the report is read: no case, no audited read
    const res = await h.json('POST', `/api/reports/${id}/case`, { cookie: asCoordinator, body: caseBody, headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(201);
    const { case: created, report: converted } = await bodyOf(res);
    expect(res.headers.get('location')).toBe(`/api/cases/${created.id}`);
    expect(converted).toMatchObject({ status: 'converted', caseId: created.id, version: 2 });
    const bundle = await h.store.getCaseBundle(created.id);
    expect(bundle?.consent).toHaveLength(1);
    expect(bundle?.consent[0]).toMatchObject({ visibility: 'network', basis: 'explicit_consent', note: `Intake report ${reference}: mayShareWithNetwork=yes; mayPublish=no` });
    expect((await h.json('POST', `/api/reports/${id}/case`, { cookie: asCoordinator, body: caseBody, headers: { 'if-match': '"2"' } })).status).toBe(409);

    // Both links: the report names its case, and the case its source report, as a sensitive field for coordinators alone.
    const reportPage = await (await h.app.request(`/reports/${id}`, { headers: { cookie: asCoordinator } })).text();
    expect(reportPage).toContain(`href="/cases/${created.id}"`);
    const sensitive = await bodyOf(await h.json('GET', `/api/cases/${created.id}/sensitive`, { cookie: asCoordinator }));
    expect(sensitive.sourceReport).toEqual({ reportId: id, reference });
    const sensitivePage = await (await h.app.request(`/cases/${created.id}/sensitive?lang=fr`, { headers: { cookie: asCoordinator } })).text();
    expect(sensitivePage).toContain(`<a href="/reports/${id}">Dossier ouvert à partir du signalement ${reference}</a>`);
    // Replacing the sensitive fields keeps the link.
    expect((await h.json('PUT', `/api/cases/${created.id}/sensitive`, { cookie: asCoordinator, body: { legalNotes: 'Notes' }, headers: { 'if-match': `"${sensitive.version}"` } })).status).toBe(200);
    expect((await bodyOf(await h.json('GET', `/api/cases/${created.id}/sensitive`, { cookie: asCoordinator }))).sourceReport).toEqual({ reportId: id, reference });
    // Nobody else, and no list or export, learns where the case came from.
    expect((await h.json('GET', `/api/cases/${created.id}/sensitive`, { cookie: asMp })).status).toBe(403);
    const seenByOthers = [
      await (await h.json('GET', `/api/cases/${created.id}`, { cookie: asMp })).text(),
      await (await h.app.request(`/cases/${created.id}`, { headers: { cookie: asMp } })).text(),
      await (await h.json('GET', '/api/cases', { cookie: asMp })).text(),
      await (await h.app.request('/api/exports/cases.csv', { headers: { cookie: asCoordinator } })).text(),
      await (await h.json('GET', `/api/cases/${created.id}`, { cookie: asCoordinator })).text(),
    ];
    expect(seenByOthers[0]).toContain(created.id);
    for (const text of seenByOthers) {
      expect(text).not.toContain(reference);
      expect(text).not.toContain(id);
    }
  });

  it('prefills the case form from the report, and the form creates the case', async () => {
    const id = await submitted();
    const page = await (await h.app.request(`/reports/${id}/case`, { headers: { cookie: asCoordinator } })).text();
    expect(page).toContain(`action="/reports/${id}/case"`);
    expect(page).toContain(`value="${SECRET_NAME}"`);
    expect(page).toMatch(/value="network" checked/);
    expect(page).toMatch(/value="CO" selected/);
    const res = await h.app.request(`/reports/${id}/case`, {
      method: 'POST', headers: { origin: APP_URL, cookie: asCoordinator, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([
        ['version', '1'], ['defenderName', 'Lucía Q.'], ['country', 'CO'], ['themes', 'land_environment'], ['riskStatus', 'threatened'],
        ['visibility', 'network'], ['consentBasis', 'explicit_consent'], ['state', 'active'], ['summary', 'Threats at home.'],
      ]),
    });
    expect(res.status).toBe(303);
    const caseId = res.headers.get('location')!.replace('/cases/', '');
    const one = await bodyOf(await h.json('GET', `/api/reports/${id}`, { cookie: asCoordinator }));
    expect(one.report).toMatchObject({ status: 'converted', caseId });
    expect((await h.json('GET', `/api/cases/${caseId}`, { cookie: asCoordinator })).status).toBe(200);
  });
});

describe('a duplicate', () => {
  it('joins an existing case as a timeline event naming only the reference; without a case it is refused', async () => {
    const existing = await h.createCase(asCoordinator, { visibility: 'network' });
    const id = await submitted();
    const patch = (body: unknown) => h.json('PATCH', `/api/reports/${id}`, { cookie: asCoordinator, body, headers: { 'if-match': '"1"' } });
    const refused = await patch({ status: 'duplicate' });
    expect(refused.status).toBe(400);
    expect((await bodyOf(refused)).errors[0].path).toBe('caseId');
    const res = await patch({ status: 'duplicate', caseId: existing.id });
    expect(res.status).toBe(200);
    const report = await bodyOf(res);
    expect(report).toMatchObject({ status: 'duplicate', caseId: existing.id });
    const events = (await h.store.getCaseBundle(existing.id))!.events;
    expect(events.map((e) => e.title)).toEqual([`Intake report ${report.reference}`]);
    expect(JSON.stringify(events)).not.toContain(SECRET_NAME);
  });
});
