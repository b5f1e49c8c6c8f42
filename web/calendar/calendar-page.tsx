/**
 * The hearing calendar page: the next 8 weeks, week by week, with each
 * hearing's observer roster and a button to join or leave it, and the open
 * requests due (for coordinators and the diplomats of the posting). Times
 * are in UTC, as stored.
 */
import type { Calendar, CalendarEntry, HearingEntry, RequestEntry } from '#shared/calendar/read-calendar.ts';
import { addDays } from '#shared/calendar/calendar.ts';
import { countryName } from '#shared/domain/countries.ts';
import { euActionLabel } from '#shared/domain/eu-guidelines.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { REQUEST_STATUS_LABELS } from '#shared/missions/action-request.ts';
import { Layout } from '../ui/layout.tsx';

const ROLE = { coordinator: 'coordinator', mp: 'MP', diplomat: 'diplomat' } as const;
const longDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Monday of the ISO week of `day`. */
function weekOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

function Hearing(props: { entry: HearingEntry }) {
  const e = props.entry;
  const you = e.observers.some((o) => o.you);
  return (
    <li id={`h-${e.eventId}`}>
      <p>
        <strong><time datetime={`${e.at}:00Z`}>{longDay(e.day)}, {e.at.slice(11)} UTC</time></strong>
        {' '}· Hearing of <a href={`/cases/${e.caseId}`}>{e.defenderName}</a> ({countryName(e.country)})
      </p>
      <p>{e.court} · {e.title}</p>
      <p>
        {e.observers.length === 0
          ? <span class="muted">No observers yet.</span>
          : <>Observers: {e.observers.map((o) => `${o.name} (${ROLE[o.role]})`).join(', ')}</>}
      </p>
      <form method="post" action={you ? '/calendar/withdraw' : '/calendar/observe'}>
        <input type="hidden" name="caseId" value={e.caseId} />
        <input type="hidden" name="eventId" value={e.eventId} />
        <button type="submit">
          {you ? 'Leave the roster' : 'I will observe'}
          <span class="sr-only"> the hearing of {e.defenderName} on {longDay(e.day)}</span>
        </button>
      </form>
    </li>
  );
}

function RequestDue(props: { entry: RequestEntry; viewer: Viewer }) {
  const e = props.entry;
  const diplomat = props.viewer.kind === 'member' && props.viewer.role === 'diplomat';
  return (
    <li>
      <p>
        <strong><time datetime={e.day}>{longDay(e.day)}</time></strong>
        {' '}· Due: {euActionLabel(e.actionType)} for <a href={`/cases/${e.caseId}`}>{e.defenderName}</a>
        {' '}(missions in {countryName(e.country)}) · {REQUEST_STATUS_LABELS[e.status]}
        {e.overdue && <> · <strong class="error">Overdue</strong></>}
      </p>
      {diplomat && <p><a href={`/cases/${e.caseId}/mission-actions/new?request=${e.requestId}`}>Log the action</a></p>}
    </li>
  );
}

export function CalendarPage(props: { viewer: Viewer; calendar: Calendar }) {
  const { calendar } = props;
  const weeks = new Map<string, CalendarEntry[]>();
  for (const entry of calendar.entries) {
    const week = weekOf(entry.day);
    weeks.set(week, [...(weeks.get(week) ?? []), entry]);
  }
  return (
    <Layout title="Hearing calendar" viewer={props.viewer}>
      <h1>Hearing calendar</h1>
      <p>
        Hearings in the cases you may see, and action requests due, from {longDay(calendar.from)} to {longDay(calendar.to)}.
        Times are in UTC. <a href="/calendar/feed">Subscribe in your calendar application</a>.
      </p>
      {calendar.truncated && <p class="notice">The calendar is very full: only the first part of these weeks is shown.</p>}
      {calendar.entries.length === 0 && <p class="empty">No hearings or requests due in these weeks.</p>}
      {[...weeks].map(([week, entries]) => (
        <section aria-labelledby={`w-${week}`}>
          <h2 id={`w-${week}`}>Week of {longDay(week)}</h2>
          <ul>
            {entries.map((entry) => (entry.kind === 'hearing' ? <Hearing entry={entry} /> : <RequestDue entry={entry} viewer={props.viewer} />))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
