/**
 * "Who did what": the logged actions on a case, newest first, so members do
 * not duplicate efforts and see the gaps. Evidence links are https (checked
 * on input) and open without passing the case page as referrer. Coordinators
 * verify here; MPs co-sign joint letters here.
 */
import { PARLIAMENTARY_ACTION_LABELS } from '#shared/domain/parliamentary-actions.ts';
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import type { CaseBundle } from '#shared/ports/store.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { VERIFICATION_LABELS, type LoggedAction } from '#shared/pledges/action.schema.ts';
import { formErrors } from '../ui/form-fields.tsx';

/** The coordinator's verification form (on the case page, and alone when a post needs correcting). */
export function VerifyForm(props: { action: LoggedAction; errors?: FieldError[] }) {
  const a = props.action;
  const base = `/cases/${a.caseId}/actions/${a.id}`;
  const { fieldError, invalid } = formErrors(props.errors);
  return (
    <form method="post" action={`${base}/verify`} class="stack">
      <input type="hidden" name="version" value={String(a.version)} />
      <fieldset class="field" {...invalid('state')}>
        <legend>Verification</legend>
        <label class="radio"><input type="radio" name="state" value="verified" checked={a.verification.state !== 'needs_more_info'} /> Verified</label>
        <label class="radio"><input type="radio" name="state" value="needs_more_info" checked={a.verification.state === 'needs_more_info'} /> Ask for more information</label>
        {fieldError('state')}
      </fieldset>
      <div class="field">
        <label for={`note-${a.id}`}>Note to the MP (required when asking for more)</label>
        <input id={`note-${a.id}`} name="note" maxlength={1000} value={a.verification.note ?? ''} {...invalid('note')} />
        {fieldError('note')}
      </div>
      <button type="submit">Save verification</button>
    </form>
  );
}

/** One logged action, with what the viewer may do with it. */
export function ActionItem(props: { viewer: Viewer; action: LoggedAction }) {
  const { viewer, action: a } = props;
  const mine = viewer.kind === 'member' && viewer.id === a.memberId;
  const coordinator = isCoordinator(viewer);
  const canCoSign = viewer.kind === 'member' && viewer.role === 'mp' && a.type === 'joint_letter' && !mine
    && !(a.coSigners ?? []).some((s) => s.memberId === viewer.id);
  return (
    <li>
      <p>
        <strong>{PARLIAMENTARY_ACTION_LABELS[a.type]}</strong> by {a.memberName},{' '}
        <time datetime={a.date}>{a.date}</time>{' '}
        <span class="badge">{a.public ? 'Public' : 'Confidential'}</span>{' '}
        <span class="badge">{VERIFICATION_LABELS[a.verification.state]}</span>
      </p>
      <p>{a.description}</p>
      {a.evidenceUrl && <p><a href={a.evidenceUrl} rel="noopener noreferrer" target="_blank">Evidence (opens a new tab)</a></p>}
      {a.verification.note && (mine || coordinator) && <p class="notice">Coordinator: {a.verification.note}</p>}
      {a.type === 'joint_letter' && (
        <p>Co-signed by {(a.coSigners ?? []).length === 0 ? 'nobody yet' : (a.coSigners ?? []).map((s) => s.memberName).join(', ')}.</p>
      )}
      {canCoSign && (
        <form method="post" action={`/cases/${a.caseId}/actions/${a.id}/co-sign`}>
          <button type="submit">Co-sign this letter</button>
        </form>
      )}
      {mine && <p><a href={`/cases/${a.caseId}/actions/${a.id}/edit`}>Correct this action</a></p>}
      {coordinator && <VerifyForm action={a} />}
    </li>
  );
}

/** The "who did what" list of a case, newest first. */
export function ActionList(props: { viewer: Viewer; bundle: CaseBundle }) {
  const actions = [...props.bundle.actions].reverse();
  const member = props.viewer.kind === 'member';
  return (
    <>
      <h3 id="actions">Who did what</h3>
      {actions.length === 0 ? <p class="muted">No action logged yet.</p> : <ul class="actions">{actions.map((a) => <ActionItem viewer={props.viewer} action={a} />)}</ul>}
      {member && !isCoordinator(props.viewer) && (
        <p class="muted">Some actions may be confidential and not listed here: ask the coordinators before a visible step.</p>
      )}
    </>
  );
}
