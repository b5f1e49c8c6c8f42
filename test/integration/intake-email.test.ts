/**
 * Reports by email, through a real SMTP listener on 127.0.0.1 (port 0) and nodemailer's SMTP
 * transport, into DynamoDB Local and the local file folder; and the download of a report's files.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Member } from '#shared/domain/member.ts';
import { receiveEmailReport } from '#shared/intake/email-report.ts';
import { MAX_ATTACHMENT_BYTES, type Report } from '#shared/intake/index.ts';
import { startSmtpIntake, type SmtpIntake } from '#functions/adapters/smtp-intake/smtp-listener.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { plainEnglish } from '../support/page-text.ts';
import { ONE_PIXEL_PNG, rawEmail } from '../support/intake-email.ts';

const INTAKE = 'report@tandem.localhost';
const SUBJECT = 'Threats against Rosa Quintero-5521';
const BODY = 'Men followed Rosa Quintero-5521 home from the court in Popayán last night.';
const SENDER = 'partner.desk@example.net';

let h: Harness;
let smtp: SmtpIntake;
let coordinator: Member;
let asCoordinator: string;

/** A PDF of `bytes` bytes: the header file-type reads, then filler, then the trailer. */
function pdf(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
  const tail = Buffer.from('\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(bytes - head.length - tail.length, 0x20), tail]);
}
const PNG = ONE_PIXEL_PNG;
/** A Windows program wearing a PDF's name and type: refused from its content. */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);

const transport = () => nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });

async function send(message: Partial<SendMailOptions> = {}) {
  return transport().sendMail({ from: `Partner Desk <${SENDER}>`, to: INTAKE, subject: SUBJECT, text: BODY, ...message });
}

async function reports(): Promise<Report[]> {
  return (await bodyOf(await h.json('GET', '/api/reports', { cookie: asCoordinator }))).items;
}

beforeEach(async () => {
  h = await makeHarness();
  const files = h.deps.files!;
  smtp = await startSmtpIntake({ port: 0, address: INTAKE, log: h.deps.log, deliver: (raw) => receiveEmailReport({ ...h.deps, files }, raw) });
  coordinator = await h.addMember('coordinator');
  asCoordinator = await h.signIn(coordinator);
});

afterEach(async () => {
  await smtp.close();
});

