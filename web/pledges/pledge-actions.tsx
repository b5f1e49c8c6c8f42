/**
 * "Who did what": the logged actions on a case, newest first, so members do
 * not duplicate efforts and see the gaps. Evidence links are https (checked
 * on input) and open without passing the case page as referrer. Coordinators
 * verify here; MPs co-sign joint letters here.
 */
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import type { CaseBundle } from '#shared/ports/store.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { LoggedAction } from '#shared/pledges/action.schema.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { formErrors, spoken } from '../ui/form-fields.tsx';
import { ActionFiles } from '../attachments/parts.ts';
import type { Attachment } from '#shared/attachments/index.ts';

/** The coordinator's verification form (on the case page, and alone when a post needs correcting). */
export function VerifyForm(props: { action: LoggedAction; errors?: FieldError[] }) {
  const a = props.action;
  const { t, date } = useTranslator();
  const base = `/cases/${a.caseId}/actions/${a.id}`;
  const { fieldError, invalid, invalidGroup } = formErrors(props.errors);
  const what = { type: t(`vocabulary.parliamentaryAction.${a.type}`), name: a.memberName, date: date(a.date) };
  return (
    <form method="post" action={`${base}/verify`} class="stack" aria-label={t('pledges.verify.formLabel', what)}>
      <input type="hidden" name="version" value={String(a.version)} />
      <fieldset class="field" {...invalidGroup('state')}>
        <legend>{t('pledges.verify.legend')}</legend>
        <label class="radio"><input type="radio" name="state" value="verified" checked={a.verification.state !== 'needs_more_info'} /> {t('pledges.verify.verified')}</label>
        <label class="radio"><input type="radio" name="state" value="needs_more_info" checked={a.verification.state === 'needs_more_info'} /> {t('pledges.verify.needsMore')}</label>
        {fieldError('state')}
      </fieldset>
      <div class="field">
        <label for={`note-${a.id}`}>{t('pledges.verify.note')}</label>
        <input id={`note-${a.id}`} name="note" maxlength={1000} value={a.verification.note ?? ''} {...invalid('note')} />
        {fieldError('note')}
      </div>
      <button type="submit">{spoken('pledges.verify.save', what)}</button>
    </form>
  );
}

/** One logged action, with what the viewer may do with it. */
export function ActionItem(props: { viewer: Viewer; action: LoggedAction; files?: Attachment[] }) {
  const { viewer, action: a } = props;
  const { t, date, list } = useTranslator();
  const mine = viewer.kind === 'member' && viewer.id === a.memberId;
  const coordinator = isCoordinator(viewer);
  const canCoSign = viewer.kind === 'member' && viewer.role === 'mp' && a.type === 'joint_letter' && !mine
    && !(a.coSigners ?? []).some((s) => s.memberId === viewer.id);
  const type = t(`vocabulary.parliamentaryAction.${a.type}`);
  const coSigners = (a.coSigners ?? []).map((s) => s.memberName);
  return (
    <li>
      <p>
        {t('pledges.actions.byline', { type, name: a.memberName, date: date(a.date) })}{' '}
        <span class="badge">{a.public ? t('pledges.actions.public') : t('pledges.actions.confidential')}</span>{' '}
        <span class="badge">{t(`pledges.verification.${a.verification.state}`)}</span>
      </p>
      <p>{a.description}</p>
      {a.evidenceUrl && <p><a href={a.evidenceUrl} rel="noopener noreferrer" target="_blank">{t('pledges.actions.evidence')}</a></p>}
      {props.files && <ActionFiles viewer={viewer} caseId={a.caseId} actionId={a.id} files={props.files} mayAttach={mine} />}
      {a.verification.note && (mine || coordinator) && <p class="notice">{t('pledges.actions.coordinatorNote', { note: a.verification.note })}</p>}
      {a.type === 'joint_letter' && (
        <p>{coSigners.length === 0 ? t('pledges.actions.coSignedByNobody') : t('pledges.actions.coSignedBy', { names: list(coSigners) })}</p>
      )}
      {canCoSign && (
        <form method="post" action={`/cases/${a.caseId}/actions/${a.id}/co-sign`}>
          <button type="submit">{spoken('pledges.actions.coSign', { name: a.memberName, date: date(a.date) })}</button>
        </form>
      )}
      {mine && <p><a href={`/cases/${a.caseId}/actions/${a.id}/edit`}>{spoken('pledges.actions.correct', { type, date: date(a.date) })}</a></p>}
      {coordinator && <VerifyForm action={a} />}
    </li>
  );
}

/** The "who did what" list of a case, newest first. */
export function ActionList(props: { viewer: Viewer; bundle: CaseBundle }) {
  const { t } = useTranslator();
  const actions = [...props.bundle.actions].reverse();
  const member = props.viewer.kind === 'member';
  return (
    <>
      <h3 id="actions">{t('pledges.actions.title')}</h3>
      {actions.length === 0 ? <p class="muted">{t('pledges.actions.none')}</p> : <ul class="actions">{actions.map((a) => <ActionItem viewer={props.viewer} action={a} files={props.bundle.attachments} />)}</ul>}
      {member && !isCoordinator(props.viewer) && (
        <p class="muted">{t('pledges.actions.someConfidential')}</p>
      )}
    </>
  );
}
