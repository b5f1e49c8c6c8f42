/** The fuzzed write routes of pledges (test/security/fuzz-routes.ts orders them). */
import fc from 'fast-check';
import { PARLIAMENTARY_ACTIONS } from '#shared/domain/parliamentary-actions.ts';
import { createPledgeSchema, updatePledgeSchema } from '#shared/pledges/pledge.schema.ts';
import { editActionSchema, newActionSchema, verificationSchema } from '#shared/pledges/action.schema.ts';
import { humanText } from '../fuzz-kit.ts';
import { type FuzzRoute, optional, date, pastDate, clean, ifMatch, actions, httpsLink } from './kit.ts';

/** Pledges and logged actions. */
export const pledgeRows: FuzzRoute[] = [
  {
    name: 'POST /api/cases/{id}/pledges', method: 'POST', schema: createPledgeSchema, as: 'mp',
    valid: fc.record({ actions, note: optional(humanText(1000)), twin: optional(fc.boolean()) }).map(clean),
    path: async (ctx) => `/api/cases/${await ctx.freshCase()}/pledges`,
  },
  {
    name: 'PATCH /api/cases/{id}/pledges/{memberId}', method: 'PATCH', schema: updatePledgeSchema, as: 'mp',
    valid: fc.record({ actions, note: fc.option(humanText(1000), { nil: null }), twin: fc.boolean() }, { requiredKeys: [] }).filter((v) => Object.keys(v).length > 0),
    path: (ctx) => `/api/cases/${ctx.caseId}/pledges/${ctx.mpId}`, headers: ifMatch((ctx) => ctx.pledgeEtag()),
  },
  {
    name: 'POST /api/cases/{id}/actions', method: 'POST', schema: newActionSchema, as: 'mp',
    valid: fc.record({
      type: fc.constantFrom(...PARLIAMENTARY_ACTIONS), date: pastDate, description: humanText(2000), evidenceUrl: optional(httpsLink), public: optional(fc.boolean()),
    }).map(clean),
    path: (ctx) => `/api/cases/${ctx.caseId}/actions`,
  },
  {
    name: 'PATCH /api/cases/{id}/actions/{actionId}', method: 'PATCH', schema: editActionSchema, as: 'mp',
    valid: fc.record({ description: humanText(2000), evidenceUrl: fc.option(httpsLink, { nil: null }), public: fc.boolean() }, { requiredKeys: [] }).filter((v) => Object.keys(v).length > 0),
    path: (ctx) => `/api/cases/${ctx.caseId}/actions/${ctx.actionId}`, headers: ifMatch((ctx) => ctx.actionEtag()),
  },
  {
    name: 'PUT /api/cases/{id}/actions/{actionId}/verification', method: 'PUT', schema: verificationSchema, as: 'coordinator',
    valid: fc.oneof(
      fc.record({ state: fc.constant('verified'), note: optional(humanText(1000)) }).map(clean),
      fc.record({ state: fc.constant('needs_more_info'), note: humanText(1000) }),
    ),
    path: (ctx) => `/api/cases/${ctx.caseId}/actions/${ctx.actionId}/verification`, headers: ifMatch((ctx) => ctx.actionEtag()),
  },
];
