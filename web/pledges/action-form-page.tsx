/**
 * An MP logs an action done on a case, or corrects one (after a coordinator
 * asked for more). A new form carries an idempotency key made when it was
 * rendered, so a double submit or a browser retry stores the action once.
 * Confidential is the default: publicity is the riskier choice.
 */
import { PARLIAMENTARY_ACTIONS, PARLIAMENTARY_ACTION_LABELS } from '#shared/domain/parliamentary-actions.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { VERIFICATION_LABELS, type Verification } from '#shared/pledges/action.schema.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';
import { PublicConsentNotice, type ConsentOfCase } from './public-consent-notice.tsx';

export interface ActionFormValues {
  type?: string;
  date?: string;
  description?: string;
  evidenceUrl?: string;
  public?: boolean;
}

interface Props {
  viewer: Viewer;
  /** The name is absent when a failed post is shown again (no extra read: the request budget is 3 calls). */
  case: Pick<DefenderCase, 'id'> & { defenderName?: string } & ConsentOfCase;
  mode: { kind: 'new'; idempotencyKey: string; today: string } | { kind: 'edit'; actionId: string; version: number; verification?: Verification };
  values: ActionFormValues;
  errors?: FieldError[];
  notice?: string;
}

/** The new-action form (with its idempotency key) or the correction form (with its version). */
export function ActionFormPage(props: Props) {
  const { values, mode } = props;
  const { fieldError, invalid, summary } = formErrors(props.errors);
  const caseUrl = `/cases/${props.case.id}`;
  const name = props.case.defenderName;
  const title = mode.kind === 'new' ? `Log an action${name ? ` for ${name}` : ''}` : 'Correct your logged action';
  const action = mode.kind === 'new' ? `${caseUrl}/actions/new` : `${caseUrl}/actions/${mode.actionId}/edit`;

  return (
    <Layout title={title} viewer={props.viewer}>
      <p><a href={caseUrl}>← Back to the case</a></p>
      <h1>{title}</h1>
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <PublicConsentNotice case={props.case} />
      {mode.kind === 'edit' && mode.verification && (
        <p>
          {VERIFICATION_LABELS[mode.verification.state]}
          {mode.verification.note && <>: <q>{mode.verification.note}</q></>}. Saving sends it back for verification.
        </p>
      )}
      {summary()}
      <form method="post" action={action} class="stack" novalidate>
        {mode.kind === 'new' && <input type="hidden" name="idempotencyKey" value={mode.idempotencyKey} />}
        {mode.kind === 'edit' && <input type="hidden" name="version" value={String(mode.version)} />}
        {mode.kind === 'new' && (
          <>
            <div class="field">
              <label for="type">What you did</label>
              <select id="type" name="type" {...invalid('type')}>
                <option value="">Choose an action</option>
                {PARLIAMENTARY_ACTIONS.map((a) => <option value={a} selected={a === values.type}>{PARLIAMENTARY_ACTION_LABELS[a]}</option>)}
              </select>
              {fieldError('type')}
            </div>
            <div class="field">
              <label for="date">When (the day it was done)</label>
              <input id="date" name="date" type="date" max={mode.today} value={values.date ?? ''} {...invalid('date')} />
              {fieldError('date')}
            </div>
          </>
        )}
        <div class="field">
          <label for="description">What happened</label>
          <textarea id="description" name="description" rows={4} maxlength={2000} {...invalid('description')}>{values.description ?? ''}</textarea>
          {fieldError('description')}
        </div>
        <div class="field">
          <label for="evidenceUrl">Evidence link (optional, https only: a parliamentary record, a published letter)</label>
          <input id="evidenceUrl" name="evidenceUrl" type="url" inputmode="url" maxlength={2000} value={values.evidenceUrl ?? ''} {...invalid('evidenceUrl')} />
          {fieldError('evidenceUrl')}
        </div>
        <fieldset class="field" {...invalid('public')}>
          <legend>Who may see it</legend>
          <label class="radio"><input type="radio" name="public" value="false" checked={!values.public} /> Confidential: coordinators and you only</label>
          <label class="radio"><input type="radio" name="public" value="true" checked={values.public} /> May be shown publicly, and to other members</label>
          {fieldError('public')}
        </fieldset>
        <button type="submit">{mode.kind === 'new' ? 'Log this action' : 'Save and send for verification'}</button>
      </form>
    </Layout>
  );
}
