/**
 * Reading JSON bodies: 415 unless the content type is JSON, 400 for bytes
 * that are not JSON. The size limit (413) is enforced before this, by the
 * body-limit middleware on every route.
 */
import type { Context } from 'hono';
import { UnsupportedMediaTypeError, ValidationError } from '#shared/errors/index.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new UnsupportedMediaTypeError('Send the body as application/json.', { wording: { key: 'app.request.notJson' } });
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const error = new ValidationError([{ path: '(body)', message: 'The body is not valid JSON.', key: 'app.request.malformedJsonField' }], 'Malformed JSON.');
    error.wording = { key: 'app.request.malformedJson' };
    throw error;
  }
}
