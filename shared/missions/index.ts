/** What other features may use of shared/missions/ (they import nothing else from it). */
export { isOpen, isOverdue } from './action-request.ts';
// The weekly digest assembles the coordinators' gaps with the gap view's own rules (shared/digests/assemble.ts).
export { coverageLookups, findGaps, GAP_STATUSES } from './gap-rules.ts';
export type { ActionRequest, RequestStatus } from './action-request.ts';
export { trimMissionItems } from './bundle-view.ts';
export { loadCaseContext, type CaseContextDeps } from './case-context.ts';
export { canSeeRequest } from './mission-access.ts';
// A diplomat's home lists open requests as the request list does (shared/coverage/member-home.ts).
export { requestView } from './mission-access.ts';
export type { RequestListItem } from './mission-access.ts';
// The dashboard's "gaps by kind" (shared/coverage's scheduled count).
export { countOpenGaps, ALL_COUNTRIES, GAP_KINDS, type GapTally } from './count-gaps.ts';
