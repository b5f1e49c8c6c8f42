/**
 * Who sees and who acts on requests and mission actions. Everything starts
 * from `canSeeCase`: on a case one may not see, nothing under it exists.
 * Requests are for the coordinators and the diplomats posted in the request's
 * country; confidential actions for coordinators and their author. Views drop
 * internal member ids for everyone but coordinators.
 */
import { canSeeCase } from '../access/visibility.ts';
import { countryName } from '../domain/countries.ts';
import type { DefenderCase } from '../domain/case.ts';
import { isCoordinator, type Viewer } from '../domain/member.ts';
import { ForbiddenError } from '../errors/index.ts';
import { isOverdue, type ActionRequest } from './action-request.ts';
import type { MissionAction } from './mission-action.ts';
import type { CaseSummary } from './mission-store.ts';

type CaseAccess = Pick<DefenderCase, 'visibility' | 'namedMemberIds'>;

/** A diplomat whose country of posting is `country`. */
export function isPostedTo(viewer: Viewer, country: string): boolean {
  return viewer.kind === 'member' && viewer.role === 'diplomat' && viewer.country === country;
}

/**
 * Diplomats act for their posting: a mission action goes on a case in the
 * country of posting, or answers a request addressed to that posting (a
 * request may ask the missions of another country than the case's). The
 * caller already sees the case, so a refusal is a 403 that names the posting.
 */
export function requirePosting(viewer: Viewer, c: Pick<DefenderCase, 'country'>, request?: Pick<ActionRequest, 'country'>): void {
  if (isPostedTo(viewer, c.country) || (request !== undefined && isPostedTo(viewer, request.country))) return;
  const posting = viewer.kind === 'member' ? viewer.country : undefined;
  throw new ForbiddenError(
    `Diplomats log mission actions for their posting (${posting ? countryName(posting) : 'no country'}): this case is in ${countryName(c.country)} and no request to your posting is named.`,
    // Countries go as codes: the reader's language names them (shared/i18n/wording.ts).
    { wording: posting
      ? { key: 'missions.errors.notYourPosting', values: { postingCountry: posting, country: c.country } }
      : { key: 'missions.errors.noPosting', values: { country: c.country } } },
  );
}

/** Coordinators, and diplomats posted in the request's country, on a case they may see. */
export function canSeeRequest(viewer: Viewer, request: Pick<ActionRequest, 'country'>, c: CaseAccess): boolean {
  return canSeeCase(viewer, c) && (isCoordinator(viewer) || isPostedTo(viewer, request.country));
}

/** Members who may see the case; a confidential action only for coordinators and its author. */
export function canSeeAction(viewer: Viewer, action: Pick<MissionAction, 'confidential' | 'createdBy'>, c: CaseAccess): boolean {
  if (viewer.kind !== 'member' || !canSeeCase(viewer, c)) return false;
  return !action.confidential || viewer.role === 'coordinator' || action.createdBy === viewer.id;
}

export type RequestView = Omit<ActionRequest, 'createdBy' | 'respondedBy'> &
  Partial<Pick<ActionRequest, 'createdBy' | 'respondedBy'>> & { overdue: boolean };

/** The request as the viewer receives it, with its overdue mark as of `today` (YYYY-MM-DD). */
export function requestView(viewer: Viewer, r: ActionRequest, today: string): RequestView {
  const overdue = isOverdue(r, today);
  if (isCoordinator(viewer)) return { ...r, overdue };
  const { createdBy: _createdBy, respondedBy: _respondedBy, ...rest } = r;
  return { ...rest, overdue };
}

export type ActionView = Omit<MissionAction, 'createdBy' | 'verifiedBy'> &
  Partial<Pick<MissionAction, 'createdBy' | 'verifiedBy'>> & { byYou: boolean; verified: boolean };

export function actionView(viewer: Viewer, a: MissionAction): ActionView {
  const extra = { byYou: viewer.kind === 'member' && viewer.id === a.createdBy, verified: a.verifiedAt !== undefined };
  if (isCoordinator(viewer)) return { ...a, ...extra };
  const { createdBy: _createdBy, verifiedBy: _verifiedBy, ...rest } = a;
  return { ...rest, ...extra };
}

/** A request as a country's list shows it, with the few fields of its case the list names. */
export type RequestListItem = RequestView & { case: Pick<CaseSummary, 'id' | 'defenderName' | 'country' | 'riskStatuses'> };
