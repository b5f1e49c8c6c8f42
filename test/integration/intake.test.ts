/** Intake reports: the public form and API, the acknowledgement, the triage API and pages (DynamoDB Local). */
import { beforeEach, describe, expect, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Member } from '#shared/domain/member.ts';
import { REPORT_LIMIT_PER_CLIENT } from '#shared/intake/index.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { plainEnglish } from '../support/page-text.ts';

let h: Harness;
let coordinator: Member;
let asCoordinator: string;

/** Content no list, email or log line may carry. */
const SECRET_TEXT = 'Paramilitaries threatened Lucía Quispe-7731 at her home';
const SECRET_NAME = 'Lucía Quispe-7731';
const report = (overrides: Record<string, string> = {}) => ({
  whatHappened: SECRET_TEXT, happenedOn: '2026-11-20', country: 'CO', region: 'Cauca', atRisk: SECRET_NAME,
  organisation: 'Tierra Viva', immediateDanger: 'yes', reporterName: 'Marta', contactEmail: 'marta.reporter@example.net',
  contactOther: 'Signal +57 300 000 0000', mayShareWithNetwork: 'yes', mayPublish: 'no', ...overrides,
});
const form = (body: Record<string, string>, lang = 'en', from?: string) =>
  h.app.request(`/report?lang=${lang}`, {
    method: 'POST', headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body),
  }, from ? { requestContext: { identity: { sourceIp: from } } } : undefined);

async function submitted(overrides: Record<string, string> = {}): Promise<string> {
  const res = await h.json('POST', '/api/reports', { body: report(overrides), from: h.nextAddress() });
  expect(res.status).toBe(202);
  const list = await bodyOf(await h.json('GET', '/api/reports', { cookie: asCoordinator }));
  return list.items[0].id as string;
}

/** What reached reporters (the coordinator's sign-in link is in the outbox too). */
const reporterMail = async () => (await h.outbox.list()).filter((m) => m.to !== coordinator.email);

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  asCoordinator = await h.signIn(coordinator);
});

