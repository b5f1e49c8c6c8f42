/**
 * Downloading an attachment: the case as its page would show it to the viewer (404 when hidden,
 * as the case itself), the attachment among those the viewer may see (404 otherwise, sensitive
 * ones included), the audit line written, and only then the file: a short-lived presigned link
 * where the file port has one (S3), else the bytes.
 */
import type { Viewer } from '../domain/member.ts';
import type { DownloadDeps } from './attachment-deps.ts';
import { NotFoundError } from '../errors/index.ts';
import type { BlobStore, StoredBlob } from '../ports/blob-store.ts';
import { visibleAttachments } from './access.ts';
import { attachmentIdSchema, type Attachment } from './attachment.ts';
import { trimmedBundle } from './case-files.ts';
import { attachmentKey } from './upload.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** A presigned link is used at once by the browser that asked: one minute is plenty. */
export const DOWNLOAD_LINK_SECONDS = 60;

export type OpenedAttachment = { attachment: Attachment } & ({ url: string } | { blob: StoredBlob });

export async function openAttachment(deps: DownloadDeps, files: BlobStore, viewer: Viewer, caseId: string, rawId: string): Promise<OpenedAttachment> {
  const bundle = await trimmedBundle(deps, viewer, caseId, { opening: true });
  const id = attachmentIdSchema.safeParse(rawId);
  const attachment = id.success ? visibleAttachments(viewer, bundle).find((a) => a.id === id.data) : undefined;
  // A malformed id, another case's attachment and one the viewer may not see answer alike.
  if (!attachment || viewer.kind !== 'member') throw new NotFoundError('attachment');

  // Audited before the file leaves: a download that cannot be audited does not happen.
  await deps.store.appendAudit(auditEntry(deps.clock.now().toISOString(), viewer, 'attachment.downloaded', { caseId: attachment.caseId, attachmentId: attachment.id }));
  const key = attachmentKey(attachment.caseId, attachment.id);
  const url = await files.downloadUrl(key, { filename: attachment.filename, contentType: attachment.contentType, expiresInSeconds: DOWNLOAD_LINK_SECONDS });
  if (url) return { attachment, url };
  const blob = await files.get(key);
  if (!blob) throw new NotFoundError('attachment');
  return { attachment, blob };
}
