/**
 * A report's files, for coordinators only: each download is audited (the attachment's id in the
 * audit line, never its name) before the file is touched, and a file answers only through its report.
 */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import type { IntakeDeps } from './intake-deps.ts';
import { NotFoundError, ServiceUnavailableError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { BlobStore, StoredBlob } from '../ports/blob-store.ts';
import { reportFileKey, type ReportAttachment } from './report.ts';
import { reportId } from './triage.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** How long a handed-out link (S3) works: long enough to start the download, no longer. */
export const ATTACHMENT_LINK_SECONDS = 60;

export type AttachmentDownload = { attachment: ReportAttachment } & ({ url: string } | { blob: StoredBlob });

export async function downloadReportAttachment(
  deps: IntakeDeps, files: BlobStore | undefined, viewer: Viewer, id: string, attachmentId: string,
): Promise<AttachmentDownload> {
  const actor = requireRole(viewer, 'coordinator');
  const key = reportId(id);
  const fileId = parseOrThrow(z.string().uuid('Not an attachment id.'), attachmentId, 'attachmentId');
  if (!files) throw new ServiceUnavailableError('Files are not configured here.');
  const { report } = await deps.store.readReport(key, auditEntry(deps.clock.now().toISOString(), actor, 'report.attachment_read', { reportId: key, fields: [fileId] }));
  const attachment = report?.attachments?.find((a) => a.id === fileId);
  if (!attachment) throw new NotFoundError('attachment');
  const download = { filename: attachment.filename, contentType: attachment.contentType, expiresInSeconds: ATTACHMENT_LINK_SECONDS };
  const url = await files.downloadUrl(reportFileKey(key, fileId), download);
  if (url) return { attachment, url };
  const blob = await files.get(reportFileKey(key, fileId));
  if (!blob) throw new NotFoundError('attachment');
  return { attachment, blob };
}
