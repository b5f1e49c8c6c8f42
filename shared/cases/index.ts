/** What other features may use of shared/cases/ (they import nothing else from it). */
export { getCase, readVisibleBundle } from './read-cases.ts';
export { createCase, type CreateCaseResult } from './create-case.ts';
export { addEvent } from './timeline.ts';
