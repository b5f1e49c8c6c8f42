/**
 * What the attachments' use cases use, and nothing more (docs/architecture.md, "Narrow dependencies").
 * Any `CoreDeps` is one; so is anything else that has these, which is all a test has to provide.
 * The file store stays a parameter of its own (`files`), as before.
 */
import type { BundleDeps } from '../cases/index.ts';
import type { Clock } from '../ports/clock.ts';
import type { AuditStore } from '../writes/records.ts';
import type { OnceDeps } from '../writes/idempotency.ts';
import type { AttachmentStore } from './attachment-store.ts';

/** An attachment's record written (the bytes go to `files`). */
export interface FileAttachmentDeps {
  store: Pick<AttachmentStore, 'saveAttachment'>;
}

/** Uploading through the app: the case's bundle read, and the attachment filed once per Idempotency-Key. */
export type UploadDeps = BundleDeps & OnceDeps & FileAttachmentDeps;

/** An upload ticket read: the key that signs it, and the clock that says whether it expired. */
export interface TicketDeps {
  secret: string;
  clock: Clock;
}

/** A direct upload asked for and completed: the case's bundle read, the ticket, and the attachment filed. */
export type DirectUploadDeps = BundleDeps & TicketDeps & FileAttachmentDeps;

/** Downloading an attachment: the case's bundle read, and the audited download. */
export type DownloadDeps = BundleDeps & { store: Pick<AuditStore, 'appendAudit'>; clock: Clock };

/** Deleting an attachment: the case's bundle read, and the removal with its audit line. */
export type DeleteDeps = BundleDeps & { store: Pick<AttachmentStore, 'deleteAttachment'>; clock: Clock };
