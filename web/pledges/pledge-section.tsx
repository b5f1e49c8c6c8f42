/**
 * The adoption part of the case page: adopters and the twin, your own pledge
 * with what is done, suggestions by status with who already covers them, and
 * the logged actions. It renders only what the bundle holds, and the bundle
 * was trimmed to the viewer when read (`adoptionFor`).
 */
import { PARLIAMENTARY_ACTION_LABELS } from '#shared/domain/parliamentary-actions.ts';
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import type { CaseBundle } from '#shared/ports/store.ts';
import { coverageOf, progressOf, suggestionsFor, type Pledge, type Suggestion } from '#shared/pledges/index.ts';
import { ActionList } from './pledge-actions.tsx';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function YourPledge(props: { bundle: CaseBundle; pledge: Pledge }) {
  const { done, remaining } = progressOf(props.pledge, props.bundle.actions, props.bundle.actions.flatMap((a) => a.coSigners ?? []));
  return (
    <div>
      <h3>Your pledge{props.pledge.twin && ' (you are twinned with this defender)'}</h3>
      <ul>
        {done.map((a) => <li><span class="badge">Done</span> {PARLIAMENTARY_ACTION_LABELS[a]}</li>)}
        {remaining.map((a) => <li><span class="badge">To do</span> {PARLIAMENTARY_ACTION_LABELS[a]}</li>)}
      </ul>
      {props.pledge.note && <p class="muted">Your note: {props.pledge.note}</p>}
    </div>
  );
}

function SuggestionItem(props: { bundle: CaseBundle; suggestion: Suggestion; caseId: string }) {
  const s = props.suggestion;
  if (s.kind === 'case_state') {
    return <li><strong>Move the case to {s.state}.</strong> {s.why} <a href={`/cases/${props.caseId}/edit`}>Edit the case</a></li>;
  }
  const { pledgedBy, doneBy } = coverageOf(props.bundle, s.action);
  return (
    <li>
      <strong>{PARLIAMENTARY_ACTION_LABELS[s.action]}.</strong> {s.why}{' '}
      <span class="muted">
        {doneBy.length > 0
          ? `Done by ${doneBy.map((d) => `${d.name} (${d.date})`).join(', ')}.`
          : pledgedBy.length > 0 ? 'Not done yet.' : 'Nobody has pledged it yet.'}
        {pledgedBy.length > 0 && ` Pledged by ${pledgedBy.join(', ')}.`}
      </span>
    </li>
  );
}

/** The section, for the case page: `<AdoptionSection viewer={viewer} bundle={bundle} />`. */
export function AdoptionSection(props: { viewer: Viewer; bundle: CaseBundle }) {
  const { viewer, bundle } = props;
  const c = bundle.case;
  const isMp = viewer.kind === 'member' && viewer.role === 'mp';
  const mine = viewer.kind === 'member' ? bundle.pledges.find((p) => p.memberId === viewer.id) : undefined;
  const twin = bundle.twin ? bundle.pledges.find((p) => p.memberId === bundle.twin?.memberId) : undefined;
  const suggestions = viewer.kind === 'member'
    ? suggestionsFor(c).filter((s) => s.kind === 'action' || isCoordinator(viewer))
    : [];

  return (
    <section id="adoption" aria-labelledby="adoption-title">
      <h2 id="adoption-title">Adoption</h2>
      <p>{c.adopterCount === 0 ? 'No MP has adopted this case yet.' : `${plural(c.adopterCount, 'MP has', 'MPs have')} adopted this case.`}</p>
      {bundle.pledges.length > 0 && (
        <ul>
          {bundle.pledges.map((p) => (
            <li>
              {p.memberName}
              {p.twin && <> <span class="badge">Twin</span></>}: {p.actions.map((a) => PARLIAMENTARY_ACTION_LABELS[a]).join(', ')}
            </li>
          ))}
        </ul>
      )}
      {twin && isCoordinator(viewer) && (
        <form method="post" action={`/cases/${c.id}/twin/end`}>
          <button type="submit">End the twinning with {twin.memberName}</button>
        </form>
      )}
      {mine && <YourPledge bundle={bundle} pledge={mine} />}
      {isMp && (mine || c.state !== 'closed') && (
        <p><a class="button" href={`/cases/${c.id}/pledge`}>{mine ? 'Change or withdraw your pledge' : 'Adopt this case'}</a></p>
      )}
      {isMp && <p><a class="button" href={`/cases/${c.id}/actions/new`}>Log an action</a></p>}
      {suggestions.length > 0 && (
        <>
          <h3>Suggested next actions</h3>
          <ul>{suggestions.map((s) => <SuggestionItem bundle={bundle} suggestion={s} caseId={c.id} />)}</ul>
        </>
      )}
      <ActionList viewer={viewer} bundle={bundle} />
    </section>
  );
}
