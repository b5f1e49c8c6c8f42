/** The coordinators' confirmation page to delete a file, and its button (the API's DELETE, as a form). */
import { Hono } from 'hono';
import { attachmentToDelete, deleteAttachment } from '#shared/attachments/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import { AttachmentDeletePage } from './attachment-delete-page.tsx';
import { filesOf } from './upload-form.ts';

export function attachmentDeletePages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.get('/cases/:id/attachments/:attachmentId/delete', async (c) => {
    const signIn = signInFirst(c);
    if (signIn) return signIn;
    const viewer = c.get('viewer');
    const { attachment, bundle } = await attachmentToDelete(deps, viewer, c.req.param('id'), c.req.param('attachmentId'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(<AttachmentDeletePage viewer={viewer} bundle={bundle} attachment={attachment} />);
  });

  app.post('/cases/:id/attachments/:attachmentId/delete', async (c) => {
    const attachment = await deleteAttachment(deps, filesOf(deps), c.get('viewer'), c.req.param('id'), c.req.param('attachmentId'));
    return c.redirect(`/cases/${attachment.caseId}#attachments`, 303);
  });

  return app;
}
