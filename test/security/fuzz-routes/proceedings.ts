/** The fuzzed write routes of proceedings (test/security/fuzz-routes.ts orders them). */
import { createProceedingSchemaOn } from '#shared/proceedings/proceeding.ts';
import { type FuzzRoute, proceeding } from './kit.ts';

/** Proceedings at international bodies. */
export const proceedingRows: FuzzRoute[] = [
  {
    name: 'POST /api/cases/{id}/proceedings', method: 'POST', schema: createProceedingSchemaOn('2026-11-23'), as: 'coordinator',
    valid: proceeding, path: (ctx) => `/api/cases/${ctx.caseId}/proceedings`,
  },
];
