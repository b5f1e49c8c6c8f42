/** The case bundle the attachments' rules work on: trimmed to the viewer by every feature's rule. */
import type { Viewer } from '../domain/member.ts';
import type { BundleDeps } from '../cases/index.ts';
import type { CaseBundle } from '../ports/store.ts';
import { readVisibleBundle } from '../cases/index.ts';
import { adoptionFor } from '../pledges/index.ts';
import { trimMissionItems } from '../missions/index.ts';

/**
 * NotFoundError when the case does not exist or the viewer may not see it. `opening: true` for
 * reading (downloads follow the case page: members told of a pause keep it); uploads use the
 * plain rule, as logging an action does.
 */
export async function trimmedBundle(deps: BundleDeps, viewer: Viewer, caseId: string, options: { opening?: boolean } = {}): Promise<CaseBundle> {
  return trimMissionItems(viewer, adoptionFor(viewer, await readVisibleBundle(deps, viewer, caseId, options)));
}
