/**
 * JSON API of case attachments: upload (multipart) and download. Rules live in
 * shared/attachments; this file only speaks HTTP.
 */
import { Hono } from 'hono';
import { attachmentUrl, openAttachment, uploadAttachment } from '#shared/attachments/index.ts';
import { contentDisposition } from '#shared/ports/content-disposition.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { replayed } from '../middleware/replayed.ts';
import { attachmentBodyLimit, filesOf, readUploadForm } from './upload-form.ts';

export function attachmentsApi(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.post('/cases/:id/attachments', attachmentBodyLimit(), async (c) => {
    const files = filesOf(deps);
    const form = await readUploadForm(c);
    const result = await uploadAttachment(deps, files, c.get('viewer'), c.req.param('id'), form, c.req.header('idempotency-key'));
    if (result.replayed) return replayed(c, result);
    c.header('Location', attachmentUrl(result.attachment.caseId, result.attachment.id));
    return c.json({ id: result.attachment.id }, 201);
  });

  app.get('/cases/:id/attachments/:attachmentId', async (c) => {
    const opened = await openAttachment(deps, filesOf(deps), c.get('viewer'), c.req.param('id'), c.req.param('attachmentId'));
    // Never kept by a shared cache, whoever asks: the file is for this member only.
    c.header('Cache-Control', 'private, no-store');
    if ('url' in opened) return c.redirect(opened.url, 302);
    return c.body(opened.blob.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': opened.attachment.contentType,
      'Content-Disposition': contentDisposition(opened.attachment.filename),
      'X-Content-Type-Options': 'nosniff',
      'Content-Length': String(opened.blob.body.byteLength),
    });
  });

  return app;
}
