/**
 * Coordinators invite members from a spreadsheet whose columns are the new-member fields
 * (plus `language`, the invitation's). Each new member is created as the demo seed and a join
 * approval create one (member, unique email, audit line in one transaction) and gets the
 * invitation email in their language. An address that is already a member's is skipped: no
 * second account, no second invitation.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import { newMemberSchema, type Member } from '../domain/member.ts';
import type { Viewer } from '../domain/member.ts';
import type { CoreDeps } from '../deps.ts';
import type { Store } from '../ports/store.ts';
import { ConflictError } from '../errors/index.ts';
import { auditEntry, type MemberActor } from '../writes/audit-entry.ts';
import { UI_LANGUAGES } from '../i18n/languages.ts';
import { invitationEmail } from '../members/index.ts';
import type { ImportOptions } from './import-cases.ts';
import type { DryRunResult, ImportResult } from './results.ts';
import { bySchema, validateRows, type ColumnSpec, type RowError, type RowInput } from './rows.ts';
import { readSheet, type Sheet, type SheetKind } from './sheet.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';

const memberRowSchema = newMemberSchema.extend({ language: z.enum(UI_LANGUAGES).default('en') }).strict();

export const MEMBER_COLUMNS: ColumnSpec = {
  known: Object.keys(memberRowSchema.shape),
  required: ['email', 'name', 'role'],
  lists: [],
};

/** Members created at once: each is one transaction and one email. */
const PARALLEL_CREATES = 4;

type MemberRow = z.output<typeof memberRowSchema>;

/** The whole file checked: the rows to store (an address once), and every problem found without reading the table. */
export function prepareMemberRows(sheet: Sheet): { valid: Array<RowInput<MemberRow>>; errors: RowError[] } {
  const { valid, errors } = validateRows(sheet, MEMBER_COLUMNS, bySchema(memberRowSchema));
  const firstRow = new Map<string, number>();
  const unique = valid.filter(({ row, input }) => {
    const earlier = firstRow.get(input.email);
    if (earlier === undefined) return firstRow.set(input.email, row), true;
    errors.push({ row, field: 'email', error: { path: 'email', message: `Already on row ${earlier}.`, code: 'custom', key: 'imports.row.repeatedEmail', params: { row: earlier } } });
    return false;
  });
  return { valid: unique, errors: errors.sort((a, b) => a.row - b.row) };
}

/**
 * Creates and invites the members of checked rows (a whole file, or a job's chunk). An address
 * that is already a member's (an earlier import, or an earlier run of the same chunk) is skipped.
 */
export async function storeMemberRows(deps: Pick<CoreDeps, 'mailer' | 'appUrl'> & { store: Pick<Store, 'createMember'> }, actor: MemberActor, rows: Array<RowInput<MemberRow>>, at: string): Promise<{ created: number }> {
  let created = 0;
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const { input } = rows[next++]!;
      const { language, ...fields } = input;
      const member: Member = { id: randomUUID(), ...fields, createdAt: at, version: 1 };
      try {
        await deps.store.createMember(member, auditEntry(at, actor, 'member.created', { memberId: member.id }));
      } catch (error) {
        if (error instanceof ConflictError) continue;
        throw error;
      }
      created++;
      await loadCatalog(language);
      await deps.mailer.send(invitationEmail(member.email, member.name, `${deps.appUrl}/sign-in`, language));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_CREATES }, worker));
  return { created };
}

export async function importMembers(
  deps: Pick<CoreDeps, 'mailer' | 'appUrl' | 'clock'> & { store: Pick<Store, 'createMember' | 'appendAudit'> }, viewer: Viewer, file: { bytes: Uint8Array; kind: SheetKind }, options: ImportOptions,
): Promise<DryRunResult | ImportResult> {
  const actor = requireRole(viewer, 'coordinator');
  const sheet = await readSheet(file.bytes, file.kind);
  const { valid, errors } = prepareMemberRows(sheet);
  if (options.dryRun) return { dryRun: true, rows: sheet.rows.length, valid: valid.length, errors, toCreate: valid.length, toUpdate: 0 };

  const at = deps.clock.now().toISOString();
  const { created } = await storeMemberRows(deps, actor, valid, at);
  // Each member's own audit line is written with it; this one says they came in one import. An import that created no one leaves nothing.
  if (created > 0) await deps.store.appendAudit(auditEntry(at, actor, 'members.imported'));
  return { dryRun: false, created, updated: 0, skipped: sheet.rows.length - created, errors };
}
