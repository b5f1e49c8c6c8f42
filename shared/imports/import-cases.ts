/**
 * Coordinators import cases from a spreadsheet whose columns are the create-case schema's
 * fields. A dry run validates and stores nothing; a real run stores the valid rows. A row with
 * an `externalId` seen before updates that case (never a duplicate); a new case gets its
 * consent-ledger entry and audit line exactly as a case created through the API.
 */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import { caseChange, caseCreation, type CreateCase } from '../cases/index.ts';
import { createCaseSchema, type DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import type { Clock } from '../ports/clock.ts';
import type { AuditStore } from '../writes/records.ts';
import { fieldErrors } from '../errors/validation.ts';
import { auditEntry, type MemberActor } from '../writes/audit-entry.ts';
import type { ImportedCaseWrite, ImportStore } from './import-store.ts';
import { bySchema, validateRows, type ColumnSpec, type RowCheck, type RowError, type RowInput } from './rows.ts';
import { readSheet, type Sheet, type SheetKind } from './sheet.ts';
import type { DryRunResult, ImportResult } from './results.ts';

export const CASE_COLUMNS: ColumnSpec = {
  // riskStatus (one status) is still read, from sheets made for older releases; riskStatuses lists several.
  known: ['externalId', ...Object.keys(createCaseSchema.in.shape)],
  // A row without either status column's value is a row error naming riskStatuses.
  required: ['defenderName', 'country', 'themes', 'summary', 'visibility', 'consentBasis'],
  lists: ['themes', 'riskStatuses', 'recommendedActions', 'namedMemberIds'],
};

const externalIdSchema = z.object({
  externalId: z.string().trim().min(1).max(100).regex(/^[^\p{Cc}]+$/u, 'No control characters.').optional(),
});

export type CaseRow = CreateCase & { externalId?: string };

const caseFields = bySchema(createCaseSchema);

function checkCaseRow(object: Record<string, unknown>): RowCheck<CaseRow> {
  const { externalId, ...fields } = object;
  const id = externalIdSchema.safeParse({ externalId });
  const checked = caseFields(fields);
  const errors = [...(id.success ? [] : fieldErrors(id.error, { externalId })), ...(checked.ok ? [] : checked.errors)];
  if (errors.length > 0 || !checked.ok || !id.success) return { ok: false, errors };
  return { ok: true, data: { ...checked.data, ...(id.data.externalId ? { externalId: id.data.externalId } : {}) } };
}

const rowError = (row: number, field: string, key: string, message: string): RowError => ({ row, field, error: { path: field, message, code: 'custom', key } });

/** Rows whose external id an earlier row of the same file already used. */
function repeatedExternalIds(rows: Array<RowInput<CaseRow>>): { kept: Array<RowInput<CaseRow>>; errors: RowError[] } {
  const firstRow = new Map<string, number>();
  const kept: Array<RowInput<CaseRow>> = [];
  const errors: RowError[] = [];
  for (const r of rows) {
    const id = r.input.externalId;
    const earlier = id === undefined ? undefined : firstRow.get(id);
    if (earlier !== undefined) {
      errors.push({ row: r.row, field: 'externalId', error: { path: 'externalId', message: `Already on row ${earlier}.`, code: 'custom', key: 'imports.row.repeatedExternalId', params: { row: earlier } } });
      continue;
    }
    if (id !== undefined) firstRow.set(id, r.row);
    kept.push(r);
  }
  return { kept, errors };
}

interface Plan {
  writes: Array<ImportedCaseWrite & { row: number; created: boolean }>;
  unchanged: number;
  errors: RowError[];
  /** Rows whose case an earlier run of the same job's chunk created (a job's resume only). */
  alreadyCreated: number;
}

/** A created case, under the id given (a job's row) or a new one. */
function creation(fields: CreateCase, actor: MemberActor, at: string, id?: string): ImportedCaseWrite['write'] {
  const write = caseCreation(fields, actor, at);
  if (id === undefined) return write;
  return { case: { ...write.case, id }, audit: { ...write.audit, caseId: id }, consent: { ...write.consent, caseId: id } };
}

/** What each valid row will do: create, update, nothing (unchanged), or fail (a visibility change). */
function plan(rows: Array<RowInput<CaseRow>>, existing: Map<string, DefenderCase>, actor: MemberActor, at: string, caseIdFor?: (row: number) => string): Plan {
  const result: Plan = { writes: [], unchanged: 0, errors: [], alreadyCreated: 0 };
  for (const { row, input } of rows) {
    const { externalId, ...fields } = input;
    const current = externalId === undefined ? undefined : existing.get(externalId);
    if (!current) {
      result.writes.push({ row, created: true, write: creation(fields, actor, at, caseIdFor?.(row)), ...(externalId ? { externalId } : {}) });
      continue;
    }
    // A job's chunk run again: this row's case is the one the earlier run created.
    if (caseIdFor && current.id === caseIdFor(row)) {
      result.alreadyCreated++;
      continue;
    }
    // Visibility is consent: it changes on the case page, with its basis in the ledger, never by a re-import.
    const sameNames = JSON.stringify([...current.namedMemberIds].sort()) === JSON.stringify([...fields.namedMemberIds].sort());
    if (current.visibility !== fields.visibility || !sameNames) {
      result.errors.push(rowError(row, 'visibility', 'imports.row.visibilityChange', 'A re-import cannot change visibility: change it on the case page.'));
      continue;
    }
    const { visibility: _v, namedMemberIds: _n, consentBasis: _b, consentNote: _c, ...editable } = fields;
    try {
      const change = caseChange(current, editable, actor.id, at);
      if (!change) {
        result.unchanged++;
        continue;
      }
      result.writes.push({
        row, created: false,
        write: { case: change.next, expectedVersion: current.version, audit: auditEntry(at, actor, 'case.updated', { caseId: current.id, fields: change.fields }) },
      });
    } catch {
      result.errors.push(rowError(row, 'closedReason', 'validation.case.closedNeedsReason', 'Say why the case is closed.'));
    }
  }
  return result;
}

export interface ImportOptions {
  dryRun: boolean;
}

/** The whole file checked: the rows to store (an externalId once), and every problem found without reading the table. */
export function prepareCaseRows(sheet: Sheet): { valid: Array<RowInput<CaseRow>>; errors: RowError[] } {
  const checked = validateRows(sheet, CASE_COLUMNS, checkCaseRow);
  const { kept, errors: repeats } = repeatedExternalIds(checked.valid);
  return { valid: kept, errors: [...checked.errors, ...repeats].sort((a, b) => a.row - b.row) };
}

export interface StoredRows {
  created: number;
  updated: number;
  /** Problems met while storing: a visibility change, a case changed meanwhile. */
  errors: RowError[];
}

/**
 * Stores checked rows (a whole file, or a job's chunk). With `caseIdFor` (a job), each created
 * case's id comes from its row, so a chunk stored twice creates nothing the second time.
 */
/**
 * Of a job's creates whose condition failed, those whose case is the job's own (another run of
 * the same chunk wrote it first): a create without an externalId can fail only that way; one
 * with an externalId, when its pointer names the case this row's id (one more read, only then).
 */
async function createdByThisJob(
  deps: { store: Pick<ImportStore, 'findImportedCases'> }, writes: Plan['writes'], failed: Set<number>, caseIdFor?: (row: number) => string,
): Promise<(w: Plan['writes'][number], index: number) => boolean> {
  if (!caseIdFor || failed.size === 0) return () => false;
  const externalIds = writes.flatMap((w, index) => (failed.has(index) && w.created && w.externalId ? [w.externalId] : []));
  const pointers = externalIds.length > 0 ? await deps.store.findImportedCases(externalIds) : new Map<string, DefenderCase>();
  return (w, index) => failed.has(index) && w.created && (!w.externalId || pointers.get(w.externalId)?.id === caseIdFor(w.row));
}

export async function storeCaseRows(
  deps: { store: Pick<ImportStore, 'findImportedCases' | 'saveImportedCases'> }, actor: MemberActor, rows: Array<RowInput<CaseRow>>, at: string, caseIdFor?: (row: number) => string,
): Promise<StoredRows> {
  const externalIds = rows.flatMap((r) => (r.input.externalId ? [r.input.externalId] : []));
  const existing = externalIds.length > 0 ? await deps.store.findImportedCases(externalIds) : new Map<string, DefenderCase>();
  const planned = plan(rows, existing, actor, at, caseIdFor);
  const failed = planned.writes.length > 0 ? await deps.store.saveImportedCases(planned.writes) : new Set<number>();
  const ours = await createdByThisJob(deps, planned.writes, failed, caseIdFor);
  const stored = planned.writes.filter((w, index) => !failed.has(index) || ours(w, index));
  const conflicts = planned.writes
    .filter((w, index) => failed.has(index) && !ours(w, index))
    .map((w) => rowError(w.row, w.externalId ? 'externalId' : '(row)', 'imports.row.changedMeanwhile', 'Changed by someone else during the import: import the file again.'));
  return {
    created: stored.filter((w) => w.created).length + planned.alreadyCreated,
    updated: stored.filter((w) => !w.created).length,
    errors: [...planned.errors, ...conflicts].sort((a, b) => a.row - b.row),
  };
}

export async function importCases(
  deps: { store: Pick<ImportStore, 'findImportedCases' | 'saveImportedCases'> & AuditStore; clock: Clock }, viewer: Viewer, file: { bytes: Uint8Array; kind: SheetKind }, options: ImportOptions,
): Promise<DryRunResult | ImportResult> {
  const actor = requireRole(viewer, 'coordinator');
  const sheet = await readSheet(file.bytes, file.kind);
  const prepared = prepareCaseRows(sheet);
  const at = deps.clock.now().toISOString();
  if (options.dryRun) {
    const externalIds = prepared.valid.flatMap((r) => (r.input.externalId ? [r.input.externalId] : []));
    const existing = externalIds.length > 0 ? await deps.store.findImportedCases(externalIds) : new Map<string, DefenderCase>();
    const planned = plan(prepared.valid, existing, actor, at);
    return {
      dryRun: true, rows: sheet.rows.length, valid: planned.writes.length + planned.unchanged,
      errors: [...prepared.errors, ...planned.errors].sort((a, b) => a.row - b.row),
      toCreate: planned.writes.filter((w) => w.created).length, toUpdate: planned.writes.filter((w) => !w.created).length,
    };
  }
  // An import that stores nothing leaves nothing behind, not even its audit line.
  const stored = await storeCaseRows(deps, actor, prepared.valid, at);
  if (stored.created + stored.updated > 0) await deps.store.appendAudit(auditEntry(at, actor, 'cases.imported'));
  return {
    dryRun: false, created: stored.created, updated: stored.updated,
    skipped: sheet.rows.length - stored.created - stored.updated,
    errors: [...prepared.errors, ...stored.errors].sort((a, b) => a.row - b.row),
  };
}
