/**
 * "My cases": the cases an MP adopted, what is done and what is still to do,
 * and the verification state of each action they logged. Cases the MP may no
 * longer see are not here (the use case leaves them out).
 */
import { countryName } from '#shared/domain/countries.ts';
import { PARLIAMENTARY_ACTION_LABELS } from '#shared/domain/parliamentary-actions.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { VERIFICATION_LABELS, type MyAdoption, type MyAdoptions } from '#shared/pledges/index.ts';
import { Layout } from '../ui/layout.tsx';
import { StatusBadge } from '../ui/case-views.tsx';

function Adoption(props: { item: MyAdoption }) {
  const { item } = props;
  const c = item.case;
  return (
    <li class="adoption">
      <h2><a href={`/cases/${c.id}`}>{c.defenderName}</a></h2>
      <p>
        {countryName(c.country)} · <StatusBadge status={c.riskStatus} />
        {item.pledge.twin && <> · <span class="badge">You are the twin</span></>}
        {c.state !== 'active' && <> · {c.state}</>}
      </p>
      {c.paused && <p class="notice" role="note">Publicity is paused for this defender's safety: take no public action until the coordinators say so.</p>}
      {item.remaining.length > 0
        ? <p><strong>Still to do:</strong> {item.remaining.map((a) => PARLIAMENTARY_ACTION_LABELS[a]).join(', ')}</p>
        : <p><strong>Everything you pledged is done.</strong></p>}
      {item.done.length > 0 && <p><strong>Done:</strong> {item.done.map((a) => PARLIAMENTARY_ACTION_LABELS[a]).join(', ')}</p>}
      {item.actions.length > 0 && (
        <ul>
          {item.actions.map((a) => (
            <li>
              <time datetime={a.date}>{a.date}</time> {PARLIAMENTARY_ACTION_LABELS[a.type]}: {VERIFICATION_LABELS[a.verification.state]}
              {a.verification.state === 'needs_more_info' && <> (<a href={`/cases/${c.id}/actions/${a.id}/edit`}>add what is asked</a>)</>}
            </li>
          ))}
        </ul>
      )}
      <p><a href={`/cases/${c.id}/actions/new`}>Log an action</a></p>
    </li>
  );
}

/** The page for `GET /my-cases`, from `listMyPledges`. */
export function MyCasesPage(props: { viewer: Viewer; list: MyAdoptions }) {
  const { items, nextCursor } = props.list;
  return (
    <Layout title="My cases" viewer={props.viewer}>
      <h1>My cases</h1>
      {items.length === 0
        ? <p class="empty">You have not adopted a case yet. <a href="/cases">Browse the cases</a> and adopt one.</p>
        : <ul class="adoptions">{items.map((item) => <Adoption item={item} />)}</ul>}
      {nextCursor && <p><a href={`/my-cases?${new URLSearchParams({ cursor: nextCursor })}`} rel="next">Next page</a></p>}
    </Layout>
  );
}
