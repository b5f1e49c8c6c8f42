/**
 * JSON API of case attachments: upload (multipart, through the function: files up to about
 * 4.4 MiB on AWS), the direct upload (ask for a form, send the file to the store, complete it:
 * up to 10 MiB), download and delete. Rules live in shared/attachments; this file only speaks HTTP.
 */
import { Hono } from 'hono';
import {
  attachmentUrl, completeDirectUpload, deleteAttachment, openAttachment, requestDirectUpload, uploadAttachment,
} from '#shared/attachments/index.ts';
import { contentDisposition } from '#shared/ports/content-disposition.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { readJson } from '../middleware/json-body.ts';
import { replayed } from '../middleware/replayed.ts';
import { attachmentBodyLimit, filesOf, readUploadForm } from './upload-form.ts';

const asObject = (body: unknown): Record<string, unknown> => (body && typeof body === 'object' && !Array.isArray(body) ? body as Record<string, unknown> : {});

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

  // No redirect for API clients: the store answers their form with 204.
  app.post('/cases/:id/attachments/uploads', async (c) => {
    const body = await readJson(c);
    const upload = await requestDirectUpload(deps, filesOf(deps), c.get('viewer'), c.req.param('id'), body);
    c.header('Cache-Control', 'private, no-store');
    return c.json({ uploadId: upload.uploadId, ticket: upload.ticket, url: upload.url, fields: upload.fields, expiresAt: upload.expiresAt }, 201);
  });

  app.post('/cases/:id/attachments/uploads/:uploadId', async (c) => {
    const body = asObject(await readJson(c));
    const attachment = await completeDirectUpload(deps, filesOf(deps), c.get('viewer'), c.req.param('id'), c.req.param('uploadId'), { ticket: body.ticket, key: body.key });
    c.header('Location', attachmentUrl(attachment.caseId, attachment.id));
    return c.json({ id: attachment.id }, 201);
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

  app.delete('/cases/:id/attachments/:attachmentId', async (c) => {
    await deleteAttachment(deps, filesOf(deps), c.get('viewer'), c.req.param('id'), c.req.param('attachmentId'));
    return c.body(null, 204);
  });

  return app;
}
