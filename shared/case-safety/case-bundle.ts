/**
 * The case page's read: the case with everything under it, trimmed to the viewer by every
 * feature's rule. It lives here, above cases, pledges and missions, because it uses all three
 * and they use cases.
 */
import { caseIdSchema } from '../domain/case.ts';
import { isCoordinator, type Viewer } from '../domain/member.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { BundleDeps } from '../cases/index.ts';
import type { CaseAlertRosters, CaseBundle, CaseStore } from '../ports/store.ts';
import { readVisibleBundle, visibleBundle } from '../cases/index.ts';
// Each through its feature's parts.ts: index.ts would build their input schemas on every case read (issue 14).
import { adoptionFor } from '../pledges/parts.ts';
import { trimMissionItems } from '../missions/parts.ts';
import { visibleAttachments } from '../attachments/parts.ts';

/**
 * NotFoundError when the case does not exist or the viewer may not see it. Confidential logged
 * actions are for coordinators and their author (`adoptionFor`); requests, mission actions and
 * observers as `trimMissionItems` allows, attachments as `visibleAttachments` does. `opening: true` is for reading the case itself (its page and
 * `GET /api/cases/{id}`): see `readVisibleBundle`.
 */
export async function getCaseBundle(deps: BundleDeps, viewer: Viewer, id: string, options: { opening?: boolean } = {}): Promise<CaseBundle> {
  return trimmedFor(viewer, await readVisibleBundle(deps, viewer, id, options));
}

function trimmedFor(viewer: Viewer, bundle: CaseBundle): CaseBundle {
  const trimmed = trimMissionItems(viewer, adoptionFor(viewer, bundle));
  return { ...trimmed, attachments: visibleAttachments(viewer, trimmed) };
}

/** What the case page reads: the bundle, and the alerts' rosters for coordinators (issue 14). */
export type CasePageDeps = BundleDeps & { store: Pick<CaseStore, 'getCaseBundleWithAlertRosters'> };

/**
 * The case page's read. Coordinators get the case's alerts with their rosters from the same Query as the
 * bundle (what the table's stream keeps under the case); anyone else reads the bundle alone, through a
 * Query that stops before those items, and gets no `alerts` at all.
 */
export async function readCasePage(deps: CasePageDeps, viewer: Viewer, id: string): Promise<{ bundle: CaseBundle; alerts?: CaseAlertRosters }> {
  if (!isCoordinator(viewer)) return { bundle: await getCaseBundle(deps, viewer, id, { opening: true }) };
  const read = await deps.store.getCaseBundleWithAlertRosters(parseOrThrow(caseIdSchema, id, 'id'));
  return { bundle: trimmedFor(viewer, visibleBundle(viewer, read?.bundle, { opening: true })), alerts: read?.alerts ?? [] };
}
