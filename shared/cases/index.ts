/** What other features may use of shared/cases/ (they import nothing else from it). */
export { getCase, getCaseBundle } from './read-cases.ts';
export { requireVersion } from './update-case.ts';
