/**
 * A file attached to a case, optionally to one of its timeline events or logged actions
 * (an MP's action or a mission action). Stored under the case's partition, so the case
 * page's one Query reads it; the bytes live behind the file port (`attachments/<caseId>/<id>`).
 */
import { z } from 'zod';

/** The types accepted, as `file-type` names them from the content (never from the file name). */
export const ATTACHMENT_TYPES = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

/** 10 MiB per file. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** What an attachment hangs on besides the case: a timeline event, an MP's logged action or a mission action. */
export type AttachmentTarget =
  | { kind: 'event'; id: string }
  | { kind: 'action'; id: string }
  | { kind: 'mission_action'; id: string };

export interface Attachment {
  id: string;
  caseId: string;
  /** The name offered on download: control characters and path parts removed. */
  filename: string;
  contentType: AttachmentType;
  size: number;
  /** For coordinators only. */
  sensitive: boolean;
  target?: AttachmentTarget;
  uploadedBy: string;
  uploaderName: string;
  createdAt: string;
}

export const attachmentIdSchema = z.string().uuid('Not an attachment id.');

const flag = z.union([z.boolean(), z.enum(['true', 'false', 'on'])]).transform((v) => v === true || v === 'true' || v === 'on');

/** The form fields beside `file` (multipart): at most one of eventId and actionId. */
export const attachmentFieldsSchema = z
  .object({
    eventId: z.string().uuid('Not an event id.').optional(),
    actionId: z.string().uuid('Not an action id.').optional(),
    sensitive: flag.default(false),
  })
  .strict()
  .refine((f) => !(f.eventId && f.actionId), {
    path: ['actionId'], message: 'Attach the file to an event or to an action, not both.', params: { key: 'attachments.errors.oneTarget' },
  });
export type AttachmentFields = z.infer<typeof attachmentFieldsSchema>;

/**
 * The name a download offers: the last path part, no control or bidirectional-override
 * characters, at most 150 characters, and the detected type's extension.
 *
 * @example
 *   safeFilename('C:\\scans\\court\u202Eorder.pdf', 'application/pdf') // 'courtorder.pdf'
 */
export function safeFilename(raw: string, type: AttachmentType): string {
  const ext = ATTACHMENT_TYPES[type];
  const base = (raw.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .replace(/\.[A-Za-z0-9]{1,8}$/, '')
    .slice(0, 150)
    .trim();
  return `${base.replace(/^\.+/, '') || 'attachment'}.${ext}`;
}
