/**
 * The notifications sent at once, after the answer to the change that
 * caused them: a new action request (to the diplomats posted in its
 * country) and a verified action (to the member who logged it). The event
 * carries ids only; the case and the item are read again here, so a request
 * withdrawn or a case paused meanwhile tells nobody.
 */
import { isOpen } from '../missions/index.ts';
import { deliverAll, zeroTotals, type NotifyDeps, type Totals } from './deliver.ts';
import type { NotificationEvent } from './notification-event.ts';
import { actionVerifiedNotice, newRequestNotice } from './notices.ts';

export async function notifyNow(deps: NotifyDeps, event: NotificationEvent): Promise<Totals> {
  const bundle = await deps.store.getCaseBundle(event.caseId);
  if (!bundle) return zeroTotals();
  const c = bundle.case;

  if (event.kind === 'newRequest') {
    const request = bundle.requests.find((r) => r.id === event.requestId);
    if (!request || !isOpen(request)) return zeroTotals();
    const posting = await deps.store.getPosting(request.country);
    return deliverAll(deps, newRequestNotice(deps, c, request), (posting?.diplomats ?? []).map((d) => d.id));
  }

  const missionAction = bundle.missionActions.find((a) => a.id === event.actionId);
  if (missionAction) {
    if (!missionAction.verifiedAt) return zeroTotals();
    const action = { id: missionAction.id, actionKey: `vocabulary.euAction.${missionAction.actionType}`, date: missionAction.date };
    return deliverAll(deps, actionVerifiedNotice(deps, c, action), [missionAction.createdBy]);
  }
  const logged = bundle.actions.find((a) => a.id === event.actionId);
  if (!logged || logged.verification.state !== 'verified') return zeroTotals();
  const action = { id: logged.id, actionKey: `vocabulary.parliamentaryAction.${logged.type}`, date: logged.date };
  return deliverAll(deps, actionVerifiedNotice(deps, c, action), [logged.memberId]);
}
