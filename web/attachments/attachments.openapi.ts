/** The attachments' part of the OpenAPI document (web/openapi/openapi.ts gathers the features' parts). */
import { z } from 'zod';
import { answer, errors, idempotencyKey, problem, schema, sessionOptional, uuidParam } from '../ui/openapi-parts.ts';

const id = uuidParam('id');

export const attachmentSchemas = {
  AttachmentCreated: schema(z.object({ id: z.uuid() }), 'output'),
};

export function attachmentPaths() {
  const tags = ['Attachments'];
  return {
    '/api/cases/{id}/attachments': {
      post: {
        operationId: 'attachFile', tags,
        summary: 'Attach a file (PDF, JPEG, PNG, DOCX or ODT, from its content; at most 10 MiB). Coordinators: to the case, an event or any action; an MP or a diplomat: to an action they logged. Images are stored without their metadata. Optional Idempotency-Key',
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
    '/api/cases/{id}/attachments/{attachmentId}': {
      get: {
        operationId: 'downloadAttachment', tags, security: sessionOptional,
        summary: 'Download an attachment (Content-Disposition: attachment; on AWS a 302 to a presigned link valid for 60 s); every download is audited; 404 for whoever may not see the case or the attachment',
        parameters: [id, { name: 'attachmentId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: {
          200: { description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
          302: { description: 'A presigned link to the file' }, 400: problem, 404: problem, 500: problem, 503: problem,
        },
      },
    },
  };
}
