/**
 * An MP adopts a case, or changes or withdraws their pledge. The edit form
 * carries the version it was loaded at, so a concurrent change is caught
 * (412) instead of overwritten; a lost twin request is shown next to the box.
 */
import { PARLIAMENTARY_ACTIONS, PARLIAMENTARY_ACTION_LABELS } from '#shared/domain/parliamentary-actions.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';
import { PublicConsentNotice, type ConsentOfCase } from './public-consent-notice.tsx';

export interface PledgeFormValues {
  actions?: string[];
  note?: string;
  twin?: boolean;
}

interface Props {
  viewer: Viewer;
  /** The name is absent when a failed post is shown again (no extra read: the request budget is 3 calls). */
  case: Pick<DefenderCase, 'id'> & { defenderName?: string } & ConsentOfCase;
  /** The version of the pledge being changed; absent for a new pledge. */
  version?: number;
  values: PledgeFormValues;
  /** Someone else holds the twin place (and it is not this MP). */
  twinTaken: boolean;
  errors?: FieldError[];
  notice?: string;
}

/** The pledge form: new when `version` is absent, an edit (with withdraw) otherwise. */
export function PledgeFormPage(props: Props) {
  const { values, version } = props;
  const { fieldError, invalid, summary } = formErrors(props.errors);
  const editing = version !== undefined;
  const name = props.case.defenderName;
  const title = editing ? `Your pledge${name ? ` for ${name}` : ''}` : name ? `Adopt ${name}` : 'Adopt this case';
  const caseUrl = `/cases/${props.case.id}`;

  return (
    <Layout title={title} viewer={props.viewer}>
      <p><a href={caseUrl}>← Back to the case</a></p>
      <h1>{title}</h1>
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <PublicConsentNotice case={props.case} />
      {summary()}
      <form method="post" action={`${caseUrl}/pledge`} class="stack" novalidate>
        {editing && <input type="hidden" name="version" value={String(version)} />}
        <fieldset class="field" {...invalid('actions')}>
          <legend>The actions you commit to</legend>
          <div class="checks">
            {PARLIAMENTARY_ACTIONS.map((a) => (
              <label><input type="checkbox" name="actions" value={a} checked={values.actions?.includes(a)} /> {PARLIAMENTARY_ACTION_LABELS[a]}</label>
            ))}
          </div>
          {fieldError('actions')}
        </fieldset>
        <div class="field">
          <label for="note">Note for the coordinators and other adopters (optional)</label>
          <textarea id="note" name="note" rows={3} maxlength={1000} {...invalid('note')}>{values.note ?? ''}</textarea>
          {fieldError('note')}
        </div>
        <div class="field">
          <label>
            <input type="checkbox" name="twin" value="on" checked={values.twin} {...invalid('twin')} /> Twin with this defender
          </label>
          <p class="muted">
            A twin is the defender's main parliamentary contact; a case has at most one.
            {props.twinTaken && ' Another MP is twinned with this defender at the moment.'}
          </p>
          {fieldError('twin')}
        </div>
        <button type="submit">{editing ? 'Save your pledge' : 'Adopt this case'}</button>
      </form>
      {editing && (
        <form method="post" action={`${caseUrl}/pledge/withdraw`} class="stack">
          <input type="hidden" name="version" value={String(version)} />
          <h2>Withdraw</h2>
          <p>Withdrawing removes you from the adopters. Actions you logged stay on the case.</p>
          <button type="submit">Withdraw your pledge</button>
        </form>
      )}
    </Layout>
  );
}
