/**
 * The XLSX export for coordinators: the case list's filters, one sheet of
 * cases (the CSV's columns, codes with their labels), one of their timelines
 * and one of the actions MPs and missions logged, so a network's record opens
 * in a spreadsheet as it is. No sensitive field (they are not in the case's
 * partition), and a confidential action keeps its type and date but not its
 * text. Audited before anything is read. Cells are written as values, never
 * formulas: exceljs writes a string as a string, so `=…` stays text.
 * Built by the export job's worker (run-export-job.ts): every case the filters
 * match, read a page at a time; the request that started the job audited it.
 */
import { getCaseBundle } from './case-bundle.ts';
import type { CaseBundle } from '../ports/store.ts';
import type { Translator } from '../i18n/translator.ts';
import type { Viewer } from '../domain/member.ts';
import { eventTitle } from '../domain/timeline-title.ts';
import type { WorkbookDeps } from './safety-deps.ts';
import { caseRow, EXPORT_COLUMNS, listCases, type CaseList } from '../cases/index.ts';

/** Cases listed at once: each then brings its timeline and actions (one Query each). */
export const WORKBOOK_PAGE = 100;
/** Bundles read at once. */
const READ_AT_ONCE = 8;

export const TIMELINE_COLUMNS = ['caseId', 'defenderName', 'date', 'type', 'typeLabel', 'title', 'description', 'court', 'hearingAt', 'timeZone'] as const;
export const ACTION_COLUMNS = ['caseId', 'defenderName', 'date', 'by', 'type', 'typeLabel', 'public', 'description', 'evidenceUrl', 'verified'] as const;

export interface CaseWorkbook {
  bytes: Buffer;
  rows: number;
}

async function bundlesOf(deps: WorkbookDeps, viewer: Viewer, ids: string[]): Promise<CaseBundle[]> {
  const out: CaseBundle[] = [];
  for (let i = 0; i < ids.length; i += READ_AT_ONCE) {
    out.push(...(await Promise.all(ids.slice(i, i + READ_AT_ONCE).map((id) => getCaseBundle(deps, viewer, id)))));
  }
  return out;
}

function actionRows(b: CaseBundle, t: Translator): unknown[][] {
  const name = b.case.defenderName;
  const mp = b.actions.map((a) => [
    b.case.id, name, a.date, a.memberName, a.type, t.label(`vocabulary.parliamentaryAction.${a.type}`), a.public ? 'yes' : 'no',
    a.public ? a.description : '', a.public ? a.evidenceUrl ?? '' : '', a.verification.state,
  ]);
  const missions = b.missionActions.map((a) => [
    b.case.id, name, a.date, a.mission, a.actionType, t.label(`vocabulary.euAction.${a.actionType}`), a.confidential ? 'no' : 'yes',
    a.confidential ? '' : a.outcome, a.confidential ? '' : a.evidenceUrl ?? '', a.verifiedAt ? 'verified' : 'unverified',
  ]);
  return [...mp, ...missions].sort((x, y) => String(x[2]).localeCompare(String(y[2])));
}

/** The workbook of every case `filters` (the case list's, already validated) match for `viewer`. */
export async function buildCasesWorkbook(deps: WorkbookDeps, viewer: Viewer, filters: Record<string, string>, translator: Translator): Promise<CaseWorkbook> {
  const items: CaseList['items'] = [];
  const bundles: CaseBundle[] = [];
  let cursor: string | null = null;
  do {
    const page: CaseList = await listCases(deps, viewer, { ...filters, ...(cursor ? { cursor } : {}) }, { limit: WORKBOOK_PAGE });
    items.push(...page.items);
    bundles.push(...(await bundlesOf(deps, viewer, page.items.map((c) => c.id))));
    cursor = page.nextCursor;
  } while (cursor);
  // Loaded here only: cold starts of the web function do not pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.created = deps.clock.now();
  const sheet = (name: string, columns: readonly string[], rows: unknown[][]) => {
    const s = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    s.addRow([...columns]).font = { bold: true };
    for (const row of rows) s.addRow(row.map((v) => (v === undefined || v === null ? '' : v)));
  };
  sheet('Cases', EXPORT_COLUMNS, items.map((c) => caseRow(c, translator)));
  sheet('Timeline', TIMELINE_COLUMNS, bundles.flatMap((b) => b.events.map((e) => [
    b.case.id, b.case.defenderName, e.date, e.type, translator.label(`vocabulary.eventType.${e.type}`), eventTitle(translator, e), e.description, e.court, e.hearingAt, e.timeZone,
  ])));
  sheet('Actions', ACTION_COLUMNS, bundles.flatMap((b) => actionRows(b, translator)));
  return { bytes: Buffer.from(await book.xlsx.writeBuffer()), rows: items.length };
}
