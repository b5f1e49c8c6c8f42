/**
 * JSON API for the network itself, declared once: members, join requests, and the case exports.
 * The `createRoute` configs below validate the request, type the handlers and write the
 * operations of `/api/openapi.json` (web/ui/openapi-route.ts). Roles and rules live in the use
 * cases; this file only translates HTTP.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireRole } from '#shared/access/roles.ts';
import { exportCases } from '#shared/cases/export.ts';
import { caseListQuerySchema } from '#shared/domain/case.ts';
import { decisionSchema, joinRequestSchema } from '#shared/members/join-request.ts';
import { approveJoinRequest, joinListQuerySchema, listJoinRequests, rejectJoinRequest, submitJoinRequest } from '#shared/members/join.ts';
import { getMemberDetail, inviteMember, updateMember } from '#shared/members/manage-members.ts';
import { inviteMemberSchema, memberChangesSchema } from '#shared/members/member.schema.ts';
import { listMembers } from '#shared/members/member-lists.ts';
import { etagOf } from '#shared/writes/versions.ts';
import type { WebDeps } from '../env.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { anyone, errors, listOf, problem, schema } from '../ui/openapi-parts.ts';
import { acceptedSchema, apiApp, ifMatchHeader, jsonAnswer, jsonBody, jsonRequest, openApiPart, pathId, session } from '../ui/openapi-route.ts';
import { joinRequestAnswerSchema, memberDetailSchema, memberSchema } from './member-answers.ts';


const membersQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(100) }).strict();
/** The case list's filters; the page size is the export's own, `lang` the labels' language. */
const exportQuery = caseListQuerySchema.omit({ limit: true }).extend({
  limit: z.string().optional().describe('Ignored: each file holds up to 100 cases'),
  lang: z.string().optional().describe("The labels' language (as the pages' language switcher)"),
});

const tags = ['Members'];
const joining = ['Joining'];
const exportTags = ['Exports'];
const params = z.object({ id: pathId() });
const detailAnswer = (description: string) => jsonAnswer(description, 'MemberDetail', memberDetailSchema);
const decidedAnswer = jsonAnswer('The decided request', 'JoinRequestAnswer', joinRequestAnswerSchema);

const listRoute = createRoute({
  method: 'get', path: '/api/members', operationId: 'listMembers', tags, security: session,
  summary: 'Members by name (coordinators)',
  request: { query: membersQuery },
  responses: { 200: jsonAnswer('The members', 'MemberList', z.object({ items: z.array(memberSchema) }), listOf('Member', false)), ...errors },
});

const inviteRoute = createRoute({
  method: 'post', path: '/api/members', operationId: 'inviteMember', tags, security: session,
  summary: 'Invite one person directly (coordinators): the member is created and emailed a sign-in link in their language; 409 when the address is already a member',
  middleware: [jsonBody],
  request: { body: jsonRequest('InviteMember', inviteMemberSchema) },
  responses: { 201: detailAnswer('The member, with Location and ETag'), 409: problem, ...errors },
});

const readRoute = createRoute({
  method: 'get', path: '/api/members/{id}', operationId: 'getMember', tags, security: session,
  summary: 'One member as coordinators manage them: role, parliament, party, committees, posting, interests, active (coordinators), with ETag',
  request: { params },
  responses: { 200: detailAnswer('The member, with ETag'), ...errors },
});

const updateRoute = createRoute({
  method: 'patch', path: '/api/members/{id}', operationId: 'updateMember', tags, security: session,
  summary: 'Edit a member (coordinators; If-Match): name, role, parliament, party, committees, posting, interests, active. Deactivating ends their sessions and calendar feeds at once and takes them out of rosters, alerts and digests',
  middleware: [jsonBody],
  request: { params, headers: z.object({ 'If-Match': ifMatchHeader }), body: jsonRequest('MemberChanges', memberChangesSchema) },
  responses: { 200: detailAnswer('The member, with its new ETag'), 409: problem, 412: problem, 428: problem, ...errors },
});

const askRoute = createRoute({
  method: 'post', path: '/api/join-requests', operationId: 'askToJoin', tags: joining, security: anyone,
  summary: 'Ask to join (public, rate-limited; same answer for members and non-members)',
  middleware: [jsonBody],
  request: { body: jsonRequest('JoinRequest', joinRequestSchema) },
  responses: { 202: jsonAnswer('Accepted', 'Accepted', acceptedSchema), 429: problem, ...errors },
});

