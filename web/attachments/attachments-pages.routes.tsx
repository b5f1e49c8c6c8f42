/**
 * The upload page (members who may attach a file somewhere on the case). The form carries an
 * idempotency key made when it was rendered, so a double submit stores the file once. Errors
 * (no file, a type that is not accepted, a file too large) come back beside the file field with
 * the other choices kept. Downloads are the API route itself: a link on the case page.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { requireMember } from '#shared/access/roles.ts';
import { tooLarge, uploadAttachment } from '#shared/attachments/index.ts';
import { getCaseBundle } from '#shared/case-safety/case-bundle.ts';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError, type FieldError } from '#shared/errors/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import { UploadPage, type UploadValues } from './upload-page.tsx';
import { attachmentBodyLimit, filesOf, readUploadForm } from './upload-form.ts';

/** The form's `target` (`event:<id>`, `action:<id>` or empty) as the API's fields. */
function apiFields(fields: Record<string, string>): { values: UploadValues; fields: Record<string, string> } {
  const { target = '', sensitive, idempotencyKey: _key, ...rest } = fields;
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

  const showForm = async (c: Context<AppEnv>, status: 200 | 400 | 413 | 415, values?: UploadValues, errors?: FieldError[]) => {
    const viewer = requireMember(c.get('viewer'));
    const bundle = await getCaseBundle(deps, viewer, c.req.param('id')!);
    c.header('Cache-Control', 'private, no-store');
    return c.html(<UploadPage viewer={viewer} bundle={bundle} idempotencyKey={randomUUID()} values={values} errors={errors} />, status);
  };

  // `?target=action:<id>` comes from the link beside an action: that action is chosen already.
  app.get('/cases/:id/attachments/new', async (c) => signInFirst(c) ?? showForm(c, 200, { target: c.req.query('target') ?? '' }));

  app.post(
    '/cases/:id/attachments/new',
    attachmentBodyLimit((c) => showForm(c, 413, {}, [fileError(tooLarge())])),
    async (c) => {
      const form = await readUploadForm(c);
      const { values, fields } = apiFields(form.fields);
      const id = c.req.param('id');
      try {
        await uploadAttachment(deps, filesOf(deps), c.get('viewer'), id, { file: form.file, fields }, form.fields.idempotencyKey || undefined);
        return c.redirect(`/cases/${id}#attachments`, 303);
      } catch (error) {
        if (error instanceof ValidationError) return showForm(c, 400, values, error.errors);
        if (error instanceof UnsupportedMediaTypeError) return showForm(c, 415, values, [fileError(error)]);
        if (error instanceof PayloadTooLargeError) return showForm(c, 413, values, [fileError(error)]);
        throw error;
      }
    },
  );

  return app;
}
