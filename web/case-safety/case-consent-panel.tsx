/**
 * Coordinators' consent panel on a case: pause publicity (one click, with a
 * reason and its basis), change visibility with its basis and named members, and the
 * consent ledger.
 */
import {
  CONSENT_BASES, CONSENT_BASIS_LABELS, VISIBILITIES, VISIBILITY_LABELS, type DefenderCase,
} from '#shared/domain/case.ts';
import type { ConsentEntry } from '#shared/domain/consent.ts';
import type { Member } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { formErrors } from '../ui/form-fields.tsx';

interface Props {
  case: DefenderCase;
  ledger: ConsentEntry[];
  members: Member[];
  errors?: FieldError[];
  /** The pause form's own errors: its fields have their own ids. */
  pauseErrors?: FieldError[];
}

export function ConsentPanel(props: Props) {
  const c = props.case;
  const { fieldError: error, invalid } = formErrors(props.errors, 'vis-');
  const pause = formErrors(props.pauseErrors, 'pause-');
  const names = new Map(props.members.map((m) => [m.id, m.name]));
  const candidates = props.members.filter((m) => m.role !== 'coordinator');
  return (
    <section aria-labelledby="consent-heading" class="panel">
      <h2 id="consent-heading">Visibility and consent</h2>
      <p>
        Now: <strong>{VISIBILITY_LABELS[c.visibility]}</strong>
        {c.pausedAt && <> · <strong class="badge status-detained">Publicity paused since {c.pausedAt.slice(0, 10)}</strong></>}
        {c.namedMemberIds.length > 0 && <> · named: {c.namedMemberIds.map((id) => names.get(id) ?? 'a member').join(', ')}</>}
      </p>
      {!c.pausedAt && (
        <form method="post" action={`/cases/${c.id}/pause`} class="stack">
          <div class="field">
            <label for="pause-reason">Pause publicity now: reason for the ledger (never sent to members)</label>
            <input id="pause-reason" name="reason" required maxlength={1000} {...pause.invalid('reason')} />
            {pause.fieldError('reason')}
          </div>
          <div class="field">
            <label for="pause-basis">Basis</label>
            <select id="pause-basis" name="basis" required {...pause.invalid('basis')}>
              <option value="">Choose the basis</option>
              {CONSENT_BASES.map((b) => <option value={b}>{CONSENT_BASIS_LABELS[b]}</option>)}
            </select>
            {pause.fieldError('basis')}
          </div>
          <button type="submit" class="danger">Pause publicity</button>
        </form>
      )}
      <form method="post" action={`/cases/${c.id}/visibility`} class="stack">
        <h3>{c.pausedAt ? 'Resume: choose the visibility the defender consents to now' : 'Change visibility'}</h3>
        <input type="hidden" name="version" value={String(c.version)} />
        <fieldset class="field" {...invalid('visibility')}>
          <legend>Visibility</legend>
          {VISIBILITIES.map((v) => (
            <label class="radio"><input type="radio" name="visibility" value={v} checked={v === c.visibility} /> {VISIBILITY_LABELS[v]}</label>
          ))}
          {error('visibility')}
        </fieldset>
        <fieldset class="field" {...invalid('namedMemberIds')}>
          <legend>Named members (restricted only)</legend>
          <div class="checks">
            {candidates.map((m) => (
              <label><input type="checkbox" name="namedMemberIds" value={m.id} checked={c.namedMemberIds.includes(m.id)} /> {m.name} ({m.role})</label>
            ))}
          </div>
          {error('namedMemberIds')}
        </fieldset>
        <div class="field">
          <label for="vis-basis">Basis</label>
          <select id="vis-basis" name="basis" {...invalid('basis')}>
            <option value="">Choose the basis</option>
            {CONSENT_BASES.map((b) => <option value={b}>{CONSENT_BASIS_LABELS[b]}</option>)}
          </select>
          {error('basis')}
        </div>
        <div class="field">
          <label for="vis-note">Note (optional)</label>
          <input id="vis-note" name="note" maxlength={1000} {...invalid('note')} />
          {error('note')}
        </div>
        <button type="submit">Record visibility</button>
      </form>
      <h3>Consent ledger</h3>
      <div class="table-wrap" role="region" aria-label="Consent ledger" tabindex={0}>
        <table class="cases">
          <thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">Visibility</th><th scope="col">Basis</th><th scope="col">By</th><th scope="col">Note</th></tr></thead>
          <tbody>
            {[...props.ledger].reverse().map((e) => (
              <tr>
                <td><time datetime={e.at}>{e.at.slice(0, 16).replace('T', ' ')}</time></td>
                <td>{e.event}</td>
                <td>{e.visibility}{e.namedMemberIds.length > 0 ? ` (+${e.namedMemberIds.length} named)` : ''}</td>
                <td>{CONSENT_BASIS_LABELS[e.basis]}</td>
                <td>{names.get(e.by) ?? 'a coordinator'}</td>
                <td>{e.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
