/**
 * The OpenAPI part for intake reports, from the same zod schemas that validate the requests.
 * Spread into the document in `openapi.ts`.
 */
import { reportListQuerySchema, reportSchema, triageSchema } from '#shared/intake/index.ts';
import { schema, problem, json, errors, uuidParam } from '../ui/openapi-parts.ts';

const id = uuidParam('id');

export const intakeSchemas = {
  NewReport: schema(reportSchema),
  Triage: schema(triageSchema),
  ReportListQuery: schema(reportListQuerySchema),
};

export function intakePaths() {
  return {
    '/api/reports': {
      post: {
        summary: 'Report a threat (anyone; JSON or a form body); 10 an hour per client; `website` is a honeypot and must stay empty',
        requestBody: { required: true, content: { ...json('NewReport'), 'application/x-www-form-urlencoded': { schema: { $ref: '#/components/schemas/NewReport' } } } },
        responses: { 202: { description: '{ reference, message }' }, 429: problem, ...errors },
      },
      get: {
        summary: 'Reports, newest first, optionally of one status (coordinators; audited)',
        parameters: [
          { name: 'status', in: 'query', required: false, schema: { type: 'string', enum: ['new', 'in_review', 'converted', 'duplicate', 'declined'] } },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100 } },
        ],
        responses: { 200: { description: '{ items }' }, ...errors },
      },
    },
    '/api/reports/{id}': {
      get: { summary: 'One report and the reporter’s contact details (coordinators; audited), with ETag', parameters: [id], responses: { 200: { description: '{ report, contact? }' }, ...errors } },
      patch: {
        summary: 'A triage step: in_review, duplicate or declined, with a note (coordinators; If-Match). Declined reports are deleted after the retention period.',
        parameters: [id, { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, content: json('Triage') },
        responses: { 200: { description: 'The report, with its new ETag' }, 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/reports/{id}/attachments/{attachmentId}': {
      get: {
        summary: 'A file an emailed report brought (coordinators; audited): Content-Disposition attachment and the type checked on arrival; on AWS a 303 to a short-lived presigned link',
        parameters: [id, { name: 'attachmentId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: {
          200: { description: 'The file (application/pdf, image/jpeg or image/png)' }, 303: { description: 'A presigned download link (AWS)' }, ...errors,
        },
      },
    },
    '/api/reports/{id}/case': {
      post: {
        summary: 'Convert the report into a case (coordinators; If-Match of the report): the body is a CreateCase; the ledger entry carries the reporter’s consent and the report’s reference',
        parameters: [id, { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateCase' } } } },
        responses: { 201: { description: '{ case, report }, with Location of the case' }, 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
  };
}
