/** What other features may use of shared/attachments/ (they import nothing else from it). */
export { visibleAttachments, uploadTargets } from './access.ts';
export type { Attachment, AttachmentTarget } from './attachment.ts';
export { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, attachmentFieldsSchema } from './attachment.ts';
export { uploadAttachment, attachmentUrl, tooLarge, type UploadedFile, type UploadResult } from './upload.ts';
export { openAttachment, DOWNLOAD_LINK_SECONDS, type OpenedAttachment } from './download.ts';
export { requestDirectUpload, completeDirectUpload, ticketOf, ticketFields, UPLOAD_FORM_SECONDS, type RequestedUpload } from './direct-upload.ts';
export { attachmentToDelete, deleteAttachment } from './delete.ts';
