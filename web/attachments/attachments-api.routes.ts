/**
 * API of case attachments, declared once: upload (multipart, through the function: files up to
 * about 4.4 MiB on AWS), the direct upload (ask for a form, send the file to the store, complete
 * it: up to 10 MiB), download and delete. The `createRoute` configs below validate what can be
 * validated before the file is read, type the handlers and write the operations of
 * `/api/openapi.json` (web/ui/openapi-route.ts). Rules live in shared/attachments; this file only
 * speaks HTTP.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ATTACHMENT_TYPES, attachmentFieldsSchema, attachmentUrl, completeDirectUpload, deleteAttachment, openAttachment, requestDirectUpload,
  uploadAttachment,
} from '#shared/attachments/index.ts';
import { contentDisposition } from '#shared/ports/content-disposition.ts';
import { idempotencyKeySchema } from '#shared/writes/idempotency.ts';
import type { WebDeps } from '../env.ts';
import { readJson } from '../middleware/json-body.ts';
import { replayed } from '../middleware/replayed.ts';
import { errors, problem, ref, schema, sessionOptional } from '../ui/openapi-parts.ts';
import { apiApp, binaryFile, jsonAnswer, jsonBody, jsonRequest, openApiPart, pathId, session } from '../ui/openapi-route.ts';
import { attachmentBodyLimit, filesOf, readUploadForm } from './upload-form.ts';

const createdSchema = z.object({ id: z.uuid() });
const asObject = (body: unknown): Record<string, unknown> => (body && typeof body === 'object' && !Array.isArray(body) ? body as Record<string, unknown> : {});
/** What the answer to a direct upload request holds: the form to send the file with, and the ticket to complete it. */
const requestedUploadSchema = z.object({
  uploadId: z.uuid(),
  ticket: z.string().describe('Signed by Tandem: give it back when completing; it binds the upload to this case, this member and this target for an hour'),
  url: z.url().describe('Where to POST the file (multipart/form-data): S3 on AWS, a loopback endpoint locally'),
  fields: z.record(z.string(), z.string()).describe('Send each as a form field, in order, before the file (field `file`, last); `key` ends with ${filename}, which the store replaces with the file\'s name'),
  expiresAt: z.string().describe('ISO 8601: the form is refused after this moment (10 minutes)'),
});
/**
 * The completion's body, documented only: the use case reads it, so a missing or altered ticket
 * answers 404 like anyone else's (the ticket is the caller's proof), not 400.
 */
const completionSchema = z.object({
  ticket: z.string(),
  key: z.string().describe('The key the file was stored under: the form\'s `key` with ${filename} replaced by the file\'s name'),
}).strict();

/**
 * The upload's form, documented only: its fields are checked by the use case once the file is
 * read (a missing file and fields at fault in one answer), and a body that is not a form gets the
 * project's 415, not the library's.
 */
const uploadForm = {
  type: 'object' as const, required: ['file'], additionalProperties: false,
  properties: {
    file: binaryFile,
    eventId: { type: 'string' as const, format: 'uuid', description: 'a timeline event of this case' },
    actionId: { type: 'string' as const, format: 'uuid', description: 'a logged action or mission action of this case' },
    sensitive: { type: 'boolean' as const, description: 'coordinators only may download it' },
  },
};
/** A download is the file itself, with the type detected from its content when it was stored. */
const fileTypes = Object.fromEntries(Object.keys(ATTACHMENT_TYPES).map((type) => [type, { schema: binaryFile }]));

const tags = ['Attachments'];
const caseParams = z.object({ id: pathId('The case') });
const attachmentParams = caseParams.extend({ attachmentId: pathId('The attachment') });
const created = jsonAnswer('Stored, with Location', 'AttachmentCreated', createdSchema);

const attachRoute = createRoute({
  method: 'post', path: '/api/cases/{id}/attachments', operationId: 'attachFile', tags, security: session,
  summary: 'Attach a file (PDF, JPEG, PNG, DOCX or ODT, from its content; at most 10 MiB, though on AWS a body through the function holds about 4.4 MiB: larger files use the direct upload). Coordinators: to the case, an event or any action; an MP or a diplomat: to an action they logged. Images are stored without their metadata. Optional Idempotency-Key',
  middleware: [attachmentBodyLimit()],
  request: {
    params: caseParams,
    headers: z.object({ 'Idempotency-Key': idempotencyKeySchema.optional() }),
    body: { required: true, content: { 'multipart/form-data': { schema: uploadForm } } },
  },
  responses: { 201: created, 409: problem, 422: problem, ...errors },
});

// No redirect for API clients: the store answers their form with 204.
const requestUploadRoute = createRoute({
  method: 'post', path: '/api/cases/{id}/attachments/uploads', operationId: 'requestDirectUpload', tags, security: session,
  summary: 'Ask for a direct upload of up to 10 MiB: a presigned POST form into the quarantine prefix (1 byte to 10 MiB, valid 10 minutes) and a ticket. The same rights as an upload through the function. Send the file to `url` with `fields`, then complete the upload',
  middleware: [jsonBody],
  request: { params: caseParams, body: jsonRequest('AttachmentTarget', attachmentFieldsSchema) },
  responses: { 201: jsonAnswer('The form and the ticket', 'DirectUploadRequested', requestedUploadSchema), ...errors },
});

