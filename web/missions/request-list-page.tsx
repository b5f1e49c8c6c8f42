/**
 * A diplomat's home: the action requests for their country of posting, open
 * ones soonest due first, overdue ones marked, with the answers a mission can
 * give (log the action, acknowledge, decline with a reason). Coordinators
 * reach the same list by choosing a country.
 */
import { COUNTRIES, countryName } from '#shared/domain/countries.ts';
import { euActionLabel } from '#shared/domain/eu-guidelines.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import { isOpen, REQUEST_STATUS_LABELS } from '#shared/missions/action-request.ts';
import type { RequestList, RequestListItem } from '#shared/missions/list-requests.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';

export interface RequestFormError {
  requestId: string;
  errors: FieldError[];
  reason?: string;
}

function Answers(props: { r: RequestListItem; failed?: RequestFormError }) {
  const { r } = props;
  const errors = formErrors(props.failed?.errors, `r${r.id.slice(0, 8)}-`);
  const respond = `/cases/${r.caseId}/action-requests/${r.id}/respond`;
  return (
    <>
      <p><a class="button" href={`/cases/${r.caseId}/mission-actions/new?request=${r.id}`}>Log the action</a></p>
      {r.status === 'open' && (
        <form method="post" action={respond}>
          <input type="hidden" name="status" value="acknowledged" />
          <input type="hidden" name="version" value={String(r.version)} />
          <p><button type="submit">Acknowledge<span class="sr-only"> the request for {r.case.defenderName}</span></button></p>
        </form>
      )}
      <form method="post" action={respond} class="stack" novalidate>
        <input type="hidden" name="status" value="declined" />
        <input type="hidden" name="version" value={String(r.version)} />
        <div class="field">
          <label for={`reason-${r.id}`}>Reason for declining</label>
          <textarea id={`reason-${r.id}`} name="reason" rows={2} maxlength={1000} {...errors.invalid('reason')}>{props.failed?.reason ?? ''}</textarea>
          {errors.fieldError('reason')}
        </div>
        <button type="submit">Decline<span class="sr-only"> the request for {r.case.defenderName}</span></button>
      </form>
    </>
  );
}

function RequestCard(props: { r: RequestListItem; viewer: Viewer; failed?: RequestFormError }) {
  const { r } = props;
  const diplomat = props.viewer.kind === 'member' && props.viewer.role === 'diplomat';
  return (
    <article aria-labelledby={`req-${r.id}`}>
      <h2 id={`req-${r.id}`}><a href={`/cases/${r.caseId}`}>{r.case.defenderName}</a>: {euActionLabel(r.actionType)}</h2>
      <dl class="facts">
        <dt>Due</dt>
        <dd><time datetime={r.dueDate}>{r.dueDate}</time>{r.overdue && <> · <strong class="error">Overdue</strong></>}</dd>
        <dt>Status</dt>
        <dd>{REQUEST_STATUS_LABELS[r.status]}{r.respondingMission && ` (${r.respondingMission})`}</dd>
        {r.note && <><dt>Note</dt><dd>{r.note}</dd></>}
        {r.declineReason && <><dt>Reason</dt><dd>{r.declineReason}</dd></>}
        {r.publicActionCleared && <><dt>Consent</dt><dd>Public action cleared with the defender</dd></>}
      </dl>
      {diplomat && isOpen(r) && <Answers r={r} failed={props.failed?.requestId === r.id ? props.failed : undefined} />}
    </article>
  );
}

export function RequestListPage(props: {
  viewer: Viewer;
  list: RequestList;
  status: 'open' | 'closed';
  notice?: string;
  failed?: RequestFormError;
}) {
  const { list, status } = props;
  const where = list.country ? countryName(list.country) : undefined;
  const title = `${status === 'open' ? 'Open' : 'Answered'} action requests${where ? ` for ${where}` : ''}`;
  const query = (extra: Record<string, string>) =>
    `/requests?${new URLSearchParams({ ...(list.country && isCoordinator(props.viewer) ? { country: list.country } : {}), ...extra })}`;
  return (
    <Layout title={title} viewer={props.viewer}>
      <h1>{title}</h1>
      <p>
        Requests from the coordinators to the missions posted {where ? `in ${where}` : 'in a country'}. One mission answers
        for the posting: log the action when it is done, acknowledge the request, or decline it with a reason.
      </p>
      {props.notice && <p class="notice" role="status">{props.notice}</p>}
      {isCoordinator(props.viewer) && (
        <form method="get" action="/requests" class="filters" aria-label="Choose a country">
          <div class="field">
            <label for="r-country">Country of posting</label>
            <select id="r-country" name="country">
              <option value="">Choose a country</option>
              {COUNTRIES.map((c) => <option value={c.code} selected={c.code === list.country}>{c.name}</option>)}
            </select>
          </div>
          <input type="hidden" name="status" value={status} />
          <button type="submit">Show</button>
        </form>
      )}
      <p><a href={query({ status: status === 'open' ? 'closed' : 'open' })}>{status === 'open' ? 'Answered requests' : 'Open requests'}</a> · <a href="/calendar">Hearing calendar</a></p>
      {props.viewer.kind === 'member' && props.viewer.role === 'diplomat' && !list.country && (
        <p class="notice">Your account has no country of posting; ask a coordinator to add it.</p>
      )}
      {list.items.length === 0 ? <p class="empty">No {status === 'open' ? 'open' : 'answered'} requests.</p> : (
        list.items.map((r) => <RequestCard r={r} viewer={props.viewer} failed={props.failed} />)
      )}
      {list.nextCursor && <p><a href={query({ status, cursor: list.nextCursor })} rel="next">Next page</a></p>}
    </Layout>
  );
}
