/**
 * The diplomat's form to log a mission action, coded to the EU Guidelines;
 * linked to a request when it answers one. It shows the case's consent state
 * and asks for the clearance confirmation on non-public cases. A hidden
 * idempotency key makes a double submit store one action.
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import { countryName } from '#shared/domain/countries.ts';
import { euActionLabel } from '#shared/domain/eu-guidelines.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { ActionRequest } from '#shared/missions/action-request.ts';
import { Layout } from '../ui/layout.tsx';
import { ConsentBlock, EuActionField } from '../ui/eu-action-field.tsx';
import { ErrorSummary, formErrors } from '../ui/form-fields.tsx';

export interface ActionFormValues {
  actionType?: string;
  mission?: string;
  date?: string;
  outcome?: string;
  evidenceUrl?: string;
  confidential?: boolean;
  publicActionCleared?: boolean;
}

export function MissionActionFormPage(props: {
  viewer: Viewer;
  case: Pick<DefenderCase, 'id' | 'defenderName' | 'country' | 'visibility'>;
  request?: ActionRequest;
  values: ActionFormValues;
  idempotencyKey: string;
  errors?: FieldError[];
}) {
  const { values, request } = props;
  const c = props.case;
  const errors = formErrors(props.errors);
  return (
    <Layout title={`Log a mission action: ${c.defenderName}`} viewer={props.viewer}>
      <p><a href={`/cases/${c.id}`}>← {c.defenderName}</a></p>
      <h1>Log a mission action</h1>
      <p>For <strong>{c.defenderName}</strong> ({countryName(c.country)}).</p>
      {request && (
        <p class="notice">
          This answers the request for <strong>{euActionLabel(request.actionType)}</strong>, due {request.dueDate}: logging it closes the request.
        </p>
      )}
      <ErrorSummary errors={props.errors} />
      <form method="post" action={`/cases/${c.id}/mission-actions/new`} class="stack" novalidate>
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
        {request && <input type="hidden" name="requestId" value={request.id} />}
        {errors.fieldError('requestId')}
        <EuActionField selected={values.actionType} errors={errors} legend="What the mission did (EU Guidelines)" />
        <div class="field">
          <label for="mission">Mission</label>
          <input id="mission" name="mission" required maxlength={160} value={values.mission ?? ''} {...errors.invalid('mission')} />
          {errors.fieldError('mission')}
        </div>
        <div class="field">
          <label for="date">Date</label>
          <input id="date" name="date" type="date" required value={values.date ?? ''} {...errors.invalid('date')} />
          {errors.fieldError('date')}
        </div>
        <div class="field">
          <label for="outcome">Outcome</label>
          <textarea id="outcome" name="outcome" rows={5} maxlength={2000} required {...errors.invalid('outcome')}>{values.outcome ?? ''}</textarea>
          {errors.fieldError('outcome')}
        </div>
        <div class="field">
          <label for="evidenceUrl">Link to a record (optional, https)</label>
          <input id="evidenceUrl" name="evidenceUrl" type="url" maxlength={2000} value={values.evidenceUrl ?? ''} {...errors.invalid('evidenceUrl')} />
          {errors.fieldError('evidenceUrl')}
        </div>
        <div class="field">
          <label class="radio">
            <input type="checkbox" name="confidential" value="yes" checked={values.confidential} />
            {' '}Confidential: only coordinators and I see it
          </label>
          {errors.fieldError('confidential')}
        </div>
        <ConsentBlock visibility={c.visibility} checked={values.publicActionCleared} errors={errors}
          confirmation="I confirm this public action was cleared with the coordinator, who consulted the defender" />
        <button type="submit">Log the action</button>
      </form>
    </Layout>
  );
}
