/**
 * The OpenAPI part for spreadsheet imports (coordinators): a CSV or XLSX body, or multipart with
 * `file`; up to 4 MiB and 10,000 rows. A dry run answers at once; a real run starts a job (202,
 * Location), read back with GET. Spread into the document in `web/openapi/openapi.ts`.
 */
import { z } from 'zod';
import { answer, errors, idempotencyKey, problem, schema, uuidParam } from '../ui/openapi-parts.ts';
import { importJobView, rowErrorView as rowError } from './job-view.ts';

const importBody = {
  required: true,
  content: {
    'text/csv': { schema: { type: 'string' } },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
    'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } },
  },
};
const dryRunParam = { name: 'dryRun', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'], default: 'false' } };

export const importsSchemas = {
  ImportCheck: { ...schema(z.object({ rows: z.number().int(), valid: z.number().int(), toCreate: z.number().int(), toUpdate: z.number().int(), errors: z.array(rowError) }), 'output'), title: 'Dry run: nothing stored' },
  ImportJob: { ...schema(importJobView, 'output'), title: 'An import job: its progress, then what it stored' },
};

export function importsPaths() {
  const tags = ['Imports'];
  const responses = {
    200: answer('Dry run: what the file holds and what would be stored', 'ImportCheck'),
    202: answer('The import job, queued, with its Location; the same Idempotency-Key gives the same job', 'ImportJob'),
    422: problem, ...errors,
  };
  return {
    '/api/imports/cases': {
      post: {
        operationId: 'importCases', tags,
        summary: 'Import cases from a spreadsheet (columns: the create-case fields, themes separated by ;, externalId for re-imports). dryRun=true stores nothing',
        parameters: [dryRunParam, idempotencyKey], requestBody: importBody, responses,
      },
    },
    '/api/imports/members': {
      post: {
        operationId: 'importMembers', tags,
        summary: 'Invite members from a spreadsheet (columns: email, name, role, parliament, party, mission, country, language); same answers as the cases import',
        parameters: [dryRunParam, idempotencyKey], requestBody: importBody, responses,
      },
    },
    '/api/imports/{jobId}': {
      get: {
        operationId: 'getImportJob', tags,
        summary: 'An import job (any coordinator\'s): rows done out of rows total while it runs, then what it created, updated and skipped, and the problems by row',
        parameters: [uuidParam('jobId')],
        responses: { 200: answer('The job', 'ImportJob'), ...errors },
      },
    },
  };
}
