/** JSON API of intake: anyone reports (JSON or a form body); coordinators list, read and triage. */
import { Hono, type Context } from 'hono';
import { convertReport, downloadReportAttachment, listReports, readReport, submitReport, triageReport } from '#shared/intake/index.ts';
import { etagOf } from '#shared/writes/versions.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { readJson } from '../middleware/json-body.ts';
import { formObject } from '../ui/form-fields.tsx';

/** A report may come as JSON or as a plain form post (a partner's own form, a script without JSON). */
async function reportBody(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return formObject(await c.req.parseBody());
  return readJson(c);
}

/** `attachment` with an ASCII fallback name and the UTF-8 one (RFC 6266, RFC 5987). */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

export function intakeApi(deps: WebDeps) {
  return new Hono<AppEnv>()
    .post('/reports', async (c) => {
      const { language, t } = c.get('i18n');
      const { reference } = await submitReport(deps, await reportBody(c), clientAddress(c), language);
      return c.json({ reference, message: t('intake.report.accepted', { reference }) }, 202);
    })

    .get('/reports', async (c) => c.json(await listReports(deps, c.get('viewer'), c.req.query())))

    .get('/reports/:id', async (c) => {
      const found = await readReport(deps, c.get('viewer'), c.req.param('id'));
      c.header('ETag', etagOf(found.report));
      return c.json(found);
    })

    .patch('/reports/:id', async (c) => {
      const body = await readJson(c);
      const report = await triageReport(deps, c.get('viewer'), c.req.param('id'), c.req.header('if-match'), body, deps.declinedReportRetentionDays);
      c.header('ETag', etagOf(report));
      return c.json(report);
    })

    .get('/reports/:id/attachments/:attachmentId', async (c) => {
      const found = await downloadReportAttachment(deps, deps.files, c.get('viewer'), c.req.param('id'), c.req.param('attachmentId'));
      // On S3, a short-lived presigned link that carries the name and type; locally the app sends the file itself.
      if ('url' in found) return c.redirect(found.url, 303);
      return c.body(found.blob.body as Uint8Array<ArrayBuffer>, 200, {
        // The type the content was checked to be when it arrived, never what a later request suggests.
        'Content-Type': found.attachment.contentType,
        'Content-Disposition': attachmentDisposition(found.attachment.filename),
        'Content-Length': String(found.blob.body.byteLength),
        // Opened by mistake in the browser, a file still runs nothing and reaches nothing.
        'Content-Security-Policy': "sandbox; default-src 'none'",
        'X-Content-Type-Options': 'nosniff',
      });
    })

    .post('/reports/:id/case', async (c) => {
      const body = await readJson(c);
      const converted = await convertReport(deps, c.get('viewer'), c.req.param('id'), c.req.header('if-match'), body);
      c.header('Location', `/api/cases/${converted.case.id}`);
      return c.json(converted, 201);
    });
}
