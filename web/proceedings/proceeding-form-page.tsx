/**
 * The coordinators' form to record or edit a proceeding at an international body: the body, its
 * reference, the date of each stage, the outcome with the articles violated, and the execution of a
 * judgment. Errors show beside their field with everything typed kept; the first field at fault takes
 * the focus.
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { EXECUTION_STATUSES, INTERNATIONAL_BODIES, PROCEEDING_OUTCOMES } from '#shared/proceedings/index.ts';
import { STAGE_DATES } from '#shared/proceedings/proceeding.ts';
import { Layout } from '../ui/layout.tsx';
import { ErrorSummary, formErrors } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import type { ProceedingFormValues } from './proceeding-form-input.ts';

export type ProceedingFormMode = { kind: 'new'; idempotencyKey: string } | { kind: 'edit'; proceedingId: string; version: number };

const ORDER = ['internationalBody', 'otherBody', 'reference', ...STAGE_DATES, 'outcome', 'articles', 'executionStatus'] as const;

export function ProceedingFormPage(props: {
  viewer: Viewer;
  case: Pick<DefenderCase, 'id' | 'defenderName'>;
  mode: ProceedingFormMode;
  values: ProceedingFormValues;
  errors?: FieldError[];
  notice?: string;
}) {
  const { values, mode } = props;
  const c = props.case;
  const { t } = useTranslator();
  const { fieldError, invalid } = formErrors(props.errors, '', { order: ORDER });
  const title = mode.kind === 'new' ? t('proceedings.form.titleNew', { name: c.defenderName }) : t('proceedings.form.titleEdit', { name: c.defenderName });
  const action = mode.kind === 'new' ? `/cases/${c.id}/proceedings/new` : `/cases/${c.id}/proceedings/${mode.proceedingId}/edit`;
  const described = (field: string, hint: string) => {
    const attributes = invalid(field);
    return { ...attributes, 'aria-describedby': [hint, attributes['aria-describedby']].filter(Boolean).join(' ') };
  };
  return (
    <Layout title={title} viewer={props.viewer}>
      <p><a href={`/cases/${c.id}`}>{t('proceedings.backTo', { name: c.defenderName })}</a></p>
      <h1>{title}</h1>
      <p>{t('proceedings.form.intro')}</p>
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <ErrorSummary errors={props.errors} />
      <form method="post" action={action} class="stack" novalidate>
        {mode.kind === 'new' && <input type="hidden" name="idempotencyKey" value={mode.idempotencyKey} />}
        {mode.kind === 'edit' && <input type="hidden" name="version" value={String(mode.version)} />}
        <div class="field">
          <label for="internationalBody">{t('proceedings.form.internationalBody')}</label>
          <select id="internationalBody" name="internationalBody" required {...invalid('internationalBody')}>
            {INTERNATIONAL_BODIES.map((b) => <option value={b} selected={values.internationalBody === b}>{t(`proceedings.body.${b}`)}</option>)}
          </select>
          {fieldError('internationalBody')}
        </div>
        <div class="field">
          <label for="otherBody">{t('proceedings.form.otherBody')}</label>
          <input id="otherBody" name="otherBody" maxlength={200} value={values.otherBody ?? ''} {...invalid('otherBody')} />
          {fieldError('otherBody')}
        </div>
        <div class="field">
          <label for="reference">{t('proceedings.form.reference')}</label>
          <input id="reference" name="reference" maxlength={100} value={values.reference ?? ''} {...invalid('reference')} />
          {fieldError('reference')}
        </div>
        <fieldset>
          <legend>{t('proceedings.form.stages')}</legend>
          <p id="deadline-hint" class="hint">{t('proceedings.form.deadlineHint')}</p>
          {STAGE_DATES.map((stage) => (
            <div class="field">
              <label for={stage}>{t(`proceedings.stage.${stage}`)}</label>
              <input id={stage} name={stage} type="date" value={values[stage] ?? ''}
                {...(stage === 'finalDomesticDecisionDate' ? described(stage, 'deadline-hint') : invalid(stage))} />
              {fieldError(stage)}
            </div>
          ))}
        </fieldset>
        <div class="field">
          <label for="outcome">{t('proceedings.form.outcome')}</label>
          <select id="outcome" name="outcome" {...invalid('outcome')}>
            <option value="">{t('proceedings.form.noOutcome')}</option>
            {PROCEEDING_OUTCOMES.map((o) => <option value={o} selected={values.outcome === o}>{t(`proceedings.outcome.${o}`)}</option>)}
          </select>
          {fieldError('outcome')}
        </div>
        <div class="field">
          <label for="articles">{t('proceedings.form.articles')}</label>
          <p id="articles-hint" class="hint">{t('proceedings.form.articlesHint')}</p>
          <input id="articles" name="articles" value={values.articles ?? ''} {...described('articles', 'articles-hint')} />
          {fieldError('articles')}
        </div>
        <div class="field">
          <label for="executionStatus">{t('proceedings.form.executionStatus')}</label>
          <p id="execution-hint" class="hint">{t('proceedings.form.executionHint')}</p>
          <select id="executionStatus" name="executionStatus" {...described('executionStatus', 'execution-hint')}>
            <option value="">{t('proceedings.form.noExecution')}</option>
            {EXECUTION_STATUSES.map((s) => <option value={s} selected={values.executionStatus === s}>{t(`proceedings.execution.${s}`)}</option>)}
          </select>
          {fieldError('executionStatus')}
        </div>
        <button type="submit">{mode.kind === 'new' ? t('proceedings.form.submitNew') : t('proceedings.form.submitEdit')}</button>
      </form>
    </Layout>
  );
}
