/**
 * Uploads past the function. Lambda takes at most 6 MB of request, base64 included, so a file
 * above about 4.4 MiB cannot pass through it: the browser sends the file straight to the file
 * store instead, under a quarantine prefix, with a form the store checks (a presigned POST: the
 * key's prefix, 1 byte to 10 MiB, a few minutes to send it). Completing the upload then does
 * what an upload through the function does: the file's real type (415 otherwise), its metadata
 * stripped, the attachment, its audit line and the final file written; the quarantined file is
 * deleted either way. The upload is bound by its signed ticket to the case, the member and the
 * target it was asked for: anyone else, another case, a tampered or expired ticket is 404, and
 * a completion without its quarantined file (already completed: a replay) is 409.
 */
import { randomUUID } from 'node:crypto';
import { requireMember } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import type { DirectUploadDeps, TicketDeps } from './attachment-deps.ts';
import { ConflictError, NotFoundError, ServiceUnavailableError, ValidationError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { BlobStore, DirectUpload } from '../ports/blob-store.ts';
import { resolveTarget } from './access.ts';
import { attachmentFieldsSchema, attachmentIdSchema, MAX_ATTACHMENT_BYTES, safeFilename, type Attachment, type AttachmentFields } from './attachment.ts';
import { trimmedBundle } from './case-files.ts';
import { detectAttachmentType, withoutMetadata } from './content.ts';
import { readTicket, signTicket, type UploadTicket } from './upload-ticket.ts';
import { fileAttachment, tooLarge } from './upload.ts';

/** The form is used at once by the browser that asked for it. */
export const UPLOAD_FORM_SECONDS = 10 * 60;
/** Room for a slow connection to finish sending 10 MiB after the form's last moment. */
export const UPLOAD_TICKET_SECONDS = 60 * 60;

export const quarantinePrefix = (uploadId: string) => `quarantine/${uploadId}/`;

export interface RequestedUpload extends DirectUpload {
  uploadId: string;
  ticket: string;
  /** When the form stops being accepted (ISO 8601). */
  expiresAt: string;
}

const filesTakeDirectUploads = (files: BlobStore) => {
  if (!files.direct) throw new ServiceUnavailableError('This file store takes no direct uploads.', { wording: { key: 'attachments.errors.unavailable' } });
  return files.direct;
};

/**
 * @example
 *   await requestDirectUpload(deps, files, coordinator, caseId, { actionId }, (id, ticket) => `${appUrl}/…/${id}?ticket=${ticket}`);
 */
export async function requestDirectUpload(
  deps: DirectUploadDeps, files: BlobStore, viewer: Viewer, caseId: string, rawFields: unknown,
  redirectTo?: (uploadId: string, ticket: string) => string,
): Promise<RequestedUpload> {
  const actor = requireMember(viewer);
  const direct = filesTakeDirectUploads(files);
  const fields = parseOrThrow(attachmentFieldsSchema, rawFields);
  const bundle = await trimmedBundle(deps, viewer, caseId);
  const target = resolveTarget(viewer, bundle, fields);
  const uploadId = randomUUID();
  const now = deps.clock.now().getTime();
  const ticket = signTicket(deps.secret, {
    uploadId, caseId: bundle.case.id, memberId: actor.id, ...(target ? { target } : {}), sensitive: fields.sensitive, expiresAt: now + UPLOAD_TICKET_SECONDS * 1000,
  });
  const form = await direct.presignUpload({
    keyPrefix: quarantinePrefix(uploadId), minBytes: 1, maxBytes: MAX_ATTACHMENT_BYTES, expiresInSeconds: UPLOAD_FORM_SECONDS,
    ...(redirectTo ? { redirectTo: redirectTo(uploadId, ticket) } : {}),
  });
  return { ...form, uploadId, ticket, expiresAt: new Date(now + UPLOAD_FORM_SECONDS * 1000).toISOString() };
}

/** The fields the ticket was asked with, as the upload form's (for checking the target again, and for the page). */
export const ticketFields = (ticket: Pick<UploadTicket, 'target' | 'sensitive'>): AttachmentFields => ({
  sensitive: ticket.sensitive,
  ...(ticket.target?.kind === 'event' ? { eventId: ticket.target.id } : ticket.target ? { actionId: ticket.target.id } : {}),
});

/** The ticket of an upload the viewer asked for on this case, or 404 as for anything they may not see. */
export function ticketOf(deps: TicketDeps, viewer: Viewer, caseId: string, uploadId: string, ticketText: unknown): UploadTicket {
  const ticket = typeof ticketText === 'string' ? readTicket(deps.secret, ticketText, deps.clock.now()) : null;
  const ok = ticket && viewer.kind === 'member' && ticket.memberId === viewer.id && ticket.caseId === caseId && ticket.uploadId === uploadId;
  if (!ok || !attachmentIdSchema.safeParse(uploadId).success) throw new NotFoundError('upload');
  return ticket;
}

/**
 * @example
 *   await completeDirectUpload(deps, files, coordinator, caseId, uploadId, { ticket, key: `quarantine/${uploadId}/order.pdf` });
 */
export async function completeDirectUpload(
  deps: DirectUploadDeps, files: BlobStore, viewer: Viewer, caseId: string, uploadId: string, input: { ticket?: unknown; key?: unknown },
): Promise<Attachment> {
  const actor = requireMember(viewer);
  const ticket = ticketOf(deps, viewer, caseId, uploadId, input.ticket);
  // The case as the member sees it now, and the target still theirs: either may have changed since they asked.
  const bundle = await trimmedBundle(deps, viewer, caseId);
  const target = resolveTarget(viewer, bundle, ticketFields(ticket));
  const prefix = quarantinePrefix(uploadId);
  const key = typeof input.key === 'string' ? input.key : '';
  const name = key.slice(prefix.length);
  if (!key.startsWith(prefix) || name === '' || name.includes('/')) {
    throw new ValidationError([{ path: 'key', message: `The key must be the upload's: ${prefix}<file name>.`, code: 'custom', key: 'attachments.errors.uploadKey' }]);
  }
  const sent = await files.get(key);
  if (!sent) {
    throw new ConflictError('This upload was completed already, or its file never arrived.', { wording: { key: 'attachments.errors.uploadGone' } });
  }
  let type, bytes;
  try {
    if (sent.body.byteLength > MAX_ATTACHMENT_BYTES) throw tooLarge();
    type = await detectAttachmentType(sent.body);
    bytes = await withoutMetadata(sent.body, type);
  } catch (error) {
    // A file that fails the check is never kept, not even in quarantine.
    await files.delete(key);
    throw error;
  }
  const now = deps.clock.now().toISOString();
  const attachment: Attachment = {
    id: uploadId, caseId: bundle.case.id, filename: safeFilename(name, type), contentType: type, size: bytes.byteLength, sensitive: ticket.sensitive,
    ...(target ? { target } : {}), uploadedBy: actor.id, uploaderName: actor.name, createdAt: now,
  };
  try {
    // A completion of the same upload that won the race wrote these very bytes under this key: they stay.
    await fileAttachment(deps, files, viewer, attachment, bytes, { keepBytes: (error) => error instanceof ConflictError });
  } catch (error) {
    throw error instanceof ConflictError ? new ConflictError('This upload was completed already.', { wording: { key: 'attachments.errors.uploadGone' } }) : error;
  }
  await files.delete(key);
  return attachment;
}