const completeUploadRoute = createRoute({
  method: 'post', path: '/api/cases/{id}/attachments/uploads/{uploadId}', operationId: 'completeDirectUpload', tags, security: session,
  summary: 'Complete a direct upload: the file is checked as an upload through the function is (its type from its content, images without metadata), filed and audited; the quarantined copy is deleted, also when the file is refused (415, 413). 404 for anyone but the member who asked, for another case, or a ticket that is altered or over an hour old; 409 when there is nothing left to complete (done already)',
  middleware: [jsonBody],
  request: {
    params: caseParams.extend({ uploadId: pathId('The upload, as the request for it answered') }),
    body: { required: true, content: { 'application/json': { schema: ref('DirectUploadCompletion') } } },
  },
  responses: { 201: created, 409: problem, ...errors },
});

const downloadRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/attachments/{attachmentId}', operationId: 'downloadAttachment', tags, security: sessionOptional,
  summary: 'Download an attachment (Content-Disposition: attachment; on AWS a 302 to a presigned link valid for 60 s); every download is audited; 404 for whoever may not see the case or the attachment',
  request: { params: attachmentParams },
  responses: {
    200: { description: 'The file, as the type detected from its content when it was stored', content: fileTypes },
    302: { description: 'A presigned link to the file' }, 400: problem, 404: problem, 500: problem, 503: problem,
  },
});

const deleteRoute = createRoute({
  method: 'delete', path: '/api/cases/{id}/attachments/{attachmentId}', operationId: 'deleteAttachment', tags, security: session,
  summary: 'Delete an attachment (coordinators): the file and its record, audited. Attachments are never edited, so no If-Match: a second deletion is a 404. 404 for whoever may not see the case or the attachment, 403 for a member who may',
  request: { params: attachmentParams },
  responses: { 204: { description: 'Deleted' }, 400: problem, 401: problem, 403: problem, 404: problem, 500: problem, 503: problem },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const attachmentsRoutes = [attachRoute, requestUploadRoute, completeUploadRoute, downloadRoute, deleteRoute];
/** The attachments' part of `/api/openapi.json`, with the completion's body, which no validator names. */
export function attachmentsOpenApi() {
  const { paths, schemas } = openApiPart(attachmentsRoutes);
  return { paths, schemas: { ...schemas, DirectUploadCompletion: schema(completionSchema) } };
}

export function attachmentsApi(deps: WebDeps) {
  return apiApp()
    .openapi(attachRoute, async (c) => {
      const files = filesOf(deps);
      const form = await readUploadForm(c);
      const result = await uploadAttachment(deps, files, c.get('viewer'), c.req.valid('param').id, form, c.req.valid('header')['Idempotency-Key']);
      if (result.replayed) return replayed<z.output<typeof createdSchema>>(c, result);
      c.header('Location', attachmentUrl(result.attachment.caseId, result.attachment.id));
      return c.json({ id: result.attachment.id }, 201);
    })

    .openapi(requestUploadRoute, async (c) => {
      const upload = await requestDirectUpload(deps, filesOf(deps), c.get('viewer'), c.req.valid('param').id, c.req.valid('json'));
      c.header('Cache-Control', 'private, no-store');
      return c.json({ uploadId: upload.uploadId, ticket: upload.ticket, url: upload.url, fields: upload.fields, expiresAt: upload.expiresAt }, 201);
    })

    .openapi(completeUploadRoute, async (c) => {
      const { id, uploadId } = c.req.valid('param');
      const body = asObject(await readJson(c));
      const attachment = await completeDirectUpload(deps, filesOf(deps), c.get('viewer'), id, uploadId, { ticket: body.ticket, key: body.key });
      c.header('Location', attachmentUrl(attachment.caseId, attachment.id));
      return c.json({ id: attachment.id }, 201);
    })

    .openapi(downloadRoute, async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      const opened = await openAttachment(deps, filesOf(deps), c.get('viewer'), id, attachmentId);
      // Never kept by a shared cache, whoever asks: the file is for this member only.
      c.header('Cache-Control', 'private, no-store');
      if ('url' in opened) return c.redirect(opened.url, 302);
      return c.body(opened.blob.body as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': opened.attachment.contentType,
        'Content-Disposition': contentDisposition(opened.attachment.filename),
        'X-Content-Type-Options': 'nosniff',
        'Content-Length': String(opened.blob.body.byteLength),
      });
    })

    .openapi(deleteRoute, async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      await deleteAttachment(deps, filesOf(deps), c.get('viewer'), id, attachmentId);
      return c.body(null, 204);
    });
}
