/** The fuzzed write routes of case safety (test/security/fuzz-routes.ts orders them). */
import fc from 'fast-check';
import { CONSENT_BASES, visibilityChangeSchema } from '#shared/domain/case.ts';
import { sensitiveFieldsSchema } from '#shared/domain/sensitive.ts';
import { pauseSchema } from '#shared/case-safety/consent.ts';
import { clearanceSchema } from '#shared/case-safety/public-action-clearance.ts';
import { humanText } from '../fuzz-kit.ts';
import { type FuzzRoute, optional, clean, ifMatch } from './kit.ts';

/** Visibility, clearance of public action, pause. */
export const visibilityRows: FuzzRoute[] = [
  {
    name: 'PUT /api/cases/{id}/visibility', method: 'PUT', schema: visibilityChangeSchema, as: 'coordinator',
    valid: fc.record({ visibility: fc.constantFrom('public', 'network', 'restricted'), basis: fc.constantFrom(...CONSENT_BASES), note: optional(humanText(1000)) }).map(clean),
    path: (ctx) => `/api/cases/${ctx.caseId}/visibility`, headers: ifMatch((ctx) => ctx.caseEtag()),
  },
  {
    name: 'PUT /api/cases/{id}/public-action-clearance', method: 'PUT', schema: clearanceSchema, as: 'coordinator',
    valid: fc.record({ cleared: fc.boolean(), basis: fc.constantFrom(...CONSENT_BASES), note: optional(humanText(1000)) }).map(clean),
    path: (ctx) => `/api/cases/${ctx.networkCaseId}/public-action-clearance`, headers: ifMatch((ctx) => ctx.networkCaseEtag()),
  },
  {
    name: 'POST /api/cases/{id}/pause', method: 'POST', schema: pauseSchema, as: 'coordinator',
    valid: fc.record({ reason: humanText(1000), basis: fc.constantFrom(...CONSENT_BASES) }), path: (ctx) => `/api/cases/${ctx.caseId}/pause`,
  },
];

/** Sensitive fields. */
export const sensitiveRows: FuzzRoute[] = [
  {
    name: 'PUT /api/cases/{id}/sensitive', method: 'PUT', schema: sensitiveFieldsSchema, as: 'coordinator',
    valid: fc.record({ contactDetails: humanText(2000), exactLocation: humanText(500), legalNotes: humanText(4000), riskAccount: humanText(4000) }, { requiredKeys: [] }),
    path: (ctx) => `/api/cases/${ctx.caseId}/sensitive`, headers: ifMatch((ctx) => ctx.sensitiveEtag()),
  },
];
