/**
 * The coordinators' dashboard, `/dashboard`: the key figures, coverage by
 * country, open gaps by kind, actions per month and the intake reports with
 * their triage age, for a period and optionally one country.
 * A period that cannot be shown (the first month after the last, longer than
 * 36 months) comes back with the form as entered and the error beside its
 * field, the first one focused, the heading unchanged.
 */
import type { CoverageFigures } from '#shared/coverage/index.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';
import { COUNTRY_CODES } from '#shared/domain/countries.ts';
import { CountryOptions } from '../ui/country-options.tsx';
import { KeyFigures } from './key-figures.tsx';
import { CountryCoverageSection } from './country-coverage.tsx';
import { MonthlyActivitySection } from './monthly-activity.tsx';
import { GapsByKindSection } from './gaps-by-kind.tsx';
import { ReportTriageSection } from './report-triage.tsx';
import { monthLabels } from './month-label.ts';

export interface PeriodValues {
  from?: string;
  to?: string;
  country?: string;
}

/** The query string of a period, without the empty fields. */
export const periodQuery = (v: PeriodValues) =>
  new URLSearchParams(Object.entries(v).filter(([, value]) => Boolean(value)) as [string, string][]).toString();

function PeriodFilter(props: { values: PeriodValues; errors?: FieldError[] }) {
  const { t } = useTranslator();
  const { values } = props;
  const e = formErrors(props.errors, 'p-', { order: ['from', 'to', 'country'] });
  // The format hint stays described when the field also has an error.
  const described = (field: 'from' | 'to') => ['p-month-hint', e.invalid(field)['aria-describedby']].filter(Boolean).join(' ');
  return (
    <form method="get" action="/dashboard" class="filters" aria-label={t('coverage.filter.label')} novalidate>
      {e.summary()}
      <div class="field">
        <label for="p-from">{t('coverage.filter.from')}</label>
        <input id="p-from" name="from" type="month" value={values.from ?? ''} {...e.invalid('from')} aria-describedby={described('from')} />
        {e.fieldError('from')}
      </div>
      <div class="field">
        <label for="p-to">{t('coverage.filter.to')}</label>
        <input id="p-to" name="to" type="month" value={values.to ?? ''} {...e.invalid('to')} aria-describedby={described('to')} />
        {e.fieldError('to')}
      </div>
      <div class="field">
        <label for="p-country">{t('coverage.filter.country')}</label>
        <select id="p-country" name="country" {...e.invalid('country')}>
          <option value="">{t('coverage.filter.network')}</option>
          <CountryOptions codes={COUNTRY_CODES} selected={values.country} />
        </select>
        {e.fieldError('country')}
      </div>
      <button type="submit">{t('coverage.filter.show')}</button>
      <p id="p-month-hint" class="coverage-hint">{t('coverage.filter.monthHint')}</p>
    </form>
  );
}

export function DashboardPage(props: { viewer: Viewer; values: PeriodValues; figures?: CoverageFigures; errors?: FieldError[] }) {
  const translator = useTranslator();
  const { t } = translator;
  const { figures } = props;
  const label = monthLabels(translator);
  const year = (figures?.to ?? figures?.today ?? '').slice(0, 4);
  return (
    <Layout title={t('coverage.dashboard.title')} viewer={props.viewer}>
      <h1>{t('coverage.dashboard.title')}</h1>
      <p>{t('coverage.dashboard.intro')}</p>
      <PeriodFilter values={props.values} errors={props.errors} />
      {figures && (
        <>
          <p class="period">
            <strong>{t('coverage.dashboard.period', { from: label.long(figures.from), to: label.long(figures.to) })}</strong>
            {figures.country && <> · {translator.country(figures.country)}</>}
          </p>
          <p class="downloads">
            <a href={`/dashboard/figures.csv?${periodQuery({ from: figures.from, to: figures.to, country: figures.country })}`} download aria-describedby="csv-note">
              {t('coverage.dashboard.csv')}
            </a>{' '}
            <span id="csv-note" class="coverage-hint">{t('coverage.dashboard.csvNote')}</span>
            {' · '}<a href={`/reports/annual?year=${year}`}>{t('coverage.dashboard.annual', { year })}</a>
          </p>
          <KeyFigures figures={figures} />
          <CountryCoverageSection countries={figures.countries} />
          <GapsByKindSection gaps={figures.gaps} {...(figures.country ? { country: figures.country } : {})} />
          <MonthlyActivitySection months={figures.months} />
          <ReportTriageSection reports={figures.reports} />
        </>
      )}
    </Layout>
  );
}