const requestsRoute = createRoute({
  method: 'get', path: '/api/join-requests', operationId: 'listJoinRequests', tags: joining, security: session,
  summary: 'Join requests by status (coordinators)',
  request: { query: joinListQuerySchema },
  responses: { 200: jsonAnswer('The requests', 'JoinRequestList', z.object({ items: z.array(joinRequestAnswerSchema) }), listOf('JoinRequestAnswer', false)), ...errors },
});

const approveRoute = createRoute({
  method: 'post', path: '/api/join-requests/{id}/approve', operationId: 'approveJoinRequest', tags: joining, security: session,
  summary: 'Approve: create the member and email an invitation',
  request: { params },
  responses: { 200: decidedAnswer, 409: problem, ...errors },
});

const rejectRoute = createRoute({
  method: 'post', path: '/api/join-requests/{id}/reject', operationId: 'rejectJoinRequest', tags: joining, security: session,
  summary: 'Reject a request',
  middleware: [jsonBody],
  request: { params, body: jsonRequest('Decision', decisionSchema) },
  responses: { 200: decidedAnswer, 409: problem, ...errors },
});

// A binary answer: the file, typed by its media type, and `Link: <…>; rel="next"` when more cases follow.
const csvRoute = createRoute({
  method: 'get', path: '/api/exports/cases.csv', operationId: 'exportCasesCsv', tags: exportTags, security: session,
  summary: "CSV export of the case list (coordinators; audited; no sensitive fields). UTF-8 with a byte-order mark (Excel); beside each code column its label in the requester's language (countryName, themeLabels, riskStatusLabels, visibilityLabel, stateLabel); the list's filters, and lang for the labels; Link rel=next when more",
  request: { query: exportQuery },
  responses: { 200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } }, ...errors },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const membersRoutes = [listRoute, inviteRoute, readRoute, updateRoute, askRoute, requestsRoute, approveRoute, rejectRoute, csvRoute];
/** The network's part of `/api/openapi.json`; a member of the list is a named component of its own. */
export function membersOpenApi() {
  const { paths, schemas } = openApiPart(membersRoutes);
  return { paths, schemas: { ...schemas, Member: schema(memberSchema, 'output') } };
}

export function networkApi(deps: WebDeps) {
  return apiApp()
    .openapi(listRoute, async (c) => {
      requireRole(c.get('viewer'), 'coordinator');
      return c.json({ items: await listMembers(deps, c.get('viewer'), c.req.valid('query').limit) }, 200);
    })

    .openapi(inviteRoute, async (c) => {
      const member = await inviteMember(deps, c.get('viewer'), c.req.valid('json'));
      c.header('Location', `/api/members/${member.id}`);
      c.header('ETag', etagOf(member));
      return c.json(member, 201);
    })

    .openapi(readRoute, async (c) => {
      const member = await getMemberDetail(deps, c.get('viewer'), c.req.valid('param').id);
      c.header('ETag', etagOf(member));
      return c.json(member, 200);
    })

    .openapi(updateRoute, async (c) => {
      const member = await updateMember(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('header')['If-Match'], c.req.valid('json'));
      c.header('ETag', etagOf(member));
      return c.json(member, 200);
    })

    .openapi(askRoute, async (c) => {
      await submitJoinRequest(deps, c.req.valid('json'), clientAddress(c), c.get('i18n').language);
      return c.json({ message: c.get('i18n').t('members.join.accepted') }, 202);
    })

    .openapi(requestsRoute, async (c) => c.json(await listJoinRequests(deps, c.get('viewer'), c.req.valid('query')), 200))

    .openapi(approveRoute, async (c) => c.json(await approveJoinRequest(deps, c.get('viewer'), c.req.valid('param').id), 200))

    .openapi(rejectRoute, async (c) => c.json(await rejectJoinRequest(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('json')), 200))

    .openapi(csvRoute, async (c) => {
      const result = await exportCases(deps, c.get('viewer'), c.req.query(), c.get('i18n'));
      c.header('Content-Disposition', 'attachment; filename="tandem-cases.csv"');
      c.header('Cache-Control', 'private, no-store');
      if (result.nextCursor) c.header('Link', `</api/exports/cases.csv?cursor=${encodeURIComponent(result.nextCursor)}>; rel="next"`);
      return c.body(result.csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    });
}
