/**
 * The hearing calendar page: the next 8 weeks, week by week, with each
 * hearing's observer roster and a button to join or leave it, and the open
 * requests due (for coordinators and the diplomats of the posting). Each
 * hearing is shown in its court's local time, with the reader's own beside
 * it when it differs.
 */
import type { Calendar, CalendarEntry, HearingEntry, RequestEntry } from '#shared/calendar/read-calendar.ts';
import { addDays } from '#shared/calendar/calendar.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import { HearingWhen } from './hearing-when.tsx';

/** "Tue, 1 Dec 2026" in the reader's language (a calendar day, no zone). */
function useLongDay(): (day: string) => string {
  const { language } = useTranslator();
  const format = new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (day) => format.format(new Date(`${day}T00:00:00Z`));
}

/** Monday of the ISO week of `day`. */
function weekOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

function Hearing(props: { entry: HearingEntry }) {
  const e = props.entry;
  const { t, rich, country, list } = useTranslator();
  const longDay = useLongDay();
  const you = e.observers.some((o) => o.you);
  const caseLink = (chunks: unknown[]) => <a href={`/cases/${e.caseId}`}>{chunks}</a>;
  const names = list(e.observers.map((o) => t('calendar.hearing.observer', { name: o.name, role: t(`vocabulary.role.${o.role}`) })));
  const sentence = { name: e.defenderName, date: longDay(e.day) };
  return (
    <li id={`h-${e.eventId}`}>
      <p>
        <strong><HearingWhen at={e.at} timeZone={e.timeZone} /></strong>
        <br />{rich('calendar.hearing.of', { name: e.defenderName, country: country(e.country), case: caseLink })}
      </p>
      <p>{e.court} · {e.title}</p>
      <p>
        {e.observers.length === 0
          ? <span class="muted">{t('calendar.hearing.noObservers')}</span>
          : t('calendar.hearing.observers', { names })}
      </p>
      <form method="post" action={you ? '/calendar/withdraw' : '/calendar/observe'}>
        <input type="hidden" name="caseId" value={e.caseId} />
        <input type="hidden" name="eventId" value={e.eventId} />
        {/* The accessible name is the whole sentence; it starts with the visible words (WCAG 2.5.3). */}
        <button type="submit" aria-label={you ? t('calendar.hearing.leaveFull', sentence) : t('calendar.hearing.joinFull', sentence)}>
          {you ? t('calendar.hearing.leave') : t('calendar.hearing.join')}
        </button>
      </form>
    </li>
  );
}

function RequestDue(props: { entry: RequestEntry; viewer: Viewer }) {
  const e = props.entry;
  const { t, rich, country } = useTranslator();
  const longDay = useLongDay();
  const diplomat = props.viewer.kind === 'member' && props.viewer.role === 'diplomat';
  const caseLink = (chunks: unknown[]) => <a href={`/cases/${e.caseId}`}>{chunks}</a>;
  return (
    <li>
      <p>
        <strong><time datetime={e.day}>{longDay(e.day)}</time></strong>
        {' · '}{rich('calendar.request.due', { action: t(`vocabulary.euAction.${e.actionType}`), name: e.defenderName, country: country(e.country), case: caseLink })}
        {' · '}{t(`calendar.request.status.${e.status}`)}
        {e.overdue && <> · <strong class="error">{t('calendar.request.overdue')}</strong></>}
      </p>
      {diplomat && <p><a href={`/cases/${e.caseId}/mission-actions/new?request=${e.requestId}`}>{t('calendar.request.log')}</a></p>}
    </li>
  );
}

export function CalendarPage(props: { viewer: Viewer; calendar: Calendar }) {
  const { calendar } = props;
  const { t } = useTranslator();
  const longDay = useLongDay();
  const weeks = new Map<string, CalendarEntry[]>();
  for (const entry of calendar.entries) {
    const week = weekOf(entry.day);
    weeks.set(week, [...(weeks.get(week) ?? []), entry]);
  }
  return (
    <Layout title={t('calendar.page.title')} viewer={props.viewer}>
      <h1>{t('calendar.page.title')}</h1>
      <p>{t('calendar.page.intro', { from: longDay(calendar.from), to: longDay(calendar.to) })}</p>
      <p>{t('calendar.page.times')} <a href="/calendar/feed">{t('calendar.page.subscribe')}</a></p>
      {calendar.truncated && <p class="notice">{t('calendar.page.truncated')}</p>}
      {calendar.entries.length === 0 && <p class="empty">{t('calendar.page.empty')}</p>}
      {[...weeks].map(([week, entries]) => (
        <section aria-labelledby={`w-${week}`}>
          <h2 id={`w-${week}`}>{t('calendar.page.week', { date: longDay(week) })}</h2>
          <ul>
            {entries.map((entry) => (entry.kind === 'hearing' ? <Hearing entry={entry} /> : <RequestDue entry={entry} viewer={props.viewer} />))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
