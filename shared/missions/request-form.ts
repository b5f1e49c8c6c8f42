/**
 * What the new-request form shows: the case, through the visibility rule, and the roster of the
 * country it asks, within the request budget: one BatchGet when the country is known, else the
 * case then its country's roster (left out after a refused post, which has spent a read already).
 * The form is the coordinators': anyone else gets 404 for a case they may not see, 403 otherwise.
 */
import { requireRole } from '../access/roles.ts';
import { getCase } from '../cases/index.ts';
import type { DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import type { CaseStore } from '../ports/store.ts';
import { loadCaseContext, type CaseContextDeps } from './case-context.ts';
import type { MissionStore } from './mission-store.ts';
import type { PostingRoster } from './recipients.ts';

export type RequestFormDeps = CaseContextDeps & { store: Pick<CaseStore, 'getCase'> & Pick<MissionStore, 'getPosting'> };

export interface RequestForm {
  case: DefenderCase;
  roster?: PostingRoster;
}

export async function requestFormContext(
  deps: RequestFormDeps, viewer: Viewer, rawCaseId: string, country: string | undefined, options: { afterPost?: boolean } = {},
): Promise<RequestForm> {
  if (country) {
    const loaded = await loadCaseContext(deps, viewer, rawCaseId, { posting: country });
    requireRole(viewer, 'coordinator');
    return { case: loaded.case, ...(loaded.posting ? { roster: loaded.posting } : {}) };
  }
  const found = await getCase(deps, viewer, rawCaseId);
  requireRole(viewer, 'coordinator');
  const roster = options.afterPost ? undefined : await deps.store.getPosting(found.country);
  return { case: found, ...(roster ? { roster } : {}) };
}
