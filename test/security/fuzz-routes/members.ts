/** The fuzzed write routes of members (test/security/fuzz-routes.ts orders them). */
import fc from 'fast-check';
import { THEMES } from '#shared/domain/case.ts';
import { decisionSchema, joinRequestSchema } from '#shared/members/join-request.ts';
import { inviteMemberSchema, memberChangesSchema } from '#shared/members/member.schema.ts';
import { UI_LANGUAGES } from '#shared/i18n/languages.ts';
import { humanText } from '../fuzz-kit.ts';
import { type FuzzRoute, country, themes, optional, clean } from './kit.ts';

/** Joining, member management. */
export const joiningAndMemberRows: FuzzRoute[] = [
  {
    name: 'POST /api/join-requests', method: 'POST', schema: joinRequestSchema, as: 'anonymous', rateLimited: true,
    valid: fc.record({
      name: humanText(120), email: fc.emailAddress().filter((e) => e.length < 200 && joinRequestSchema.shape.email.safeParse(e).success),
      role: fc.constantFrom('mp', 'diplomat'), institution: humanText(160), country, message: optional(humanText(1000)),
    }).map(clean),
    path: () => '/api/join-requests',
  },
  // Issue 18: member management. Role and posting are left out of the edits: a diplomat without a
  // posting is refused by a rule beyond the schema (tested in member-management.test.ts).
  {
    name: 'PATCH /api/members/{id}', method: 'PATCH', schema: memberChangesSchema, as: 'coordinator',
    valid: fc.record({
      name: humanText(120), parliament: fc.option(humanText(160), { nil: null }), party: fc.option(humanText(120), { nil: null }),
      committees: fc.array(humanText(120), { maxLength: 5 }), interests: fc.record({ countries: fc.uniqueArray(country, { maxLength: 4 }), themes: fc.uniqueArray(fc.constantFrom(...THEMES), { maxLength: 4 }) }),
      active: fc.boolean(),
    }, { requiredKeys: [] }),
    path: async (ctx) => `/api/members/${await ctx.spareMember()}`,
    headers: async () => ({ 'if-match': '"1"' }),
    ownTarget: true,
  },
  {
    name: 'POST /api/members', method: 'POST', schema: inviteMemberSchema, as: 'coordinator',
    valid: fc.record({
      email: fc.uuid().map((id) => `invited-${id}@example.org`), name: humanText(120), role: fc.constantFrom('mp', 'coordinator'),
      party: optional(humanText(120)), country: optional(country), language: optional(fc.constantFrom(...UI_LANGUAGES)),
    }).map(clean),
    path: () => '/api/members',
  },
];

/** Decisions on join requests. */
export const joinDecisionRows: FuzzRoute[] = [
  {
    name: 'POST /api/join-requests/{id}/reject', method: 'POST', schema: decisionSchema, as: 'coordinator',
    valid: fc.record({ reason: humanText(500) }),
    path: async (ctx) => `/api/join-requests/${await ctx.pendingJoinRequest()}/reject`,
  },
];
