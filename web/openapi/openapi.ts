/**
 * The OpenAPI 3.1 document for the JSON API, gathered from each feature's part:
 * generated from the `createRoute` declarations of the slices converted so far
 * (web/ui/openapi-route.ts), written by hand in `web/<feature>/<feature>.openapi.ts`
 * for the others. Requests are described by the same zod
 * schemas that validate them, answers by zod schemas of what the routes send
 * (zod 4's JSON Schema output), so the contract test (test/setup/contract.ts)
 * can hold every answer the suite receives to the document.
 */
import { alertsOpenApi } from '../alerts/index.ts';
import { apiDocsPaths } from '../api-docs/index.ts';
import { attachmentsOpenApi } from '../attachments/index.ts';
import { authOpenApi } from '../auth/index.ts';
import { caseSafetyOpenApi } from '../case-safety/index.ts';
import { calendarOpenApi } from '../calendar/index.ts';
import { casesOpenApi } from '../cases/index.ts';
import { correctionsOpenApi } from '../corrections/index.ts';
import { coverageOpenApi } from '../coverage/index.ts';
import { digestsOpenApi } from '../digests/index.ts';
import { importsOpenApi } from '../imports/index.ts';
import { intakeOpenApi } from '../intake/index.ts';
import { membersOpenApi } from '../members/index.ts';
import { missionsOpenApi } from '../missions/index.ts';
import { pledgesOpenApi } from '../pledges/index.ts';
import { proceedingsOpenApi } from '../proceedings/index.ts';
import { riskOpenApi } from '../risk/index.ts';
// B4: the XLSX export as a job.
import { exportsOpenApi } from '../exports/index.ts';
import { anyone, answer } from '../ui/openapi-parts.ts';

/** RFC 9457 problem details, as `web/middleware/problem.tsx` writes them. */
const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  additionalProperties: false,
  properties: {
    type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      description: 'One per field refused, in the caller\'s language',
      items: {
        type: 'object', required: ['path', 'message'], additionalProperties: false,
        properties: { path: { type: 'string' }, message: { type: 'string' }, code: { type: 'string', description: "zod's issue code" } },
      },
    },
  },
};

/** The operations' groups, in the order a reader meets them; each slice tags its operations with these names. */
const tags = [
  { name: 'Documentation', description: 'This document' },
  { name: 'Sign-in', description: 'One-time links by email, sessions, the signed-in member' },
  { name: 'Cases', description: "Defenders' cases, each visible as its defender consented" },
  { name: 'Case safety', description: 'Visibility and its consent ledger, pauses, clearance of public action, sensitive fields' },
  { name: 'Timeline', description: "A case's dated events, hearings among them" },
  { name: 'Audit', description: 'Who did what, per case and per member (coordinators)' },
  { name: 'Risk analysis', description: "A case's threats, vulnerabilities, capacities and level (coordinators)" },
  { name: 'Pledges', description: "MPs' adoptions and twinning" },
  { name: 'Logged actions', description: 'What MPs did for a defender, co-signatures, verification' },
  { name: 'Missions', description: 'Requests to the EU missions in a country, their actions, the gap view' },
  { name: 'Calendar', description: 'Hearings, observers and private calendar feeds' },
  { name: 'Proceedings', description: 'Proceedings at international bodies' },
  { name: 'Alerts', description: 'Urgent alerts to the members concerned, and their answers' },
  { name: 'Attachments', description: 'Files on a case, its events and logged actions' },
  { name: 'Intake', description: 'Reports of threats from the public and partners, and their triage' },
  { name: 'Members', description: 'The network as coordinators manage it' },
  { name: 'Joining', description: 'Requests to join the network' },
  { name: 'Preferences', description: "A member's digest, notification, language and time zone choices" },
  { name: 'Digests', description: 'The weekly digest: previews, test sends, runs' },
  { name: 'Coverage', description: 'Coverage figures (coordinators)' },
  { name: 'Imports', description: 'Cases and members from spreadsheets (coordinators)' },
  { name: 'Exports', description: 'The case list as CSV, or as an XLSX workbook built by a job (coordinators)' },
];

export function openApiDocument(serverUrl: string) {
  // The slices declared with createRoute (web/ui/openapi-route.ts) give paths and schemas together.
  const alerts = alertsOpenApi();
  const risk = riskOpenApi();
  const proceedings = proceedingsOpenApi();
  const cases = casesOpenApi();
  const corrections = correctionsOpenApi();
  const caseSafety = caseSafetyOpenApi();
  const members = membersOpenApi();
  const pledges = pledgesOpenApi();
  const attachments = attachmentsOpenApi();
  const auth = authOpenApi();
  const coverage = coverageOpenApi();
  const missions = missionsOpenApi();
  const intake = intakeOpenApi();
  const digests = digestsOpenApi();
  const calendar = calendarOpenApi();
  const imports = importsOpenApi();
  const exportJobs = exportsOpenApi();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tandem API', version: '0.1.0',
      description: 'Parliamentary protection of human rights defenders. A case the caller may not see answers 404, as if it did not exist.',
    },
    servers: [{ url: serverUrl }],
    tags,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: '__Host-tandem_session', description: 'The session cookie set by signing in through an emailed link' } },
      schemas: {
        ...auth.schemas,
        ...cases.schemas,
        ...caseSafety.schemas,
        ...corrections.schemas,
        ...members.schemas,
        ...imports.schemas,
        ...digests.schemas,
        ...pledges.schemas,
        ...alerts.schemas,
        ...intake.schemas,
        ...risk.schemas,
        ...missions.schemas,
        ...calendar.schemas,
        ...proceedings.schemas,
        ...coverage.schemas,
        ...attachments.schemas,
        ...exportJobs.schemas,
        Problem: problemSchema,
        OpenApiDocument: {
          type: 'object', description: 'This document', required: ['openapi', 'info', 'paths'],
          properties: { openapi: { type: 'string' }, info: { type: 'object' }, paths: { type: 'object' } },
        },
      },
    },
    security: [{ session: [] }],
    paths: {
      '/api/openapi.json': {
        get: { operationId: 'getOpenApiDocument', tags: ['Documentation'], security: anyone, summary: 'This document', responses: { 200: answer('OpenAPI 3.1', 'OpenApiDocument') } },
      },
      ...apiDocsPaths(),
      ...auth.paths,
      ...cases.paths,
      ...caseSafety.paths,
      ...corrections.paths,
      ...members.paths,
      ...imports.paths,
      ...digests.paths,
      ...pledges.paths,
      ...alerts.paths,
      ...coverage.paths,
      ...intake.paths,
      ...attachments.paths,
      ...risk.paths,
      ...missions.paths,
      ...calendar.paths,
      ...proceedings.paths,
      ...exportJobs.paths,
    },
  };
}
