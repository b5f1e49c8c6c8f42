/** Intake reports, the public side: the form and API, the acknowledgement, the limits, the report page (DynamoDB Local). */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { REPORT_LIMIT_PER_CLIENT } from '#shared/intake/index.ts';
import { APP_URL, bodyOf, type Harness } from '../support/harness.ts';
import { SECRET_NAME, SECRET_TEXT, intakeWorld, report } from '../support/intake-reports.ts';
import { plainEnglish } from '../support/page-text.ts';

const { world, form, submitted, reporterMail } = intakeWorld();
let h: Harness;
let coordinator: Member;
let asCoordinator: string;
// After the world's own beforeEach: the tests read the harness and the coordinator by name.
beforeEach(() => ({ h, coordinator, asCoordinator } = world));

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
