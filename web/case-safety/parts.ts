/**
 * The audit log's page and query (a member's audit reuses them).
 * What other features' pages and answers embed from this one, apart from its routes
 * (index.ts): importing these loads no route module and builds none of its schemas
 * (.dependency-cruiser.cjs, `parts-load-no-routes`).
 */
export { AuditLogPage, auditQuery } from './audit-page.tsx';
