/**
 * The dashboard's key figures as a description list: the network (or one
 * country) now, and the requests, alerts and pledges of the period.
 */
import type { CoverageFigures } from '#shared/coverage/index.ts';
import { useTranslator } from '../i18n/use-translator.ts';

function Figure(props: { term: string; value: string; detail?: string }) {
  return (
    <div class="figure">
      <dt>{props.term}</dt>
      <dd><span class="figure-value">{props.value}</span>{props.detail && <span class="figure-detail">{props.detail}</span>}</dd>
    </div>
  );
}

export function KeyFigures(props: { figures: CoverageFigures; headingLevel?: 'h2' | 'h3' }) {
  const { t, number } = useTranslator();
  const { totals, requests, pledges, alerts } = props.figures;
  const share = (value: number | null) => (value === null ? t('coverage.figures.none') : t('coverage.figures.share', { share: value }));
  const Heading = props.headingLevel ?? 'h2';
  return (
    <section class="key-figures" aria-labelledby="key-figures-title">
      <Heading id="key-figures-title">{t('coverage.figures.title')}</Heading>
      <dl class="figures">
        <Figure term={t('coverage.figures.active')} value={number(totals.active)} />
        <Figure term={t('coverage.figures.unadopted')} value={number(totals.unadopted)} />
        <Figure term={t('coverage.figures.shareAdopted')} value={share(totals.shareAdopted)} />
        <Figure term={t('coverage.figures.twinned')} value={number(totals.twinned)} />
        <Figure term={t('coverage.figures.openRequests')} value={number(totals.openRequests)}
          detail={t('coverage.figures.overdueRequests', { count: totals.overdueRequests })} />
        <Figure
          term={t('coverage.figures.medianDays')}
          value={requests.medianDaysToFirstAnswer === null ? t('coverage.figures.none') : t('coverage.figures.medianDaysValue', { days: requests.medianDaysToFirstAnswer })}
          detail={t('coverage.figures.requestsAnswered', { answered: requests.answered, made: requests.made })}
        />
        <Figure term={t('coverage.figures.pledges')} value={share(pledges.share)}
          detail={t('coverage.figures.pledgesValue', { fulfilled: pledges.fulfilled, pledged: pledges.pledged })} />
        <Figure
          term={t('coverage.figures.alerts')} value={number(alerts.sent)}
          detail={alerts.medianHoursToFirstAnswer === null
            ? t('coverage.figures.alertsNone')
            : t('coverage.figures.alertsAnswered', { answered: alerts.answered, hours: alerts.medianHoursToFirstAnswer })}
        />
      </dl>
    </section>
  );
}
