/**
 * Reading an attachment upload: a multipart form (anything else 415), its `file` and the other
 * fields, under a body limit of the file's 10 MiB plus room for the form's own parts. The limit
 * is checked on Content-Length before a byte is read, and counted while a body without one
 * streams in: an oversized body is refused without being buffered whole.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ServiceUnavailableError, UnsupportedMediaTypeError } from '#shared/errors/index.ts';
import { MAX_ATTACHMENT_BYTES, tooLarge, type UploadedFile } from '#shared/attachments/index.ts';
import type { BlobStore } from '#shared/ports/blob-store.ts';
import type { AppEnv, WebDeps } from '../env.ts';

/** Multipart boundaries, headers and the small fields beside the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
export const MAX_UPLOAD_BODY_BYTES = MAX_ATTACHMENT_BYTES + FORM_OVERHEAD_BYTES;

export const attachmentBodyLimit = (onError: (c: Context<AppEnv>) => Response | Promise<Response> = () => { throw tooLarge(); }): MiddlewareHandler<AppEnv> =>
  bodyLimit({ maxSize: MAX_UPLOAD_BODY_BYTES, onError });

export interface UploadForm {
  file: UploadedFile | undefined;
  /** Every other field, as sent (the schema refuses unknown ones). */
  fields: Record<string, string>;
}

export async function readUploadForm(c: Context<AppEnv>): Promise<UploadForm> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'multipart/form-data') {
    throw new UnsupportedMediaTypeError('Send a multipart form with the file in its `file` field.', { wording: { key: 'attachments.errors.unsupportedType' } });
  }
  let form: Record<string, string | File>;
  try {
    form = await c.req.parseBody();
  } catch {
    // A form that cannot be read holds no file: the same answer as a form without one.
    return { file: undefined, fields: {} };
  }
  const { file, ...rest } = form;
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(rest)) fields[name] = typeof value === 'string' ? value : value.name;
  return {
    file: file instanceof File && file.size > 0 ? { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } : undefined,
    fields,
  };
}

/** The file port, or 503 where none is configured. */
export function filesOf(deps: WebDeps): BlobStore {
  if (!deps.files) throw new ServiceUnavailableError('No file store is configured.', { wording: { key: 'attachments.errors.unavailable' } });
  return deps.files;
}
