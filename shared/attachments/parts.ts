/**
 * What the case read (shared/case-safety/case-bundle.ts) applies of this feature: which files a
 * viewer sees, without loading uploads, downloads and their schemas (test/architecture.test.ts,
 * issue 14).
 */
export { visibleAttachments } from './access.ts';