describe('reports by email, through the SMTP listener', () => {
  it('an email with a 5 MB PDF becomes a report whose attachment only coordinators can download', { timeout: 60_000 }, async () => {
    const document = pdf(5 * 1024 * 1024);
    await send({ attachments: [{ filename: 'threat-letter.pdf', content: document, contentType: 'application/pdf' }] });

    const [report] = await reports();
    expect(report).toMatchObject({
      source: 'email', status: 'new', whatHappened: `${SUBJECT}\n\n${BODY}`, immediateDanger: 'unknown', mayShareWithNetwork: 'unknown', hasContact: true,
    });
    expect(report!.attachments).toEqual([{ id: expect.any(String), filename: 'threat-letter.pdf', contentType: 'application/pdf', size: document.length }]);
    const one = await bodyOf(await h.json('GET', `/api/reports/${report!.id}`, { cookie: asCoordinator }));
    expect(one.contact).toEqual({ reportId: report!.id, reporterName: 'Partner Desk', email: SENDER });

    const path = `/api/reports/${report!.id}/attachments/${report!.attachments![0]!.id}`;
    const download = await h.json('GET', path, { cookie: asCoordinator });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="threat-letter.pdf"; filename*=UTF-8''threat-letter.pdf`);
    expect(Buffer.from(await download.arrayBuffer()).equals(document)).toBe(true);
    const audit = await h.store.auditByActor(coordinator.id, 50);
    expect(audit.items.find((e) => e.action === 'report.attachment_read')).toMatchObject({ reportId: report!.id, fields: [report!.attachments![0]!.id] });

    const asMp = await h.signIn(await h.addMember('mp'));
    const asDiplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' }));
    expect((await h.json('GET', path, { cookie: asMp })).status).toBe(403);
    expect((await h.json('GET', path, { cookie: asDiplomat })).status).toBe(403);
    expect((await h.json('GET', path)).status).toBe(401);
    // Another report's file, or a made-up one, through this report: nothing.
    expect((await h.json('GET', `/api/reports/${report!.id}/attachments/${crypto.randomUUID()}`, { cookie: asCoordinator })).status).toBe(404);
  });

  it('keeps PDF, JPEG and PNG by their content, and records the others without keeping them', async () => {
    await send({
      attachments: [
        { filename: 'photo.png', content: PNG, contentType: 'image/png' },
        { filename: 'invoice.pdf', content: EXE, contentType: 'application/pdf' },
        { filename: 'notes.txt', content: 'plain text', contentType: 'text/plain' },
      ],
    });
    const [report] = await reports();
    expect(report!.attachments?.map((a) => [a.filename, a.contentType])).toEqual([['photo.png', 'image/png']]);
    expect(report!.refusedAttachments).toEqual([
      { filename: 'invoice.pdf', size: EXE.length, reason: 'type' },
      { filename: 'notes.txt', size: 10, reason: 'type' },
    ]);

    // The report page links the kept file for download and names the others with the reason, in the page's language.
    const page = await (await h.app.request(`/reports/${report!.id}?lang=es`, { headers: { cookie: asCoordinator } })).text();
    expect(page).toContain(`href="/api/reports/${report!.id}/attachments/${report!.attachments![0]!.id}" download="photo.png"`);
    expect(page).toContain('Descargar photo.png (1 KB)');
    expect(page).toContain('No se conservó invoice.pdf (1 KB): no es un archivo PDF, JPEG ni PNG');
    const pseudo = await (await h.app.request(`/reports/${report!.id}?lang=en-XA`, { headers: { cookie: asCoordinator } })).text();
    expect(plainEnglish(pseudo, [SUBJECT, BODY, SENDER, 'Partner Desk', 'photo.png', 'invoice.pdf', 'notes.txt'])).toEqual([]);
  });

  it(`refuses a file over ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB, keeping the report and its other files`, { timeout: 60_000 }, async () => {
    await send({ attachments: [{ filename: 'big.pdf', content: pdf(MAX_ATTACHMENT_BYTES + 1) }, { filename: 'small.pdf', content: pdf(2048) }] });
    const [report] = await reports();
    expect(report!.attachments?.map((a) => a.filename)).toEqual(['small.pdf']);
    expect(report!.refusedAttachments).toEqual([{ filename: 'big.pdf', size: MAX_ATTACHMENT_BYTES + 1, reason: 'size' }]);
  });

  it('accepts mail only for the intake address: another recipient gets 550 and nothing is stored', async () => {
    const before = await h.count();
    const refused = await send({ to: 'someone-else@tandem.localhost' }).catch((error: { responseCode?: number }) => error);
    expect((refused as { responseCode?: number }).responseCode).toBe(550);
    expect(await h.count()).toBe(before);
  });

  it('refuses a message over the size limit with 552, storing nothing', async () => {
    await smtp.close();
    const files = h.deps.files!;
    smtp = await startSmtpIntake({ port: 0, address: INTAKE, log: h.deps.log, maxBytes: 64 * 1024, deliver: (raw) => receiveEmailReport({ ...h.deps, files }, raw) });
    const before = await h.count();
    const refused = await send({ attachments: [{ filename: 'a.pdf', content: pdf(200 * 1024) }] }).catch((error: { responseCode?: number }) => error);
    expect((refused as { responseCode?: number }).responseCode).toBe(552);
    expect(await h.count()).toBe(before);
  });

  it('acknowledges the sender with the reference only; an automatic reply gets no acknowledgement', async () => {
    await send({ headers: { 'Content-Language': 'fr' } });
    const [report] = await reports();
    const acks = (await h.outbox.list()).filter((m) => m.to === SENDER);
    expect(acks).toHaveLength(1);
    expect(acks[0]!.subject).toBe(`Votre signalement ${report!.reference} nous est parvenu`);
    for (const secret of ['Rosa Quintero-5521', 'Popayán']) expect(acks[0]!.text).not.toContain(secret);

    await send({ headers: { 'Auto-Submitted': 'auto-replied' } });
    expect(await reports()).toHaveLength(2);
    expect((await h.outbox.list()).filter((m) => m.to === SENDER)).toHaveLength(1);
  });

  it('takes a message delivered twice (the same SES message id) once', async () => {
    const raw = await rawEmail({ from: SENDER, to: INTAKE, subject: SUBJECT, text: BODY, attachments: [{ filename: 'a.png', content: PNG }] });
    const files = h.deps.files!;
    const first = await receiveEmailReport({ ...h.deps, files }, raw, { messageId: 'ses-message-1' });
    const again = await receiveEmailReport({ ...h.deps, files }, raw, { messageId: 'ses-message-1' });
    expect(first?.source).toBe('email');
    expect(again).toBeUndefined();
    expect(await reports()).toHaveLength(1);
    const [report] = await reports();
    expect(report!.id).toBe(first!.id);
  });

  it('writes nothing of the message to the log', async () => {
    await send({ attachments: [{ filename: 'secret-evidence-8841.pdf', content: pdf(4096) }] });
    await send({ to: 'other@tandem.localhost' }).catch(() => undefined);
    const log = h.logs.join('\n');
    for (const secret of ['Rosa Quintero-5521', 'Popayán', SENDER, 'secret-evidence-8841', 'Partner Desk']) expect(log).not.toContain(secret);
  });
});
