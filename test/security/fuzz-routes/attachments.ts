/** The fuzzed write routes of attachments (test/security/fuzz-routes.ts orders them). */
import fc from 'fast-check';
import { attachmentFieldsSchema } from '#shared/attachments/index.ts';
import { type FuzzRoute } from './kit.ts';

/** Asking for a direct upload. */
export const attachmentRows: FuzzRoute[] = [
  // Issue 18: asking for a direct upload onto the case (the file itself goes to the store, fuzzed in
  // attachments-fuzz.test.ts through the function; the completion's body is a signed ticket: any change is a 404).
  {
    name: 'POST /api/cases/{id}/attachments/uploads', method: 'POST', schema: attachmentFieldsSchema, as: 'coordinator',
    valid: fc.record({ sensitive: fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 'on')) }, { requiredKeys: [] }),
    path: (ctx) => `/api/cases/${ctx.caseId}/attachments/uploads`,
  },
];
