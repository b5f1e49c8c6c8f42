/**
 * The public report page: works without script, fits 360 px, stays small (no script, the shared
 * stylesheet only). The safety advice comes first, beside the form on wide screens; errors stand
 * beside their fields with every value kept.
 */
import { COUNTRY_CODES } from '#shared/domain/countries.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { DANGER_ANSWERS, YES_NO } from '#shared/intake/index.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';

/** The form's fields in page order: the first with an error takes the focus. */
const REPORT_FIELDS = [
  'whatHappened', 'happenedOn', 'country', 'region', 'atRisk', 'organisation', 'immediateDanger',
  'reporterName', 'contactEmail', 'contactOther', 'mayShareWithNetwork', 'mayPublish',
] as const;

export function ReportDonePage(props: { viewer: Viewer; reference: string }) {
  const { t } = useTranslator();
  return (
    <Layout title={t('intake.report.done.title')} viewer={props.viewer}>
      <h1>{t('intake.report.done.title')}</h1>
      <p role="status" id="report-reference">{t('intake.report.done.reference', { reference: props.reference })}</p>
      <p>{t('intake.report.done.next')}</p>
    </Layout>
  );
}

function SafetyAdvice() {
  const { t } = useTranslator();
  return (
    <aside class="panel" aria-labelledby="safety-title">
      <h2 id="safety-title">{t('intake.report.safety.title')}</h2>
      <p><strong>{t('intake.report.safety.emergency')}</strong></p>
      <p>{t('intake.report.safety.device')}</p>
      <p>{t('intake.report.safety.next')}</p>
      <p>{t('intake.report.safety.contact')}</p>
    </aside>
  );
}

export function ReportPage(props: { viewer: Viewer; values?: Record<string, unknown>; errors?: FieldError[] }) {
  const { t, country, language } = useTranslator();
  const v = (props.values ?? {}) as Record<string, string | undefined>;
  const { fieldError: error, invalid, invalidGroup, focus, summary } = formErrors(props.errors, '', { order: REPORT_FIELDS });
  const collator = new Intl.Collator(language);
  const countries = [...COUNTRY_CODES].map((code) => ({ code, name: country(code) })).sort((a, b) => collator.compare(a.name, b.name));
  const choice = (field: 'mayShareWithNetwork' | 'mayPublish') => (
    <fieldset class="field" {...invalidGroup(field)}>
      <legend>{t(`intake.report.${field}`)}</legend>
      {YES_NO.map((answer, i) => (
        <label class="radio">
          <input type="radio" name={field} value={answer} checked={v[field] === answer} {...(i === 0 ? focus(field) : {})} /> {t(`intake.report.${answer}`)}
        </label>
      ))}
      {error(field)}
    </fieldset>
  );
  return (
    <Layout title={t('intake.report.title')} viewer={props.viewer}>
      <h1>{t('intake.report.title')}</h1>
      <p>{t('intake.report.intro')}</p>
      <SafetyAdvice />
      {summary()}
      <form method="post" action="/report" class="stack" novalidate>
        <div class="field">
          <label for="whatHappened">{t('intake.report.whatHappened')}</label>
          <p id="whatHappened-hint" class="muted">{t('intake.report.whatHappened.hint')}</p>
          <textarea id="whatHappened" name="whatHappened" rows={6} maxlength={4000} aria-describedby="whatHappened-hint" {...invalid('whatHappened')}>{v.whatHappened ?? ''}</textarea>
          {error('whatHappened')}
        </div>
        <div class="field">
          <label for="happenedOn">{t('intake.report.happenedOn')}</label>
          <input id="happenedOn" name="happenedOn" type="date" value={v.happenedOn ?? ''} {...invalid('happenedOn')} />
          {error('happenedOn')}
        </div>
        <div class="field">
          <label for="country">{t('intake.report.country')}</label>
          <select id="country" name="country" {...invalid('country')}>
            <option value="">{t('intake.report.chooseCountry')}</option>
            {countries.map((c) => <option value={c.code} selected={c.code === v.country}>{c.name}</option>)}
          </select>
          {error('country')}
        </div>
        <div class="field">
          <label for="region">{t('intake.report.region')}</label>
          <input id="region" name="region" maxlength={120} value={v.region ?? ''} {...invalid('region')} />
          {error('region')}
        </div>
        <div class="field">
          <label for="atRisk">{t('intake.report.atRisk')}</label>
          <p id="atRisk-hint" class="muted">{t('intake.report.atRisk.hint')}</p>
          <input id="atRisk" name="atRisk" maxlength={200} aria-describedby="atRisk-hint" value={v.atRisk ?? ''} {...invalid('atRisk')} />
          {error('atRisk')}
        </div>
        <div class="field">
          <label for="organisation">{t('intake.report.organisation')}</label>
          <input id="organisation" name="organisation" maxlength={160} value={v.organisation ?? ''} {...invalid('organisation')} />
          {error('organisation')}
        </div>
        <fieldset class="field" {...invalidGroup('immediateDanger')}>
          <legend>{t('intake.report.immediateDanger')}</legend>
          {DANGER_ANSWERS.map((answer, i) => (
            <label class="radio">
              <input type="radio" name="immediateDanger" value={answer} checked={v.immediateDanger === answer} {...(i === 0 ? focus('immediateDanger') : {})} /> {t(`intake.report.danger.${answer}`)}
            </label>
          ))}
          {error('immediateDanger')}
        </fieldset>
        <fieldset class="field">
          <legend>{t('intake.report.contact')}</legend>
          <p class="muted">{t('intake.report.contact.hint')}</p>
          <div class="field">
            <label for="reporterName">{t('intake.report.reporterName')}</label>
            <input id="reporterName" name="reporterName" maxlength={120} autocomplete="off" value={v.reporterName ?? ''} {...invalid('reporterName')} />
            {error('reporterName')}
          </div>
          <div class="field">
            <label for="contactEmail">{t('intake.report.contactEmail')}</label>
            <input id="contactEmail" name="contactEmail" type="email" autocomplete="off" value={v.contactEmail ?? ''} {...invalid('contactEmail')} />
            {error('contactEmail')}
          </div>
          <div class="field">
            <label for="contactOther">{t('intake.report.contactOther')}</label>
            <input id="contactOther" name="contactOther" maxlength={300} autocomplete="off" value={v.contactOther ?? ''} {...invalid('contactOther')} />
            {error('contactOther')}
          </div>
        </fieldset>
        <fieldset class="field">
          <legend>{t('intake.report.consent')}</legend>
          {choice('mayShareWithNetwork')}
          {choice('mayPublish')}
        </fieldset>
        {/* The honeypot: hidden from people (and from assistive technology), filled by form robots. */}
        <div hidden aria-hidden="true">
          <label for="website">{t('intake.report.honeypot')}</label>
          <input id="website" name="website" tabindex={-1} autocomplete="off" value="" />
        </div>
        <button type="submit">{t('intake.report.submit')}</button>
      </form>
    </Layout>
  );
}
