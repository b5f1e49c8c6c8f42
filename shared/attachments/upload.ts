/**
 * Adding an attachment: the uploader's right over the case and the event or action named, then
 * the file's real type (415 otherwise), its metadata stripped, the bytes stored behind the file
 * port, and the attachment, its audit line and the Idempotency-Key's claim in one transaction.
 * If that transaction fails, the stored bytes are deleted again: no file without its record.
 */
import { createHash, randomUUID } from 'node:crypto';
import { requireMember } from '../access/roles.ts';
import { listAudience } from '../access/visibility.ts';
import type { Viewer } from '../domain/member.ts';
import type { FileAttachmentDeps, UploadDeps } from './attachment-deps.ts';
import { PayloadTooLargeError, ValidationError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import { once, type Replay } from '../writes/idempotency.ts';
import { resolveTarget } from './access.ts';
import { attachmentFieldsSchema, MAX_ATTACHMENT_BYTES, safeFilename, type Attachment } from './attachment.ts';
import { trimmedBundle } from './case-files.ts';
import { detectAttachmentType, withoutMetadata } from './content.ts';
import { auditEntry } from '../writes/audit-entry.ts';

export interface UploadedFile {
  bytes: Uint8Array;
  /** The name the browser sent: used for the download's name only, never to decide the type. */
  name: string;
}

export type UploadResult = { replayed: false; attachment: Attachment } | Replay;

/** Where an attachment's bytes live behind the file port. */
export const attachmentKey = (caseId: string, id: string) => `attachments/${caseId}/${id}`;

type SaveAttachment = Parameters<FileAttachmentDeps['store']['saveAttachment']>[0];

/**
 * Files an attachment, for an upload through the function and a direct one alike: its bytes under
 * their final key, then its record and audit line in one transaction (with the Idempotency-Key's
 * claim, if any). If the record is not written the bytes go again, unless `keepBytes(error)` says
 * they belong to the write that won (a second completion of the same direct upload).
 */
export async function fileAttachment(
  deps: FileAttachmentDeps, files: BlobStore, viewer: Viewer, attachment: Attachment, bytes: Uint8Array,
  options: { idempotency?: SaveAttachment['idempotency']; keepBytes?: (error: unknown) => boolean } = {},
): Promise<void> {
  const key = attachmentKey(attachment.caseId, attachment.id);
  await files.put(key, { body: bytes, contentType: attachment.contentType });
  try {
    await deps.store.saveAttachment({
      attachment,
      audience: listAudience(viewer),
      audit: auditEntry(attachment.createdAt, { id: attachment.uploadedBy, name: attachment.uploaderName }, 'attachment.added', { caseId: attachment.caseId, attachmentId: attachment.id }),
      idempotency: options.idempotency,
    });
  } catch (error) {
    if (!options.keepBytes?.(error)) await files.delete(key);
    throw error;
  }
}
export const attachmentUrl = (caseId: string, id: string) => `/api/cases/${caseId}/attachments/${id}`;

export const tooLarge = () => {
  const mib = MAX_ATTACHMENT_BYTES / 1024 / 1024;
  return new PayloadTooLargeError(`Attachments are limited to ${mib} MiB.`, { wording: { key: 'attachments.errors.tooLarge', values: { mib } } });
};

/**
 * @example
 *   await uploadAttachment(deps, files, coordinator, caseId, { file: { bytes, name: 'order.pdf' }, fields: { sensitive: 'true' } });
 */
export async function uploadAttachment(
  deps: UploadDeps, files: BlobStore, viewer: Viewer, caseId: string,
  input: { file: UploadedFile | undefined; fields: unknown }, idempotencyKey?: string,
): Promise<UploadResult> {
  const actor = requireMember(viewer);
  const fields = parseOrThrow(attachmentFieldsSchema, input.fields);
  const bundle = await trimmedBundle(deps, viewer, caseId);
  const target = resolveTarget(viewer, bundle, fields);
  const file = input.file;
  if (!file || file.bytes.byteLength === 0) {
    throw new ValidationError([{ path: 'file', message: 'Choose a file.', code: 'required', key: 'attachments.errors.fileRequired' }]);
  }
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw tooLarge();
  const type = await detectAttachmentType(file.bytes);
  const bytes = await withoutMetadata(file.bytes, type);
  const filename = safeFilename(file.name, type);

  const request = {
    caseId: bundle.case.id, ...fields, filename, sha256: createHash('sha256').update(file.bytes).digest('hex'),
  };
  return once(deps, `attachments:${actor.id}`, idempotencyKey, request, async (claimFor) => {
    const now = deps.clock.now().toISOString();
    const attachment: Attachment = {
      id: randomUUID(), caseId: bundle.case.id, filename, contentType: type, size: bytes.byteLength, sensitive: fields.sensitive,
      ...(target ? { target } : {}), uploadedBy: actor.id, uploaderName: actor.name, createdAt: now,
    };
    await fileAttachment(deps, files, viewer, attachment, bytes, {
      idempotency: claimFor?.({ status: 201, body: { id: attachment.id }, location: attachmentUrl(attachment.caseId, attachment.id) }),
    });
    return { replayed: false as const, attachment };
  });
}
