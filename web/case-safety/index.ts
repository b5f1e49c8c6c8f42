/** What other features may use of web/case-safety/ (they import nothing else from it). */
export { AuditLogPage } from './audit-page.tsx';
export { caseSafetyApi } from './case-safety-api.routes.ts';
export { caseSafetyPages } from './case-safety-pages.routes.tsx';
