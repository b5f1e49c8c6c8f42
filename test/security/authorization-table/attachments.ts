/** The authorization matrix's rows for attachments (test/security/authorization-table.ts orders them). */
import { type Row, membersOnly, attachmentForm } from './kit.ts';

/** Files on a case. */
export const attachmentRows: Row[] = [
  // Issue 18: case attachments. Uploads onto the MP's logged action: the MP (its author) and coordinators may,
  // other members may not (403 once signed in); downloads follow the case (404 for who may not see it).
  {
    method: 'POST', route: '/api/cases/:id/attachments', expect: { anonymous: 401, mp: 201, 'another mp': 403, diplomat: 403, coordinator: 201, 'signed-out': 401 },
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/attachments`, body: attachmentForm(ctx.actionId) }),
  },
  { method: 'GET', route: '/api/cases/:id/attachments/:attachmentId', expect: membersOnly(200, 404), call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/attachments/${await ctx.attachmentId()}` }) },
  { method: 'GET', route: '/cases/:id/attachments/new', expect: membersOnly(200, 303) },
  // The upload page's first step answers the second (the file's form) for who may attach to the action.
  {
    method: 'POST', route: '/cases/:id/attachments/new', expect: { anonymous: 401, mp: 200, 'another mp': 403, diplomat: 403, coordinator: 200, 'signed-out': 401 },
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/attachments/new`, body: attachmentForm(ctx.actionId, 'target'), headers: { origin: 'http://localhost' } }),
  },
  // Direct uploads: asking follows the upload rule; completing is for the member who asked (the coordinator here), 404 for any other.
  {
    method: 'POST', route: '/api/cases/:id/attachments/uploads', expect: { anonymous: 401, mp: 201, 'another mp': 403, diplomat: 403, coordinator: 201, 'signed-out': 401 },
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/attachments/uploads`, json: { actionId: ctx.actionId } }),
  },
  {
    method: 'POST', route: '/api/cases/:id/attachments/uploads/:uploadId', expect: { anonymous: 401, mp: 404, 'another mp': 404, diplomat: 404, coordinator: 201, 'signed-out': 401 },
    call: async (ctx) => {
      const upload = await ctx.coordinatorUpload();
      return { path: `/api/cases/${ctx.caseId}/attachments/uploads/${upload.uploadId}`, json: { ticket: upload.ticket, key: upload.key } };
    },
  },
  {
    method: 'GET', route: '/cases/:id/attachments/uploads/:uploadId', expect: { anonymous: 303, mp: 404, 'another mp': 404, diplomat: 404, coordinator: 303, 'signed-out': 303 },
    call: async (ctx, role) => {
      // Visitors are sent to sign in before anything is read; the lock-out sweep calls this row after everyone signed out.
      if (role === 'anonymous' || role === 'signed-out') return { path: `/cases/${ctx.caseId}/attachments/uploads/${ctx.unique()}` };
      const upload = await ctx.coordinatorUpload();
      return { path: `/cases/${ctx.caseId}/attachments/uploads/${upload.uploadId}?${new URLSearchParams({ ticket: upload.ticket, key: upload.key, bucket: 'local' })}` };
    },
  },
  // Deleting a file: coordinators; a member who sees the case and the file gets 403.
  {
    method: 'DELETE', route: '/api/cases/:id/attachments/:attachmentId', expect: { anonymous: 401, mp: 403, 'another mp': 403, diplomat: 403, coordinator: 204, 'signed-out': 401 },
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/attachments/${await ctx.freshAttachment()}` }),
  },
  {
    method: 'GET', route: '/cases/:id/attachments/:attachmentId/delete', expect: { anonymous: 303, mp: 403, 'another mp': 403, diplomat: 403, coordinator: 200, 'signed-out': 303 },
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/attachments/${await ctx.attachmentId()}/delete` }),
  },
  {
    method: 'POST', route: '/cases/:id/attachments/:attachmentId/delete', expect: { anonymous: 401, mp: 403, 'another mp': 403, diplomat: 403, coordinator: 303, 'signed-out': 401 },
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/attachments/${await ctx.freshAttachment()}/delete`, headers: { origin: 'http://localhost' } }),
  },
];
