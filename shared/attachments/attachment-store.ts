/** The attachments' port: one transaction per upload (the attachment, its audit line, the key's claim) and per deletion. */
import type { Audience } from '../access/visibility.ts';
import type { AuditEntry, IdempotencyClaim } from '../writes/records.ts';
import type { Attachment } from './attachment.ts';

export interface AttachmentWrite {
  attachment: Attachment;
  /** The uploader's audience: the write fails (NotFoundError) if the case left it meanwhile. */
  audience: Audience;
  audit: AuditEntry;
  idempotency?: IdempotencyClaim;
}

export interface AttachmentStore {
  /** NotFoundError when the case is gone or hidden from the uploader; ConflictError('idempotency') when the key was taken. */
  saveAttachment(write: AttachmentWrite): Promise<void>;
  /** Removes the attachment's record with its audit line; NotFoundError when it is gone already. */
  deleteAttachment(removal: { attachment: Attachment; audit: AuditEntry }): Promise<void>;
}
