/**
 * An emailed report with one kept file, made the way SES or the SMTP listener hands it over: raw MIME
 * (built by nodemailer) through the intake's email parsing into the harness's table and file folder.
 */
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { receiveEmailReport } from '#shared/intake/email-report.ts';
import type { Harness } from './harness.ts';

/** The smallest PNG there is: one transparent pixel. */
export const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** The raw message nodemailer would send for `message`. */
export function rawEmail(message: SendMailOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message, (error, info) =>
      error ? reject(error) : resolve(info.message as Buffer));
  });
}

export async function emailedReportWithFile(h: Harness): Promise<{ reportId: string; attachmentId: string }> {
  const raw = await rawEmail({
    from: 'Reporter <reporter@example.net>', to: 'report@tandem.localhost', subject: 'A threat', text: 'What happened, with a photo.',
    attachments: [{ filename: 'photo.png', content: ONE_PIXEL_PNG }],
  });
  const report = await receiveEmailReport({ ...h.deps, files: h.deps.files! }, raw);
  const attachmentId = report?.attachments?.[0]?.id;
  if (!report || !attachmentId) throw new Error('the emailed report kept no file');
  return { reportId: report.id, attachmentId };
}
