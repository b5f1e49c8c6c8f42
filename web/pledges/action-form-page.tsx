/**
 * An MP logs an action done on a case, or corrects one (after a coordinator
 * asked for more). A new form carries an idempotency key made when it was
 * rendered, so a double submit or a browser retry stores the action once.
 * Confidential is the default: publicity is the riskier choice.
 */
import { PARLIAMENTARY_ACTIONS } from '#shared/domain/parliamentary-actions.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { Verification } from '#shared/pledges/action.schema.ts';
import { useTranslator } from '../i18n/use-translator.ts';
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
  /** The name is read with the case, on the first render and when a failed post is shown again. */
  case: Pick<DefenderCase, 'id'> & { defenderName?: string } & ConsentOfCase;
  mode: { kind: 'new'; idempotencyKey: string; today: string } | { kind: 'edit'; actionId: string; version: number; verification?: Verification };
  values: ActionFormValues;
  errors?: FieldError[];
  notice?: string;
}

/** The new-action form (with its idempotency key) or the correction form (with its version). */
export function ActionFormPage(props: Props) {
  const { values, mode } = props;
  const { t } = useTranslator();
  const { fieldError, invalid, invalidGroup, summary } = formErrors(props.errors);
  const caseUrl = `/cases/${props.case.id}`;
  const name = props.case.defenderName;
  const title = mode.kind === 'edit' ? t('pledges.actionForm.titleEdit') : name ? t('pledges.actionForm.titleNew', { name }) : t('pledges.actionForm.titleNewUnnamed');
  const action = mode.kind === 'new' ? `${caseUrl}/actions/new` : `${caseUrl}/actions/${mode.actionId}/edit`;

  return (
    <Layout title={title} viewer={props.viewer}>
      <p><a href={caseUrl}>{t('pledges.backToCase')}</a></p>
      <h1>{title}</h1>
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <PublicConsentNotice case={props.case} />
      {mode.kind === 'edit' && mode.verification && (
        <p>
          {mode.verification.note
            ? t('pledges.actionForm.verificationWithNote', { state: t(`pledges.verification.${mode.verification.state}`), note: mode.verification.note })
            : t('pledges.actionForm.verification', { state: t(`pledges.verification.${mode.verification.state}`) })}
        </p>
      )}
      {summary()}
      <form method="post" action={action} class="stack" novalidate>
        {mode.kind === 'new' && <input type="hidden" name="idempotencyKey" value={mode.idempotencyKey} />}
        {mode.kind === 'edit' && <input type="hidden" name="version" value={String(mode.version)} />}
        {mode.kind === 'new' && (
          <>
            <div class="field">
              <label for="type">{t('pledges.actionForm.type')}</label>
              <select id="type" name="type" {...invalid('type')}>
                <option value="">{t('pledges.actionForm.chooseType')}</option>
                {PARLIAMENTARY_ACTIONS.map((a) => <option value={a} selected={a === values.type}>{t(`vocabulary.parliamentaryAction.${a}`)}</option>)}
              </select>
              {fieldError('type')}
            </div>
            <div class="field">
              <label for="date">{t('pledges.actionForm.date')}</label>
              <input id="date" name="date" type="date" max={mode.today} value={values.date ?? ''} {...invalid('date')} />
              {fieldError('date')}
            </div>
          </>
        )}
        <div class="field">
          <label for="description">{t('pledges.actionForm.description')}</label>
          <textarea id="description" name="description" rows={4} maxlength={2000} {...invalid('description')}>{values.description ?? ''}</textarea>
          {fieldError('description')}
        </div>
        <div class="field">
          <label for="evidenceUrl">{t('pledges.actionForm.evidenceUrl')}</label>
          <input id="evidenceUrl" name="evidenceUrl" type="url" inputmode="url" maxlength={2000} value={values.evidenceUrl ?? ''} {...invalid('evidenceUrl')} />
          {fieldError('evidenceUrl')}
        </div>
        <fieldset class="field" {...invalidGroup('public')}>
          <legend>{t('pledges.actionForm.audience')}</legend>
          <label class="radio"><input type="radio" name="public" value="false" checked={!values.public} /> {t('pledges.actionForm.confidential')}</label>
          <label class="radio"><input type="radio" name="public" value="true" checked={values.public} /> {t('pledges.actionForm.public')}</label>
          {fieldError('public')}
        </fieldset>
        <button type="submit">{mode.kind === 'new' ? t('pledges.actionForm.submitNew') : t('pledges.actionForm.submitEdit')}</button>
      </form>
    </Layout>
  );
}
