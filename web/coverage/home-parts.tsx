/** Pieces both member homes use: a list of hearings and a list of cases without an adopter. */
import type { HearingEntry } from '#shared/calendar/read-calendar.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { StatusBadges } from '../ui/case-views.tsx';

export function HearingList(props: { hearings: readonly HearingEntry[]; empty: string }) {
  const { t, dateTime, country } = useTranslator();
  if (props.hearings.length === 0) return <p class="empty">{props.empty}</p>;
  return (
    <ul class="home-list">
      {props.hearings.map((h) => (
        <li>
          <a href={`/cases/${h.caseId}`}>{t('coverage.home.caseIn', { name: h.defenderName, country: country(h.country) })}</a>
          <br />
          {h.title} · <time datetime={`${h.at}:00Z`}>{dateTime(new Date(`${h.at}:00Z`), { timeZone: h.timeZone, zoneName: true })}</time>
        </li>
      ))}
    </ul>
  );
}

export function UnadoptedList(props: { cases: readonly DefenderCase[] }) {
  const { t, country } = useTranslator();
  return (
    <ul class="home-list">
      {props.cases.map((c) => (
        <li>
          <a href={`/cases/${c.id}`}>{t('coverage.home.caseIn', { name: c.defenderName, country: country(c.country) })}</a>{' '}
          <StatusBadges statuses={c.riskStatuses} />
        </li>
      ))}
    </ul>
  );
}
