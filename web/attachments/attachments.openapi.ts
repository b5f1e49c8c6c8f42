/** The attachments' part of the OpenAPI document (web/openapi/openapi.ts gathers the features' parts). */
import { problem, errors, uuidParam } from '../ui/openapi-parts.ts';

const id = uuidParam('id');

export function attachmentPaths() {
  return {
    '/api/cases/{id}/attachments': {
      post: {
        summary: 'Attach a file (PDF, JPEG, PNG, DOCX or ODT, from its content; at most 10 MiB). Coordinators: to the case, an event or any action; an MP or a diplomat: to an action they logged. Images are stored without their metadata. Optional Idempotency-Key',
        parameters: [id, { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 128 } }],
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
        responses: { 201: { description: '{ id }, with Location' }, 409: problem, 422: problem, ...errors },
      },
    },
    '/api/cases/{id}/attachments/{attachmentId}': {
      get: {
        summary: 'Download an attachment (Content-Disposition: attachment; on AWS a 302 to a presigned link valid for 60 s); every download is audited; 404 for whoever may not see the case or the attachment',
        parameters: [id, { name: 'attachmentId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: { 200: { description: 'The file' }, 302: { description: 'A presigned link to the file' }, 404: problem, 503: problem },
      },
    },
  };
}
