/**
 * The OpenAPI part for the network: members as coordinators manage them, join requests, and the
 * case exports. Spread into the document in `web/openapi/openapi.ts`.
 */
import { z } from 'zod';
import { ROLES } from '#shared/domain/member.ts';
import { UI_LANGUAGES } from '#shared/i18n/languages.ts';
import { JOIN_ROLES, JOIN_STATUSES, decisionSchema, joinRequestSchema } from '#shared/members/join-request.ts';
import { interestsSchema, inviteMemberSchema, memberChangesSchema } from '#shared/members/member.schema.ts';
import { joinListQuerySchema } from '#shared/members/join.ts';
import { anyone, answer, errors, ifMatch, json, listOf, problem, queryParameters, schema, uuidParam } from '../ui/openapi-parts.ts';

const at = z.string().describe('ISO 8601 date and time');

/** A member as the store keeps it (the list). */
const memberSchema = z.object({
  id: z.uuid(), email: z.string(), name: z.string(), role: z.enum(ROLES),
  parliament: z.string().optional(), party: z.string().optional(), committees: z.array(z.string()).optional(),
  mission: z.string().optional(), country: z.string().optional(), active: z.boolean().optional(), deactivatedAt: at.optional(),
  uiLanguage: z.enum(UI_LANGUAGES).optional(), timeZone: z.string().optional(), createdAt: at, version: z.number().int(),
  preferences: z.looseObject({}).optional().describe('What the member saved of their digest and notification preferences (GET /api/me/preferences gives them with the defaults)'),
});

/** A member as coordinators manage them (`getMemberDetail`). */
const memberDetailSchema = z.object({
  id: z.uuid(), email: z.string(), name: z.string(), role: z.enum(ROLES),
  parliament: z.string().optional(), party: z.string().optional(), committees: z.array(z.string()),
  country: z.string().optional(), mission: z.string().optional(), interests: interestsSchema,
  active: z.boolean(), deactivatedAt: at.optional(), createdAt: at, version: z.number().int(),
});

const joinRequestAnswerSchema = z.object({
  id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(JOIN_ROLES), institution: z.string(), country: z.string(),
  message: z.string().optional(), interests: interestsSchema.optional(),
  status: z.enum(JOIN_STATUSES), createdAt: at, decidedAt: at.optional(), decidedBy: z.string().optional(),
  outcome: z.enum(['member_created', 'already_member']).optional(), language: z.enum(UI_LANGUAGES).optional(),
  reason: z.string().optional(), version: z.number().int(),
});

const membersQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(100).default(100) });

export const membersSchemas = {
  JoinRequest: schema(joinRequestSchema),
  Decision: schema(decisionSchema),
  InviteMember: schema(inviteMemberSchema),
  MemberChanges: schema(memberChangesSchema),
  Member: schema(memberSchema, 'output'),
  MemberList: listOf('Member', false),
  MemberDetail: schema(memberDetailSchema, 'output'),
  JoinRequestAnswer: schema(joinRequestAnswerSchema, 'output'),
  JoinRequestList: listOf('JoinRequestAnswer', false),
  Accepted: schema(z.object({ message: z.string().describe("What happens next, in the caller's language") }), 'output'),
};

export function membersPaths() {
  const id = uuidParam('id');
  const tags = ['Members'];
  const joining = ['Joining'];
  const exportTags = ['Exports'];
  return {
    '/api/members': {
      get: { operationId: 'listMembers', tags, summary: 'Members by name (coordinators)', parameters: queryParameters(membersQuerySchema), responses: { 200: answer('The members', 'MemberList'), ...errors } },
      post: {
        operationId: 'inviteMember', tags,
        summary: 'Invite one person directly (coordinators): the member is created and emailed a sign-in link in their language; 409 when the address is already a member',
        requestBody: { required: true, content: json('InviteMember') },
        responses: { 201: answer('The member, with Location and ETag', 'MemberDetail'), 409: problem, ...errors },
      },
    },
    '/api/members/{id}': {
      get: {
        operationId: 'getMember', tags,
        summary: 'One member as coordinators manage them: role, parliament, party, committees, posting, interests, active (coordinators), with ETag',
        parameters: [id], responses: { 200: answer('The member, with ETag', 'MemberDetail'), ...errors },
      },
      patch: {
        operationId: 'updateMember', tags,
        summary: 'Edit a member (coordinators; If-Match): name, role, parliament, party, committees, posting, interests, active. Deactivating ends their sessions and calendar feeds at once and takes them out of rosters, alerts and digests',
        parameters: [id, ifMatch], requestBody: { required: true, content: json('MemberChanges') },
        responses: { 200: answer('The member, with its new ETag', 'MemberDetail'), 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/join-requests': {
      post: {
        operationId: 'askToJoin', tags: joining, security: anyone,
        summary: 'Ask to join (public, rate-limited; same answer for members and non-members)',
        requestBody: { required: true, content: json('JoinRequest') },
        responses: { 202: answer('Accepted', 'Accepted'), 429: problem, ...errors },
      },
      get: {
        operationId: 'listJoinRequests', tags: joining, summary: 'Join requests by status (coordinators)',
        parameters: queryParameters(joinListQuerySchema), responses: { 200: answer('The requests', 'JoinRequestList'), ...errors },
      },
    },
    '/api/join-requests/{id}/approve': {
      post: { operationId: 'approveJoinRequest', tags: joining, summary: 'Approve: create the member and email an invitation', parameters: [id], responses: { 200: answer('The decided request', 'JoinRequestAnswer'), 409: problem, ...errors } },
    },
    '/api/join-requests/{id}/reject': {
      post: {
        operationId: 'rejectJoinRequest', tags: joining, summary: 'Reject a request', parameters: [id],
        requestBody: { required: true, content: json('Decision') }, responses: { 200: answer('The decided request', 'JoinRequestAnswer'), 409: problem, ...errors },
      },
    },
    '/api/exports/cases.csv': {
      get: {
        operationId: 'exportCasesCsv', tags: exportTags,
        summary: "CSV export of the case list (coordinators; audited; no sensitive fields). UTF-8 with a byte-order mark (Excel); beside each code column its label in the requester's language (countryName, themeLabels, riskStatusLabels, visibilityLabel, stateLabel); the list's filters, and lang for the labels; Link rel=next when more",
        responses: { 200: { description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } }, ...errors },
      },
    },
  };
}
