/**
 * The OpenAPI part for spreadsheet imports (coordinators): a CSV or XLSX body, or multipart with
 * `file`; up to 4 MiB and 10,000 rows. Spread into the document in `web/openapi/openapi.ts`.
 */
import { z } from 'zod';
import { answer, errors, problem, schema } from '../ui/openapi-parts.ts';

const rowError = z.object({ row: z.number().int(), field: z.string(), message: z.string().describe("In the caller's language") });

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
  ImportOutcome: {
    oneOf: [
      { ...schema(z.object({ rows: z.number().int(), valid: z.number().int(), toCreate: z.number().int(), toUpdate: z.number().int(), errors: z.array(rowError) }), 'output'), title: 'Dry run: nothing stored' },
      { ...schema(z.object({ created: z.number().int(), updated: z.number().int(), skipped: z.number().int(), errors: z.array(rowError) }), 'output'), title: 'Import' },
    ],
  },
};

export function importsPaths() {
  const tags = ['Imports'];
  const responses = { 200: answer('What the file held and what was (or would be) stored', 'ImportOutcome'), 422: problem, ...errors };
  return {
    '/api/imports/cases': {
      post: {
        operationId: 'importCases', tags,
        summary: 'Import cases from a spreadsheet (columns: the create-case fields, themes separated by ;, externalId for re-imports). dryRun=true stores nothing',
        parameters: [dryRunParam], requestBody: importBody, responses,
      },
    },
    '/api/imports/members': {
      post: {
        operationId: 'importMembers', tags,
        summary: 'Invite members from a spreadsheet (columns: email, name, role, parliament, party, mission, country, language); same answers as the cases import',
        parameters: [dryRunParam], requestBody: importBody, responses,
      },
    },
  };
}
