/** The attachments' part of the OpenAPI document (web/openapi/openapi.ts gathers the features' parts). */
import { z } from 'zod';
import { attachmentFieldsSchema } from '#shared/attachments/index.ts';
import { answer, errors, idempotencyKey, json, problem, schema, sessionOptional, uuidParam } from '../ui/openapi-parts.ts';

const id = uuidParam('id');
const attachmentId = uuidParam('attachmentId');

/** What the answer to a direct upload request holds: the form to send the file with, and the ticket to complete it. */
const requestedUploadSchema = z.object({
  uploadId: z.uuid(),
  ticket: z.string().describe('Signed by Tandem: give it back when completing; it binds the upload to this case, this member and this target for an hour'),
  url: z.url().describe('Where to POST the file (multipart/form-data): S3 on AWS, a loopback endpoint locally'),
  fields: z.record(z.string(), z.string()).describe('Send each as a form field, in order, before the file (field `file`, last); `key` ends with ${filename}, which the store replaces with the file\'s name'),
  expiresAt: z.string().describe('ISO 8601: the form is refused after this moment (10 minutes)'),
});
const completionSchema = z.object({
  ticket: z.string(),
  key: z.string().describe('The key the file was stored under: the form\'s `key` with ${filename} replaced by the file\'s name'),
}).strict();

export const attachmentSchemas = {
  AttachmentCreated: schema(z.object({ id: z.uuid() }), 'output'),
  AttachmentTarget: schema(attachmentFieldsSchema),
  DirectUploadRequested: schema(requestedUploadSchema, 'output'),
  DirectUploadCompletion: schema(completionSchema),
};

export function attachmentPaths() {
  const tags = ['Attachments'];
  return {
    '/api/cases/{id}/attachments': {
      post: {
        operationId: 'attachFile', tags,
        summary: 'Attach a file (PDF, JPEG, PNG, DOCX or ODT, from its content; at most 10 MiB, though on AWS a body through the function holds about 4.4 MiB: larger files use the direct upload). Coordinators: to the case, an event or any action; an MP or a diplomat: to an action they logged. Images are stored without their metadata. Optional Idempotency-Key',
        parameters: [id, idempotencyKey],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object', required: ['file'], additionalProperties: false,
                properties: {
                  file: { type: 'string', format: 'binary' },
                  eventId: { type: 'string', format: 'uuid', description: 'a timeline event of this case' },
                  actionId: { type: 'string', format: 'uuid', description: 'a logged action or mission action of this case' },
                  sensitive: { type: 'boolean', description: 'coordinators only may download it' },
                },
              },
            },
          },
        },
        responses: { 201: answer('Stored, with Location', 'AttachmentCreated'), 409: problem, 422: problem, ...errors },
      },
    },
    '/api/cases/{id}/attachments/uploads': {
      post: {
        operationId: 'requestDirectUpload', tags,
        summary: 'Ask for a direct upload of up to 10 MiB: a presigned POST form into the quarantine prefix (1 byte to 10 MiB, valid 10 minutes) and a ticket. The same rights as an upload through the function. Send the file to `url` with `fields`, then complete the upload',
        parameters: [id],
        requestBody: { required: true, content: json('AttachmentTarget') },
        responses: { 201: answer('The form and the ticket', 'DirectUploadRequested'), ...errors },
      },
    },
    '/api/cases/{id}/attachments/uploads/{uploadId}': {
      post: {
        operationId: 'completeDirectUpload', tags,
        summary: 'Complete a direct upload: the file is checked as an upload through the function is (its type from its content, images without metadata), filed and audited; the quarantined copy is deleted, also when the file is refused (415, 413). 404 for anyone but the member who asked, for another case, or a ticket that is altered or over an hour old; 409 when there is nothing left to complete (done already)',
        parameters: [id, uuidParam('uploadId')],
        requestBody: { required: true, content: json('DirectUploadCompletion') },
        responses: { 201: answer('Stored, with Location', 'AttachmentCreated'), 409: problem, ...errors },
      },
    },
    '/api/cases/{id}/attachments/{attachmentId}': {
      get: {
        operationId: 'downloadAttachment', tags, security: sessionOptional,
        summary: 'Download an attachment (Content-Disposition: attachment; on AWS a 302 to a presigned link valid for 60 s); every download is audited; 404 for whoever may not see the case or the attachment',
        parameters: [id, attachmentId],
        responses: {
          200: { description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
          302: { description: 'A presigned link to the file' }, 400: problem, 404: problem, 500: problem, 503: problem,
        },
      },
      delete: {
        operationId: 'deleteAttachment', tags,
        summary: 'Delete an attachment (coordinators): the file and its record, audited. Attachments are never edited, so no If-Match: a second deletion is a 404. 404 for whoever may not see the case or the attachment, 403 for a member who may',
        parameters: [id, attachmentId],
        responses: { 204: { description: 'Deleted' }, 400: problem, 401: problem, 403: problem, 404: problem, 500: problem, 503: problem },
      },
    },
  };
}
