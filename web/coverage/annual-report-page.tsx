/**
 * `/reports/annual?year=`: the network's year on paper. The same sections as
 * the dashboard, the year's totals first; the print stylesheet (styles.ts,
 * `@page` A4, `@media print`) drops the navigation and the year picker and
 * keeps each chart with its table on one page.
 */
import type { CoverageFigures } from '#shared/coverage/index.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';
import { KeyFigures } from './key-figures.tsx';
import { CountryCoverageSection } from './country-coverage.tsx';
import { MonthlyActivitySection } from './monthly-activity.tsx';

function YearTotals(props: { figures: CoverageFigures; year: string }) {
  const { t, number } = useTranslator();
  const { months, requests, alerts } = props.figures;
  const sum = (field: 'mpActions' | 'missionActions') => months.reduce((s, m) => s + m[field], 0);
  return (
    <section aria-labelledby="year-totals">
      <h2 id="year-totals">{t('coverage.annual.totals', { year: props.year })}</h2>
      <dl class="figures">
        <div class="figure"><dt>{t('coverage.annual.mpActions')}</dt><dd><span class="figure-value">{number(sum('mpActions'))}</span></dd></div>
        <div class="figure"><dt>{t('coverage.annual.missionActions')}</dt><dd><span class="figure-value">{number(sum('missionActions'))}</span></dd></div>
        <div class="figure">
          <dt>{t('coverage.annual.requests')}</dt>
          <dd><span class="figure-value">{number(requests.made)}</span><span class="figure-detail">{t('coverage.figures.requestsAnswered', { answered: requests.answered, made: requests.made })}</span></dd>
        </div>
        <div class="figure"><dt>{t('coverage.annual.alerts')}</dt><dd><span class="figure-value">{number(alerts.sent)}</span></dd></div>
      </dl>
    </section>
  );
}

export function AnnualReportPage(props: { viewer: Viewer; year: string; figures?: CoverageFigures; errors?: FieldError[] }) {
  const { t, date } = useTranslator();
  const { figures, year } = props;
  const e = formErrors(props.errors, 'y-', { order: ['year'] });
  const heading = figures ? t('coverage.annual.title', { year }) : t('coverage.annual.titlePlain');
  return (
    <Layout title={heading} viewer={props.viewer}>
      <article class="annual-report">
        <h1>{heading}</h1>
        <form method="get" action="/reports/annual" class="filters no-print" aria-label={t('coverage.annual.yearLabel')} novalidate>
          {e.summary()}
          <div class="field">
            <label for="y-year">{t('coverage.annual.yearLabel')}</label>
            <input id="y-year" name="year" inputmode="numeric" size={6} value={year} {...e.invalid('year')} />
            {e.fieldError('year')}
          </div>
          <button type="submit">{t('coverage.annual.show')}</button>
        </form>
        {figures && (
          <>
            <p>{t('coverage.annual.intro', { year })}</p>
            <p class="coverage-hint no-print">{t('coverage.annual.print')}</p>
            <YearTotals figures={figures} year={year} />
            <MonthlyActivitySection months={figures.months} idPrefix="annual-" />
            <h2 class="report-part">{t('coverage.annual.coverageNow', { date: date(figures.today) })}</h2>
            <KeyFigures figures={figures} headingLevel="h3" />
            <CountryCoverageSection countries={figures.countries} idPrefix="annual-" />
            <p class="coverage-hint">{t('coverage.annual.generated', { date: date(figures.today) })}</p>
          </>
        )}
      </article>
    </Layout>
  );
}
