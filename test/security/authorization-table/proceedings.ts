/** The authorization matrix's rows for proceedings (test/security/authorization-table.ts orders them). */
import { type Row, membersOnly, coordinatorOnCase, roleFirstOnCase } from './kit.ts';

/** Proceedings at international bodies. */
export const proceedingRows: Row[] = [
  // Issue 15: proceedings at international bodies (404 exactly where the case is 404; coordinators write).
  { method: 'GET', route: '/api/cases/:id/proceedings', expect: membersOnly(200, 404) },
  {
    method: 'POST', route: '/api/cases/:id/proceedings', expect: roleFirstOnCase(201, 'coordinator'),
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/proceedings`, json: { internationalBody: 'ecthr', finalDomesticDecisionDate: '2026-10-01' } }),
  },
  {
    method: 'PATCH', route: '/api/cases/:id/proceedings/:proceedingId', expect: roleFirstOnCase(200, 'coordinator'),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/proceedings/${await ctx.proceeding()}`, json: { lodgedDate: '2026-11-02' }, headers: { 'if-match': '"1"' } }),
  },
  { method: 'GET', route: '/cases/:id/proceedings/new', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 } },
  // The communication to the UN Special Rapporteur: coordinators only. The matrix's case is visible to the network, not
  // public, so past the role check its consent rule answers 409 (the 200 and its document: un-sr-communication.test.ts).
  { method: 'GET', route: '/api/cases/:id/communications/un-sr.docx', expect: coordinatorOnCase(409) },
  { method: 'GET', route: '/cases/:id/communications/un-sr', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 } },
  {
    method: 'POST', route: '/cases/:id/proceedings/new', expect: roleFirstOnCase(303, 'coordinator'),
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/proceedings/new`, form: { internationalBody: 'un_hrc', reference: `CCPR ${ctx.unique()}`, idempotencyKey: `matrix-proceeding-${ctx.unique()}` } }),
  },
  {
    method: 'GET', route: '/cases/:id/proceedings/:proceedingId/edit', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 },
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/proceedings/${await ctx.proceeding()}/edit` }),
  },
  {
    method: 'POST', route: '/cases/:id/proceedings/:proceedingId/edit', expect: roleFirstOnCase(303, 'coordinator'),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/proceedings/${await ctx.proceeding()}/edit`, form: { internationalBody: 'ecthr', lodgedDate: '2026-11-03', version: '1' } }),
  },

];
