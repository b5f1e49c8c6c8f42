/**
 * The upload pages (members who may attach a file somewhere on the case). Every upload from a
 * page goes straight to the file store, whatever its size: one path, the same locally and on
 * AWS, and the function never holds a file it did not ask for. First step: what the file hangs
 * on (and "coordinators only"); the answer is the second step, the file's form, made for those
 * choices. The store sends the browser back to the completion address, which checks the file and
 * files it, then goes back to the case; a refused file comes back beside the file field.
 * Downloads are the API route itself: a link on the case page.
 */
import { Hono, type Context } from 'hono';
import { requireMember } from '#shared/access/roles.ts';
import {
  completeDirectUpload, requestDirectUpload, ticketFields, ticketOf, type AttachmentTarget,
} from '#shared/attachments/index.ts';
import type { AttachmentFields } from '#shared/attachments/attachment.ts';
import { getCaseBundle } from '#shared/case-safety/case-bundle.ts';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError, type FieldError } from '#shared/errors/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import { UploadPage, type UploadValues } from './upload-page.tsx';
import { UploadFilePage } from './upload-file-page.tsx';
import { filesOf } from './upload-form.ts';

/** The form's `target` (`event:<id>`, `action:<id>` or empty) as the API's fields. */
function apiFields(fields: Record<string, string>): { values: UploadValues; fields: Record<string, string> } {
  const { target = '', sensitive, ...rest } = fields;
  const [kind, id] = target.split(':', 2);
  const values: UploadValues = { target, sensitive: sensitive === 'true' };
  return {
    values,
    fields: {
      ...rest,
      ...(kind === 'event' && id ? { eventId: id } : {}),
      ...(kind === 'action' && id ? { actionId: id } : {}),
      // Anything else in `target` is named as such, never silently dropped.
      ...(target !== '' && !((kind === 'event' || kind === 'action') && id) ? { target } : {}),
      ...(sensitive !== undefined ? { sensitive } : {}),
    },
  };
}

const fileError = (error: UnsupportedMediaTypeError | PayloadTooLargeError): FieldError => ({
  path: 'file', message: error.message, code: 'custom', ...(error.wording ? { key: error.wording.key, params: error.wording.values } : {}),
});


export function attachmentPages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  const showForm = async (c: Context<AppEnv>, status: 200 | 400, values?: UploadValues, errors?: FieldError[]) => {
    const viewer = requireMember(c.get('viewer'));
    const bundle = await getCaseBundle(deps, viewer, c.req.param('id')!);
    c.header('Cache-Control', 'private, no-store');
    return c.html(<UploadPage viewer={viewer} bundle={bundle} values={values} errors={errors} />, status);
  };

  /** The file's form for these choices: a new upload each time (a refused file's upload is spent). */
  const showFileForm = async (c: Context<AppEnv>, status: 200 | 400 | 413 | 415, fields: Record<string, unknown> | AttachmentFields, errors?: FieldError[]) => {
    const viewer = requireMember(c.get('viewer'));
    const caseId = c.req.param('id')!;
    const upload = await requestDirectUpload(deps, filesOf(deps), viewer, caseId, fields,
      (uploadId, ticket) => `${deps.appUrl}/cases/${caseId}/attachments/uploads/${uploadId}?${new URLSearchParams({ ticket })}`);
    const bundle = await getCaseBundle(deps, viewer, caseId);
    const ticket = ticketOf(deps, viewer, caseId, upload.uploadId, upload.ticket);
    c.header('Cache-Control', 'private, no-store');
    return c.html(<UploadFilePage viewer={viewer} bundle={bundle} upload={upload} target={ticket.target} sensitive={ticket.sensitive} errors={errors} />, status);
  };

  // `?target=action:<id>` comes from the link beside an action: that action is chosen already.
  app.get('/cases/:id/attachments/new', async (c) => signInFirst(c) ?? showForm(c, 200, { target: c.req.query('target') ?? '', sensitive: c.req.query('sensitive') === 'true' }));

  app.post('/cases/:id/attachments/new', async (c) => {
    requireMember(c.get('viewer'));
    const form = await c.req.parseBody();
    const strings: Record<string, string> = {};
    // Only the choices: a file sent here by an older form is not read.
    for (const [name, value] of Object.entries(form)) if (typeof value === 'string' && name !== 'idempotencyKey') strings[name] = value;
    const { values, fields } = apiFields(strings);
    try {
      return await showFileForm(c, 200, fields);
    } catch (error) {
      if (error instanceof ValidationError) return showForm(c, 400, values, error.errors);
      throw error;
    }
  });

  // Where the store sends the browser once the file is in: `ticket` is ours, `key` (with `bucket`, `etag`) the store's.
  app.get('/cases/:id/attachments/uploads/:uploadId', async (c) => {
    const signIn = signInFirst(c);
    if (signIn) return signIn;
    const viewer = c.get('viewer');
    const id = c.req.param('id');
    const uploadId = c.req.param('uploadId');
    const ticketText = c.req.query('ticket');
    try {
      await completeDirectUpload(deps, filesOf(deps), viewer, id, uploadId, { ticket: ticketText, key: c.req.query('key') });
      return c.redirect(`/cases/${id}#attachments`, 303);
    } catch (error) {
      const refused = error instanceof UnsupportedMediaTypeError || error instanceof PayloadTooLargeError;
      if (!refused && !(error instanceof ValidationError)) throw error;
      const ticket = ticketOf(deps, viewer, id, uploadId, ticketText);
      if (refused) return showFileForm(c, error instanceof PayloadTooLargeError ? 413 : 415, ticketFields(ticket), [fileError(error)]);
      // The key was not this upload's, or the target is no longer the member's: choose again.
      const target = ticket.target ? `${ticket.target.kind === 'event' ? 'event' : 'action'}:${ticket.target.id}` : '';
      return showForm(c, 400, { target, sensitive: ticket.sensitive }, error.errors);
    }
  });

  return app;
}
