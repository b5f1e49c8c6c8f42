/** What other features may use of shared/cases/ (they import nothing else from it). */
export { getCase, readVisibleBundle, visibleBundle } from './read-cases.ts';
export type { AddEventDeps, BundleDeps, CreateCaseDeps } from './case-deps.ts';
/** The pieces of a create and an edit that the spreadsheet import reuses. */
export { caseCreation, type CreateCase } from './create-case.ts';
export { caseChange } from './update-case.ts';
export { createCase, type CreateCaseResult } from './create-case.ts';
export { addEvent } from './timeline.ts';
export { correctEvent, deleteEvent, eventToCorrect, withVersion } from './correct-event.ts';
/** The export's row and columns, and the list it reads, for the XLSX export (shared/case-safety/export-workbook.ts). */
export { caseRow, EXPORT_COLUMNS } from './export.ts';
export { listCases, type CaseList } from './read-cases.ts';
