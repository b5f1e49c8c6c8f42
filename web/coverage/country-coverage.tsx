/**
 * Coverage by country: a bar chart of the active cases (adopted, without an
 * adopter) beside the table of every country's figures. The chart keeps the
 * countries with the most active cases so that it stays readable; the table
 * lists them all.
 */
import type { CountryCoverage } from '#shared/coverage/index.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { BarChart } from './charts/index.ts';

/** Bars a chart holds at most: beyond, the table says it all. */
export const MAX_BARS = 12;

export function CountryCoverageSection(props: { countries: readonly CountryCoverage[]; idPrefix?: string }) {
  const { t, number, country, list } = useTranslator();
  const id = `${props.idPrefix ?? ''}by-country`;
  const charted = props.countries.filter((c) => c.active > 0).slice(0, MAX_BARS);
  const share = (value: number | null) => (value === null ? t('coverage.figures.none') : t('coverage.figures.share', { share: value }));
  const cols = {
    country: t('coverage.byCountry.country'), active: t('coverage.byCountry.active'), share: t('coverage.byCountry.shareAdopted'),
    twinned: t('coverage.byCountry.twinned'), unadopted: t('coverage.byCountry.unadopted'), open: t('coverage.byCountry.openRequests'),
    overdue: t('coverage.byCountry.overdue'),
  };
  return (
    <section class="chart-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('coverage.byCountry.title')}</h2>
      {props.countries.length === 0 ? <p class="empty">{t('coverage.byCountry.none')}</p> : (
        <div class="chart-pair">
          {charted.length === 0 ? <p class="empty">{t('coverage.byCountry.chartNone')}</p> : (
            <div>
              <BarChart
                id={id}
                title={t('coverage.byCountry.chartTitle')}
                desc={t('coverage.byCountry.chartDesc', {
                  list: list(charted.map((c) => t('coverage.byCountry.descItem', { country: country(c.country), adopted: c.adopted, unadopted: c.unadopted }))),
                })}
                series={[{ key: 'adopted', label: t('coverage.byCountry.adopted') }, { key: 'unadopted', label: t('coverage.byCountry.unadopted') }]}
                rows={charted.map((c) => ({ key: c.country, label: country(c.country), values: { adopted: c.adopted, unadopted: c.unadopted } }))}
              />
              {charted.length < props.countries.filter((c) => c.active > 0).length && <p class="coverage-hint">{t('coverage.byCountry.top', { count: charted.length })}</p>}
            </div>
          )}
          <div class="table-wrap" role="region" aria-label={t('coverage.byCountry.tableLabel')} tabindex={0}>
            <table class="cases cards-when-narrow figures-table">
              <caption>{t('coverage.byCountry.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{cols.country}</th><th scope="col">{cols.active}</th><th scope="col">{cols.share}</th><th scope="col">{cols.twinned}</th>
                  <th scope="col">{cols.unadopted}</th><th scope="col">{cols.open}</th><th scope="col">{cols.overdue}</th>
                </tr>
              </thead>
              <tbody>
                {props.countries.map((c) => (
                  <tr data-country={c.country}>
                    <th scope="row">{country(c.country)}</th>
                    <td data-label={cols.active}>{number(c.active)}</td>
                    <td data-label={cols.share}>{share(c.shareAdopted)}</td>
                    <td data-label={cols.twinned}>{number(c.twinned)}</td>
                    <td data-label={cols.unadopted}>{number(c.unadopted)}</td>
                    <td data-label={cols.open}>{number(c.openRequests)}</td>
                    <td data-label={cols.overdue}>{number(c.overdueRequests)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
