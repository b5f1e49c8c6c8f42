/**
 * The coordinator's case editor (new and edit). Validation messages sit next
 * to their fields, in the reader's language, focus goes to the first; the
 * heading names the case as stored, so a cleared name field cannot change it.
 * The edit form carries the version it was loaded at, so a concurrent change
 * is caught (412) instead of overwritten.
 */
import { COUNTRY_CODES } from '#shared/domain/countries.ts';
import { CASE_STATES, CONSENT_BASES, RISK_STATUSES, THEMES, VISIBILITIES } from '#shared/domain/case.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';
import { ErrorSummary, formErrors } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import { CountryOptions } from '../ui/country-options.tsx';

export interface CaseFormValues {
  defenderName?: string;
  country?: string;
  themes?: string[];
  organisation?: string;
  riskStatuses?: string[];
  visibility?: string;
  state?: string;
  closedReason?: string;
  consentBasis?: string;
  summary?: string;
  recommendedActions?: string[];
}

interface Props {
  viewer: Viewer;
  /** `name`: the defender's name as stored, for the heading. */
  mode:
    | { kind: 'new' }
    | { kind: 'edit'; id: string; version: number; name: string }
    /** A new case prefilled from an intake report (issue 12): posted to the report, which records the conversion. */
    | { kind: 'fromReport'; reportId: string; version: number; reference: string };
  values: CaseFormValues;
  errors?: FieldError[];
  notice?: string;
}

/** The fields in the order the form shows them: the first with an error takes the focus. */
const FIELD_ORDER = [
  'defenderName', 'country', 'themes', 'organisation', 'riskStatuses', 'visibility', 'consentBasis', 'state', 'closedReason',
  'summary', 'recommendedActions',
] as const;

export function CaseFormPage(props: Props) {
  const { t } = useTranslator();
  const { values, mode } = props;
  const { fieldError, invalid, focus } = formErrors(props.errors, '', { order: FIELD_ORDER });
  const title = mode.kind === 'new' ? t('cases.form.newTitle')
    : mode.kind === 'fromReport' ? t('intake.convert.title', { reference: mode.reference })
    : t('cases.form.editTitle', { name: mode.name });
  const action = mode.kind === 'new' ? '/cases/new' : mode.kind === 'fromReport' ? `/reports/${mode.reportId}/case` : `/cases/${mode.id}/edit`;

  return (
    <Layout title={title} viewer={props.viewer}>
      <h1>{title}</h1>
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <ErrorSummary errors={props.errors} />
      <form method="post" action={action} class="stack" novalidate>
        {mode.kind !== 'new' && <input type="hidden" name="version" value={String(mode.version)} />}
        <div class="field">
          <label for="defenderName">{t('cases.form.defenderName')}</label>
          <input id="defenderName" name="defenderName" required maxlength={120} value={values.defenderName ?? ''} {...invalid('defenderName')} />
          {fieldError('defenderName')}
        </div>
        <div class="field">
          <label for="country">{t('cases.form.country')}</label>
          <select id="country" name="country" required {...invalid('country')}>
            <option value="">{t('cases.form.chooseCountry')}</option>
            <CountryOptions codes={COUNTRY_CODES} selected={values.country} />
          </select>
          {fieldError('country')}
        </div>
        <fieldset class="field" {...invalid('themes', { group: true })}>
          <legend>{t('cases.form.themes')}</legend>
          <div class="checks">
            {THEMES.map((theme, i) => (
              <label>
                <input type="checkbox" name="themes" value={theme} checked={values.themes?.includes(theme)} {...(i === 0 ? focus('themes') : {})} />{' '}
                {t(`vocabulary.theme.${theme}`)}
              </label>
            ))}
          </div>
          {fieldError('themes')}
        </fieldset>
        <div class="field">
          <label for="organisation">{t('cases.form.organisation')}</label>
          <input id="organisation" name="organisation" maxlength={160} value={values.organisation ?? ''} {...invalid('organisation')} />
          {fieldError('organisation')}
        </div>
        <fieldset class="field" {...invalid('riskStatuses', { group: true })}>
          <legend>{t('cases.form.riskStatuses')}</legend>
          <div class="checks">
            {RISK_STATUSES.map((s, i) => (
              <label>
                <input type="checkbox" name="riskStatuses" value={s} checked={values.riskStatuses?.includes(s)} {...(i === 0 ? focus('riskStatuses') : {})} />{' '}
                {t(`vocabulary.riskStatus.${s}`)}
              </label>
            ))}
          </div>
          {fieldError('riskStatuses')}
        </fieldset>
        {mode.kind !== 'edit' ? (
          <>
            <fieldset class="field" {...invalid('visibility', { group: true })}>
              <legend>{t('cases.form.visibility')}</legend>
              {VISIBILITIES.map((v, i) => (
                <label class="radio">
                  <input type="radio" name="visibility" value={v} checked={(values.visibility ?? 'restricted') === v} {...(i === 0 ? focus('visibility') : {})} />{' '}
                  {t(`vocabulary.visibility.${v}`)}
                </label>
              ))}
              {fieldError('visibility')}
            </fieldset>
            <div class="field">
              <label for="consentBasis">{t('cases.form.consentBasis')}</label>
              <select id="consentBasis" name="consentBasis" {...invalid('consentBasis')}>
                <option value="">{t('cases.form.chooseBasis')}</option>
                {CONSENT_BASES.map((b) => <option value={b} selected={b === values.consentBasis}>{t(`vocabulary.consentBasis.${b}`)}</option>)}
              </select>
              {fieldError('consentBasis')}
            </div>
          </>
        ) : (
          <p class="muted">{t('cases.form.visibilityElsewhere')}</p>
        )}
        <div class="field">
          <label for="state">{t('cases.form.state')}</label>
          <select id="state" name="state" {...invalid('state')}>
            {CASE_STATES.map((s) => <option value={s} selected={s === (values.state ?? 'active')}>{t(`vocabulary.caseState.${s}`)}</option>)}
          </select>
          {fieldError('state')}
        </div>
        <div class="field">
          <label for="closedReason">{t('cases.form.closedReason')}</label>
          <input id="closedReason" name="closedReason" maxlength={500} value={values.closedReason ?? ''} {...invalid('closedReason')} />
          {fieldError('closedReason')}
        </div>
        <div class="field">
          <label for="summary">{t('cases.form.summary')}</label>
          <textarea id="summary" name="summary" rows={8} maxlength={4000} {...invalid('summary')}>{values.summary ?? ''}</textarea>
          {fieldError('summary')}
        </div>
        <div class="field">
          <label for="recommendedActions">{t('cases.form.recommendedActions')}</label>
          <textarea id="recommendedActions" name="recommendedActions" rows={4} {...invalid('recommendedActions')}>
            {(values.recommendedActions ?? []).join('\n')}
          </textarea>
          {fieldError('recommendedActions')}
        </div>
        <button type="submit">{mode.kind !== 'edit' ? t('cases.form.create') : t('cases.form.save')}</button>
      </form>
    </Layout>
  );
}
