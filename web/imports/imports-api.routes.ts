/** JSON API of spreadsheet imports (coordinators). Rules, limits and validation live in shared/imports. */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { requireRole } from '#shared/access/roles.ts';
import { parseOrThrow } from '#shared/errors/validation.ts';
import { fieldMessage } from '#shared/i18n/field-message.ts';
import type { Translator } from '#shared/i18n/translator.ts';
import { importCases } from '#shared/imports/import-cases.ts';
import { importMembers } from '#shared/imports/import-members.ts';
import type { DryRunResult, ImportResult } from '#shared/imports/results.ts';
import type { RowError } from '#shared/imports/rows.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { importBodyLimit, readUpload } from './upload.ts';

const importQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false') }).strict();

/** Each row error with its message in the reader's language. */
export const wordedErrors = (t: Translator, errors: RowError[]) =>
  errors.map((e) => ({ row: e.row, field: e.field, message: fieldMessage(t, e.error) }));

function answer(c: Context<AppEnv>, result: DryRunResult | ImportResult) {
  const errors = wordedErrors(c.get('i18n'), result.errors);
  if (result.dryRun) return c.json({ rows: result.rows, valid: result.valid, toCreate: result.toCreate, toUpdate: result.toUpdate, errors });
  return c.json({ created: result.created, updated: result.updated, skipped: result.skipped, errors });
}

export function importsApi(deps: WebDeps) {
  const run = (use: typeof importCases) => async (c: Context<AppEnv>) => {
    // Role and query first: a caller who may not import learns nothing about the file.
    const viewer = c.get('viewer');
    requireRole(viewer, 'coordinator');
    const { dryRun } = parseOrThrow(importQuery, c.req.query());
    const upload = await readUpload(c);
    return answer(c, await use(deps, viewer, upload, { dryRun: dryRun === 'true' }));
  };
  return new Hono<AppEnv>()
    .post('/imports/cases', importBodyLimit(), run(importCases))
    .post('/imports/members', importBodyLimit(), run(importMembers));
}
