/**
 * Deleting an attachment (coordinators): a file put on the wrong case, or one the defender wants
 * gone. The attachment must be one the coordinator sees on a case they see (404 otherwise, as for
 * everyone who may not see the case); a member who sees it but is not a coordinator gets 403.
 * The bytes go first, then the record with its audit line: if the second step fails, the record
 * is still there to delete again, never a file without a record that nobody could find.
 * Attachments are never edited, so there is no version to match: two deletions race harmlessly
 * (the second is a 404).
 */
import { requireMember, requireRole } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import type { BundleDeps } from '../cases/index.ts';
import type { DeleteDeps } from './attachment-deps.ts';
import { NotFoundError } from '../errors/index.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { CaseBundle } from '../ports/store.ts';
import { visibleAttachments } from './access.ts';
import { attachmentIdSchema, type Attachment } from './attachment.ts';
import { trimmedBundle } from './case-files.ts';
import { attachmentKey } from './upload.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** The attachment a coordinator is about to delete, with its case (the confirmation page shows both); 404 or 403 as the deletion would answer. */
export async function attachmentToDelete(deps: BundleDeps, viewer: Viewer, caseId: string, rawId: string): Promise<{ attachment: Attachment; bundle: CaseBundle }> {
  requireMember(viewer);
  const bundle = await trimmedBundle(deps, viewer, caseId, { opening: true });
  const id = attachmentIdSchema.safeParse(rawId);
  const attachment = id.success ? visibleAttachments(viewer, bundle).find((a) => a.id === id.data) : undefined;
  if (!attachment) throw new NotFoundError('attachment');
  requireRole(viewer, 'coordinator');
  return { attachment, bundle };
}

export async function deleteAttachment(deps: DeleteDeps, files: BlobStore, viewer: Viewer, caseId: string, rawId: string): Promise<Attachment> {
  const { attachment } = await attachmentToDelete(deps, viewer, caseId, rawId);
  const actor = requireMember(viewer);
  await files.delete(attachmentKey(attachment.caseId, attachment.id));
  await deps.store.deleteAttachment({
    attachment,
    audit: auditEntry(deps.clock.now().toISOString(), actor, 'attachment.deleted', { caseId: attachment.caseId, attachmentId: attachment.id }),
  });
  return attachment;
}
