/**
 * Reports by email: a raw MIME message (from SES through S3 on AWS, from the local SMTP listener in
 * `npm start`) becomes a report through the same step as the form's. The subject and the text body
 * are what happened; the From address is how to reach the reporter; PDF, JPEG and PNG attachments up
 * to 10 MB each are kept in the file store for coordinators, their type read from their content.
 * Nothing of the message is ever logged: not the sender, not the subject, not a file name.
 * Not exported by the feature's index: only the email entry points (the SMTP listener, the intake
 * Lambda) import it, so the web function's bundle does not carry the MIME parser.
 */
import { createHash, randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { simpleParser, type Attachment } from 'mailparser';
import type { AcceptDeps } from './intake-deps.ts';
import { emailSchema } from '../domain/member.ts';
import { ConflictError } from '../errors/index.ts';
import { isUiLanguage, type UiLanguage } from '../i18n/languages.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import {
  ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, reportFileKey, type AttachmentType, type RefusedAttachment, type Report, type ReportAttachment,
} from './report.ts';
import { acceptReport, newReference } from './submit.ts';

/** What is kept of the subject and body together: enough for any account, well inside one DynamoDB item. */
export const EMAIL_TEXT_LIMIT = 20_000;

/** What the email path needs: no HMAC key, no app URL (the intake Lambda has neither). */
export interface EmailReportDeps extends AcceptDeps {
  files: BlobStore;
}

/**
 * The report id of a message that has an id of its own (SES's message id): a retried delivery of
 * the same message finds its report already there and adds nothing.
 */
export function reportIdForMessage(messageId: string): string {
  const hex = createHash('sha256').update(`intake-email:${messageId}`).digest('hex');
  // Shaped as a version 4 UUID, so it passes every `uuid()` check the routes make.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const isKeptType = (mime: string): mime is AttachmentType => (ATTACHMENT_TYPES as readonly string[]).includes(mime);

/** A name to show and offer on download: the sender's, without path or control characters, or a neutral one. */
function cleanName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return base || fallback;
}

/** Sorts the message's files into kept and refused; the kept ones' content is stored before the report exists. */
async function keepAttachments(
  files: BlobStore, reportId: string, attachments: Attachment[], virusFound: boolean,
): Promise<{ kept: ReportAttachment[]; refused: RefusedAttachment[] }> {
  const kept: ReportAttachment[] = [];
  const refused: RefusedAttachment[] = [];
  for (const [index, file] of attachments.entries()) {
    const filename = cleanName(file.filename, `attachment-${index + 1}`);
    const size = file.content.length;
    // SES's scan found a virus somewhere in the message: the words still reach triage, no file does.
    if (virusFound) { refused.push({ filename, size, reason: 'virus' }); continue; }
    if (kept.length >= MAX_ATTACHMENTS) { refused.push({ filename, size, reason: 'count' }); continue; }
    if (size > MAX_ATTACHMENT_BYTES) { refused.push({ filename, size, reason: 'size' }); continue; }
    // The declared type and the name say what the sender claims; the first bytes say what it is.
    const detected = await fileTypeFromBuffer(file.content);
    if (!detected || !isKeptType(detected.mime)) { refused.push({ filename, size, reason: 'type' }); continue; }
    const id = randomUUID();
    await files.put(reportFileKey(reportId, id), { body: file.content, contentType: detected.mime });
    kept.push({ id, filename, contentType: detected.mime, size });
  }
  return { kept, refused };
}

/** The reporter's language if the message declares one Tandem speaks, else English. */
function languageOf(header: unknown): UiLanguage {
  const first = typeof header === 'string' ? header.split(',')[0]!.trim().slice(0, 2).toLowerCase() : '';
  return isUiLanguage(first) ? first : 'en';
}

/** Mail a machine sent (an auto-reply, a bounce) gets no acknowledgement: two robots would answer each other forever. */
function automated(headers: Map<string, unknown>, from: string | undefined): boolean {
  const auto = headers.get('auto-submitted');
  return (typeof auto === 'string' && auto.toLowerCase() !== 'no') || headers.has('list-id') || !from || /^mailer-daemon@/i.test(from);
}

/**
 * Turns one raw message into a report and returns it. `messageId` (SES's) makes a redelivery of the
 * same message a no-op that returns undefined; `virusFound` (SES's verdict) keeps none of its files.
 */
export async function receiveEmailReport(
  deps: EmailReportDeps, raw: Uint8Array, options: { messageId?: string; virusFound?: boolean } = {},
): Promise<Report | undefined> {
  const mail = await simpleParser(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength));
  const id = options.messageId ? reportIdForMessage(options.messageId) : randomUUID();
  const { kept, refused } = await keepAttachments(deps.files, id, mail.attachments, options.virusFound ?? false);
  const sender = mail.from?.value[0];
  const email = emailSchema.safeParse(sender?.address ?? '');
  const whatHappened = [mail.subject?.trim(), mail.text?.trim()].filter(Boolean).join('\n\n').slice(0, EMAIL_TEXT_LIMIT);
  try {
    return await acceptReport(
      deps,
      {
        id, reference: newReference(), status: 'new', source: 'email', language: languageOf(mail.headers.get('content-language')),
        whatHappened, immediateDanger: 'unknown', mayShareWithNetwork: 'unknown', mayPublish: 'unknown',
        ...(kept.length ? { attachments: kept } : {}), ...(refused.length ? { refusedAttachments: refused } : {}),
      },
      { reporterName: sender?.name?.trim().slice(0, 120), email: email.success ? email.data : undefined },
      { acknowledge: !automated(mail.headers, email.success ? email.data : undefined) },
    );
  } catch (error) {
    // The files of a report that was not stored would be kept for nobody.
    await Promise.all(kept.map((a) => deps.files.delete(reportFileKey(id, a.id))));
    if (options.messageId && error instanceof ConflictError) return undefined;
    throw error;
  }
}
