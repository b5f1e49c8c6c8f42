/**
 * Gaps by kind: a bar chart of the open gaps of each kind beside their table,
 * as the scheduled job last counted them (every 15 minutes), with that time in
 * the reader's zone so the staleness is said, not hidden. The gap view lists
 * the cases themselves (filterable by country, not by kind).
 */
import type { GapFigures } from '#shared/coverage/index.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { BarChart } from './charts/index.ts';

export function GapsByKindSection(props: { gaps: GapFigures; country?: string }) {
  const { t, label, number, dateTime, list, country } = useTranslator();
  const { gaps } = props;
  const id = 'gaps-by-kind';
  const kindLabel = (kind: string) => label(`missions.gapRule.${kind}`);
  const open = gaps.byKind.filter((k) => k.open > 0);
  const gapView = props.country ? `/gaps?${new URLSearchParams({ country: props.country })}` : '/gaps';
  const cols = { kind: t('coverage.gaps.kind'), open: t('coverage.gaps.open') };
  return (
    <section class="chart-section" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{t('coverage.gaps.title')}</h2>
      <p class="coverage-hint" id="gaps-as-of">
        {gaps.countedAt === null
          ? t('coverage.gaps.notCounted')
          : t('coverage.gaps.asOf', { time: dateTime(gaps.countedAt, { zoneName: true }) })}
      </p>
      {gaps.countedAt !== null && (
        <div class="chart-pair">
          {open.length === 0 ? <p class="empty">{t('coverage.gaps.none')}</p> : (
            <BarChart
              id={id}
              title={t('coverage.gaps.chartTitle')}
              desc={t('coverage.gaps.chartDesc', {
                total: gaps.total,
                list: list(open.map((k) => t('coverage.gaps.descItem', { kind: kindLabel(k.kind), count: k.open }))),
              })}
              series={[{ key: 'open', label: cols.open }]}
              rows={open.map((k) => ({ key: k.kind, label: kindLabel(k.kind), values: { open: k.open } }))}
            />
          )}
          <div class="table-wrap" role="region" aria-label={t('coverage.gaps.tableLabel')} tabindex={0}>
            <table class="cases cards-when-narrow figures-table">
              <caption>{t('coverage.gaps.caption')}</caption>
              <thead><tr><th scope="col">{cols.kind}</th><th scope="col">{cols.open}</th></tr></thead>
              <tbody>
                {gaps.byKind.map((k) => (
                  <tr data-kind={k.kind}>
                    <th scope="row">{kindLabel(k.kind)}</th>
                    <td data-label={cols.open}>{number(k.open)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <p><a href={gapView}>{props.country ? t('coverage.gaps.viewIn', { country: country(props.country) }) : t('coverage.gaps.view')}</a></p>
    </section>
  );
}