describe('reporting a threat', () => {
  it('answers 202 with a reference, and the report lands in triage with its contact details apart', async () => {
    const res = await h.json('POST', '/api/reports', { body: report(), from: h.nextAddress() });
    expect(res.status).toBe(202);
    const { reference } = await bodyOf(res);
    expect(reference).toMatch(/^R-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const list = await bodyOf(await h.json('GET', '/api/reports', { cookie: asCoordinator }));
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ reference, status: 'new', source: 'web', whatHappened: SECRET_TEXT, hasContact: true });
    expect(JSON.stringify(list.items)).not.toContain('marta.reporter@example.net');
    const one = await h.json('GET', `/api/reports/${list.items[0].id}`, { cookie: asCoordinator });
    expect(one.headers.get('etag')).toBe('"1"');
    expect((await bodyOf(one)).contact).toEqual({ reportId: list.items[0].id, reporterName: 'Marta', email: 'marta.reporter@example.net', other: 'Signal +57 300 000 0000' });
  });

  it('accepts a form body on the API, and an anonymous report with no contact at all', async () => {
    const { reporterName: _n, contactEmail: _e, contactOther: _o, ...anonymous } = report();
    const res = await h.app.request('/api/reports', {
      method: 'POST', headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(anonymous),
    }, { requestContext: { identity: { sourceIp: h.nextAddress() } } });
    expect(res.status).toBe(202);
    const id = (await bodyOf(await h.json('GET', '/api/reports', { cookie: asCoordinator }))).items[0].id;
    const one = await bodyOf(await h.json('GET', `/api/reports/${id}`, { cookie: asCoordinator }));
    expect(one.report.hasContact).toBe(false);
    expect(one.contact).toBeUndefined();
    expect(await reporterMail()).toEqual([]);
  });

  it('refuses bad input with the fields in the caller’s language, storing nothing', async () => {
    const before = await h.count();
    const res = await h.json('POST', '/api/reports?lang=fr', { body: report({ whatHappened: '', immediateDanger: 'maybe', contactEmail: 'nope' }), from: h.nextAddress() });
    expect(res.status).toBe(400);
    const problem = await bodyOf(res);
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(['contactEmail', 'immediateDanger', 'whatHappened']);
    expect(problem.errors.find((e: { path: string }) => e.path === 'whatHappened').message).toBe('Dites ce qui s’est passé.');
    expect(await h.count()).toBe(before);
  });

  it('stores nothing when the honeypot is filled, answering the same', async () => {
    const before = await h.count();
    const res = await h.json('POST', '/api/reports', { body: report({ website: 'http://spam.example' }), from: h.nextAddress() });
    expect(res.status).toBe(202);
    expect((await bodyOf(res)).reference).toMatch(/^R-/);
    // Only the client's rate-limit counter was written.
    expect(await h.count()).toBe(before + 1);
    expect(await reporterMail()).toEqual([]);
  });

  it('refuses bodies over 64 KiB with 413, storing nothing', async () => {
    const before = await h.count();
    const res = await h.json('POST', '/api/reports', { body: report({ whatHappened: 'x'.repeat(65 * 1024) }), from: h.nextAddress() });
    expect(res.status).toBe(413);
    expect(await h.count()).toBe(before);
  });

  it('acknowledges in the reporter’s language with the reference and none of the content', async () => {
    const res = await h.json('POST', '/api/reports?lang=es', { body: report(), from: h.nextAddress() });
    const { reference } = await bodyOf(res);
    const mails = await reporterMail();
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.to).toBe('marta.reporter@example.net');
    expect(mail!.subject).toBe(`Hemos recibido su denuncia ${reference}`);
    expect(mail!.text).toContain(reference);
    for (const secret of [SECRET_TEXT, SECRET_NAME, 'Cauca', 'Tierra Viva', 'Marta', 'Signal']) {
      expect(mail!.text).not.toContain(secret);
      expect(mail!.html ?? '').not.toContain(secret);
    }
  });

  it(`lets one client send ${REPORT_LIMIT_PER_CLIENT} an hour: 40 meet 429 past that, while another client gets through`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await h.json('POST', '/api/reports', { body: report({ contactEmail: `r${i}@example.net` }), from: '203.0.113.40' })).status);
    expect(statuses.filter((s) => s === 202)).toHaveLength(REPORT_LIMIT_PER_CLIENT);
    expect(statuses.slice(REPORT_LIMIT_PER_CLIENT).every((s) => s === 429)).toBe(true);
    const other = await h.json('POST', '/api/reports', { body: report(), from: '203.0.113.41' });
    expect(other.status).toBe(202);
  });

  it('writes no report content to the log', async () => {
    const id = await submitted();
    await h.json('GET', `/api/reports/${id}`, { cookie: asCoordinator });
    await h.json('POST', '/api/reports', { body: report({ immediateDanger: 'bad' }), from: h.nextAddress() });
    const log = h.logs.join('\n');
    for (const secret of [SECRET_TEXT, SECRET_NAME, 'marta.reporter@example.net', 'Signal +57']) expect(log).not.toContain(secret);
  });
});

describe('the report page', () => {
  it.each(['en', 'fr', 'es', 'ru'])('is under 30 KB with the safety advice beside the form, without script (%s)', async (lang) => {
    const res = await h.app.request(`/report?lang=${lang}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(new TextEncoder().encode(html).length).toBeLessThan(30 * 1024);
    expect(html).not.toContain('<script');
    expect(html).toContain('id="safety-title"');
    expect(html).toMatch(/<form method="post" action="\/report"/);
  });

  it('has no plain English left in the pseudo-locale', async () => {
    const html = await (await h.app.request('/report?lang=en-XA')).text();
    expect(plainEnglish(html)).toEqual([]);
  });

  it('sends from the form: 202 with the reference on the page', async () => {
    const res = await form(report(), 'fr', h.nextAddress());
    expect(res.status).toBe(202);
    const html = await res.text();
    expect(html).toMatch(/Votre référence est R-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect((await reporterMail())[0]!.subject).toMatch(/^Votre signalement R-/);
  });

  it('shows errors beside the fields with every value kept, the heading unchanged and focus on the first error; stores nothing', async () => {
    const before = await h.count();
    const res = await form(report({ whatHappened: '', mayPublish: '' }), 'ru', h.nextAddress());
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<h1>Сообщить об угрозе</h1>');
    expect(html).toContain('id="whatHappened-error"');
    expect(html).toContain('Опишите, что произошло.');
    expect(html).toContain('id="mayPublish-error"');
    expect(html).toMatch(/<textarea[^>]*id="whatHappened"[^>]*autofocus/);
    expect(html).toContain(`value="${SECRET_NAME}"`);
    expect(html).toContain('value="marta.reporter@example.net"');
    expect(html).toMatch(/value="CO" selected/);
    expect(await h.count()).toBe(before);
  });
});

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
    expect(await h.count()).toBe(before + 1); // the audited read of the report, and no case
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
