/** What other features may use of web/cases/ (they import nothing else from it). */
export { pages } from './case-pages.routes.tsx';
export { casesApi } from './cases-api.routes.ts';
