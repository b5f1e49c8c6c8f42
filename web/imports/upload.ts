/**
 * Reading an uploaded spreadsheet: a `text/csv` or XLSX body, or a multipart form's `file`
 * field. Over the import limit: 413 (the route's own body limit, since the app's general one
 * is 64 KiB); any other content type: 415.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '#shared/errors/index.ts';
import { MAX_IMPORT_BYTES } from '#shared/imports/limits.ts';
import { looksLikeXlsx, type SheetKind } from '#shared/imports/sheet.ts';
import type { AppEnv } from '../env.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Upload {
  bytes: Uint8Array;
  kind: SheetKind;
  /** The file's name, when it came in a form. */
  fileName?: string;
}

export const importBodyLimit = (): MiddlewareHandler<AppEnv> =>
  bodyLimit({
    maxSize: MAX_IMPORT_BYTES,
    onError: () => {
      const mib = MAX_IMPORT_BYTES / 1024 / 1024;
      throw new PayloadTooLargeError(`Imports are limited to ${mib} MiB.`, { wording: { key: 'imports.file.tooLarge', values: { mib } } });
    },
  });

const noFile = () => new ValidationError([{ path: 'file', message: 'Choose a file.', code: 'required', key: 'imports.file.required' }]);

/** A file from a form: XLSX by its content (a zip), CSV otherwise. */
export async function fileUpload(file: unknown): Promise<Upload> {
  if (!(file instanceof File) || file.size === 0) throw noFile();
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { bytes, kind: looksLikeXlsx(bytes) ? 'xlsx' : 'csv', ...(file.name ? { fileName: file.name } : {}) };
}

export async function readUpload(c: Context<AppEnv>): Promise<Upload> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/csv') return { bytes: new Uint8Array(await c.req.arrayBuffer()), kind: 'csv' };
  if (type === XLSX_TYPE) return { bytes: new Uint8Array(await c.req.arrayBuffer()), kind: 'xlsx' };
  if (type === 'multipart/form-data') {
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody();
    } catch {
      throw noFile();
    }
    return fileUpload(form.file);
  }
  throw new UnsupportedMediaTypeError('Send text/csv, an XLSX workbook or a multipart form with a file.', { wording: { key: 'imports.file.unsupportedType' } });
}
