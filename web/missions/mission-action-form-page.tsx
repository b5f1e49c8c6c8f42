/**
 * The diplomat's form to log a mission action, coded to the EU Guidelines;
 * linked to a request when it answers one. It shows the case's consent state
 * and asks for the clearance confirmation on non-public cases. A hidden
 * idempotency key makes a double submit store one action.
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { ActionRequest } from '#shared/missions/action-request.ts';
import { Layout } from '../ui/layout.tsx';
import { ConsentBlock, EuActionField } from '../ui/eu-action-field.tsx';
import { ErrorSummary, formErrors } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';

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
  const { t, country, date } = useTranslator();
  const errors = formErrors(props.errors);
  const title = t('missions.actionForm.title', { name: c.defenderName });
  return (
    <Layout title={title} viewer={props.viewer}>
      <p><a href={`/cases/${c.id}`}>{t('missions.backTo', { name: c.defenderName })}</a></p>
      <h1>{title}</h1>
      <p>{t('missions.actionForm.country', { country: country(c.country) })}</p>
      {request && (
        <p class="notice">
          {t('missions.actionForm.answers', { action: t(`vocabulary.euAction.${request.actionType}`), due: date(request.dueDate) })}
        </p>
      )}
      <ErrorSummary errors={props.errors} />
      <form method="post" action={`/cases/${c.id}/mission-actions/new`} class="stack" novalidate>
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
        {request && <input type="hidden" name="requestId" value={request.id} />}
        {errors.fieldError('requestId')}
        <EuActionField selected={values.actionType} errors={errors} legend={t('missions.actionForm.actionType')} />
        <div class="field">
          <label for="mission">{t('missions.actionForm.mission')}</label>
          <input id="mission" name="mission" required maxlength={160} value={values.mission ?? ''} {...errors.invalid('mission')} />
          {errors.fieldError('mission')}
        </div>
        <div class="field">
          <label for="date">{t('missions.actionForm.date')}</label>
          <input id="date" name="date" type="date" required value={values.date ?? ''} {...errors.invalid('date')} />
          {errors.fieldError('date')}
        </div>
        <div class="field">
          <label for="outcome">{t('missions.actionForm.outcome')}</label>
          <textarea id="outcome" name="outcome" rows={5} maxlength={2000} required {...errors.invalid('outcome')}>{values.outcome ?? ''}</textarea>
          {errors.fieldError('outcome')}
        </div>
        <div class="field">
          <label for="evidenceUrl">{t('missions.actionForm.evidenceUrl')}</label>
          <input id="evidenceUrl" name="evidenceUrl" type="url" maxlength={2000} value={values.evidenceUrl ?? ''} {...errors.invalid('evidenceUrl')} />
          {errors.fieldError('evidenceUrl')}
        </div>
        <div class="field">
          <label class="radio">
            <input type="checkbox" name="confidential" value="yes" checked={values.confidential} {...errors.invalid('confidential')} />
            {' '}{t('missions.actionForm.confidential')}
          </label>
          {errors.fieldError('confidential')}
        </div>
        <ConsentBlock visibility={c.visibility} checked={values.publicActionCleared} errors={errors}
          confirmation={t('missions.actionForm.confirmation')} />
        <button type="submit">{t('missions.actionForm.submit')}</button>
      </form>
    </Layout>
  );
}
