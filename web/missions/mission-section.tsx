/**
 * The missions' part of a case page: requests to the missions (coordinators,
 * and the diplomats of the posting), logged mission actions (confidential ones
 * only for coordinators and their author), and the links to raise a request
 * or log an action. The bundle is already trimmed to the viewer.
 */
import { countryName } from '#shared/domain/countries.ts';
import { euActionLabel } from '#shared/domain/eu-guidelines.ts';
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import { isOpen, isOverdue, REQUEST_STATUS_LABELS } from '#shared/missions/action-request.ts';
import { isPostedTo } from '#shared/missions/mission-access.ts';
import type { CaseBundle } from '#shared/ports/store.ts';

export function MissionSection(props: { viewer: Viewer; bundle: CaseBundle; today: string }) {
  const { viewer, bundle, today } = props;
  if (viewer.kind !== 'member') return null;
  const c = bundle.case;
  const coordinator = isCoordinator(viewer);
  const diplomat = viewer.role === 'diplomat';
  const actions = [...bundle.missionActions].reverse();
  return (
    <section aria-labelledby="missions">
      <h2 id="missions">Missions (EU Guidelines)</h2>
      <p>
        {coordinator && c.state !== 'closed' && <a class="button" href={`/cases/${c.id}/action-requests/new`}>Ask missions to act</a>}
        {diplomat && <a class="button" href={`/cases/${c.id}/mission-actions/new`}>Log a mission action</a>}
      </p>
      {(coordinator || diplomat) && (
        <>
          <h3>Requests to the missions</h3>
          {bundle.requests.length === 0 ? <p class="muted">None{diplomat ? ' for your posting' : ''}.</p> : (
            <ul>
              {bundle.requests.map((r) => (
                <li>
                  {euActionLabel(r.actionType)}, missions in {countryName(r.country)}, due <time datetime={r.dueDate}>{r.dueDate}</time>:{' '}
                  <strong>{REQUEST_STATUS_LABELS[r.status]}</strong>
                  {r.respondingMission && ` (${r.respondingMission})`}
                  {isOverdue(r, today) && <> · <strong class="error">Overdue</strong></>}
                  {r.declineReason && <> · Reason: {r.declineReason}</>}
                  {isOpen(r) && isPostedTo(viewer, r.country) && (
                    <> · <a href={`/cases/${c.id}/mission-actions/new?request=${r.id}`}>Log the action</a></>
                  )}
                  {isOpen(r) && coordinator && (
                    <form method="post" action={`/cases/${c.id}/action-requests/${r.id}/respond`}>
                      <input type="hidden" name="status" value="withdrawn" />
                      <input type="hidden" name="version" value={String(r.version)} />
                      <button type="submit">Withdraw<span class="sr-only"> the request due {r.dueDate}</span></button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h3>Logged mission actions</h3>
      {actions.length === 0 ? <p class="muted">None yet.</p> : (
        <ul>
          {actions.map((a) => (
            <li>
              <time datetime={a.date}>{a.date}</time> · <strong>{euActionLabel(a.actionType)}</strong> · {a.mission}
              {a.confidential && <> · <em>Confidential</em></>}
              {a.verifiedAt && <> · Verified</>}
              <br />{a.outcome}
              {a.evidenceUrl && <> · <a href={a.evidenceUrl} rel="noopener noreferrer nofollow">Record</a></>}
              {!a.verifiedAt && coordinator && (
                <form method="post" action={`/cases/${c.id}/mission-actions/${a.id}/verify`}>
                  <input type="hidden" name="version" value={String(a.version)} />
                  <button type="submit">Verify<span class="sr-only"> the action of {a.date}</span></button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
