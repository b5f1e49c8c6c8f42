/**
 * The case page's read: the case with everything under it, trimmed to the viewer by every
 * feature's rule. It lives here, above cases, pledges and missions, because it uses all three
 * and they use cases.
 */
import type { Viewer } from '../domain/member.ts';
import type { BundleDeps } from '../cases/index.ts';
import type { CaseBundle } from '../ports/store.ts';
import { readVisibleBundle } from '../cases/index.ts';
import { adoptionFor } from '../pledges/index.ts';
import { trimMissionItems } from '../missions/index.ts';
import { visibleAttachments } from '../attachments/index.ts';

/**
 * NotFoundError when the case does not exist or the viewer may not see it. Confidential logged
 * actions are for coordinators and their author (`adoptionFor`); requests, mission actions and
 * observers as `trimMissionItems` allows, attachments as `visibleAttachments` does. `opening: true` is for reading the case itself (its page and
 * `GET /api/cases/{id}`): see `readVisibleBundle`.
 */
export async function getCaseBundle(deps: BundleDeps, viewer: Viewer, id: string, options: { opening?: boolean } = {}): Promise<CaseBundle> {
  const trimmed = trimMissionItems(viewer, adoptionFor(viewer, await readVisibleBundle(deps, viewer, id, options)));
  return { ...trimmed, attachments: visibleAttachments(viewer, trimmed) };
}
