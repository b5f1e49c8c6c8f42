/**
 * `GET /api/cases/{id}/proceedings`: a case's proceedings for whoever may see the case (the
 * visibility rule of the case bundle; 404 exactly where the case is 404), oldest first.
 */
import type { Viewer } from '../domain/member.ts';
import type { Clock } from '../ports/clock.ts';
import { readVisibleBundle, type BundleDeps } from '../cases/index.ts';
import { proceedingView, type ProceedingView } from './proceeding-view.ts';

export async function proceedingsOfCase(deps: BundleDeps & { clock: Clock }, viewer: Viewer, caseId: string): Promise<ProceedingView[]> {
  const bundle = await readVisibleBundle(deps, viewer, caseId);
  const today = deps.clock.now().toISOString().slice(0, 10);
  return bundle.proceedings.map((p) => proceedingView(p, today));
}
