/**
 * The OpenAPI part for intake reports: requests from the zod schemas that validate them, answers
 * from zod schemas of what the routes send. Spread into the document in `openapi.ts`.
 */
import { z } from 'zod';
import { UI_LANGUAGES } from '#shared/i18n/languages.ts';
import {
  DANGER_ANSWERS, REFUSAL_REASONS, REPORT_SOURCES, REPORT_STATUSES, YES_NO, reportListQuerySchema, reportSchema, triageSchema,
} from '#shared/intake/index.ts';
import { anyone, answer, errors, ifMatch, json, listOf, problem, queryParameters, ref, schema, uuidParam } from '../ui/openapi-parts.ts';

const at = z.string().describe('ISO 8601 date and time');
const answerOrUnknown = z.enum([...YES_NO, 'unknown']);

const reportAnswerSchema = z.object({
  id: z.uuid(), reference: z.string(), status: z.enum(REPORT_STATUSES), source: z.enum(REPORT_SOURCES), language: z.enum(UI_LANGUAGES),
  receivedAt: at, whatHappened: z.string(), happenedOn: z.string().optional(), country: z.string().optional(), region: z.string().optional(),
  atRisk: z.string().optional(), organisation: z.string().optional(), immediateDanger: z.enum(DANGER_ANSWERS),
  mayShareWithNetwork: answerOrUnknown, mayPublish: answerOrUnknown, hasContact: z.boolean(),
  firstTriagedAt: at.optional(), triagedBy: z.string().optional(), note: z.string().optional(), caseId: z.string().optional(),
  attachments: z.array(z.object({ id: z.uuid(), filename: z.string(), contentType: z.string(), size: z.number().int() })).optional(),
  refusedAttachments: z.array(z.object({ filename: z.string(), size: z.number().int(), reason: z.enum(REFUSAL_REASONS) })).optional(),
  version: z.number().int(),
});
const contactSchema = z.object({ reportId: z.uuid(), reporterName: z.string().optional(), email: z.string().optional(), other: z.string().optional() });

export const intakeSchemas = {
  NewReport: schema(reportSchema),
  Triage: schema(triageSchema),
  ReportReceived: schema(z.object({ reference: z.string(), message: z.string().describe("What happens next, in the reporter's language") }), 'output'),
  Report: schema(reportAnswerSchema, 'output'),
  Reports: listOf('Report', false),
  ReportWithContact: schema(z.object({ report: reportAnswerSchema, contact: contactSchema.optional() }), 'output'),
  ConvertedReport: { type: 'object', required: ['case', 'report'], additionalProperties: false, properties: { case: ref('Case'), report: ref('Report') } },
};

export function intakePaths() {
  const id = uuidParam('id');
  const tags = ['Intake'];
  return {
    '/api/reports': {
      post: {
        operationId: 'reportThreat', tags, security: anyone,
        summary: 'Report a threat (anyone; JSON or a form body); 10 an hour per client; `website` is a honeypot and must stay empty',
        requestBody: { required: true, content: { ...json('NewReport'), 'application/x-www-form-urlencoded': { schema: ref('NewReport') } } },
        responses: { 202: answer('Received', 'ReportReceived'), 429: problem, ...errors },
      },
      get: {
        operationId: 'listReports', tags, summary: 'Reports, newest first, optionally of one status (coordinators; audited)',
        parameters: queryParameters(reportListQuerySchema), responses: { 200: answer('The reports', 'Reports'), ...errors },
      },
    },
    '/api/reports/{id}': {
      get: {
        operationId: 'readReport', tags, summary: 'One report and the reporter’s contact details (coordinators; audited), with ETag',
        parameters: [id], responses: { 200: answer('The report', 'ReportWithContact'), ...errors },
      },
      patch: {
        operationId: 'triageReport', tags,
        summary: 'A triage step: in_review, duplicate or declined, with a note (coordinators; If-Match). Declined reports are deleted after the retention period.',
        parameters: [id, ifMatch], requestBody: { required: true, content: json('Triage') },
        responses: { 200: answer('The report, with its new ETag', 'Report'), 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/reports/{id}/attachments/{attachmentId}': {
      get: {
        operationId: 'downloadReportFile', tags,
        summary: 'A file an emailed report brought (coordinators; audited): Content-Disposition attachment and the type checked on arrival; on AWS a 303 to a short-lived presigned link',
        parameters: [id, uuidParam('attachmentId')],
        responses: {
          200: {
            description: 'The file',
            content: Object.fromEntries(['application/pdf', 'image/jpeg', 'image/png'].map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
          },
          303: { description: 'A presigned download link (AWS)' }, ...errors,
        },
      },
    },
    '/api/reports/{id}/case': {
      post: {
        operationId: 'convertReport', tags,
        summary: 'Convert the report into a case (coordinators; If-Match of the report): the body is a CreateCase; the ledger entry carries the reporter’s consent and the report’s reference',
        parameters: [id, ifMatch], requestBody: { required: true, content: json('CreateCase') },
        responses: { 201: answer('The case and the report, with Location of the case', 'ConvertedReport'), 409: problem, 412: problem, 422: problem, 428: problem, ...errors },
      },
    },
  };
}
