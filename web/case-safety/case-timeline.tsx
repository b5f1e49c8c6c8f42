/** The case timeline (newest first) and the coordinators' form to post an event. */
import { RISK_STATUSES, RISK_STATUS_LABELS, type DefenderCase } from '#shared/domain/case.ts';
import { EVENT_TYPES, EVENT_TYPE_LABELS, STATUS_AFTER_EVENT, type TimelineEvent } from '#shared/domain/timeline.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { formErrors } from '../ui/form-fields.tsx';
import { HearingFields, HearingLine } from '../calendar/index.ts';

export function Timeline(props: { events: TimelineEvent[] }) {
  if (props.events.length === 0) return <p class="muted">No events recorded yet.</p>;
  return (
    <ol class="timeline">
      {props.events.map((e) => (
        <li>
          <p><time datetime={e.date}>{e.date}</time> · <strong>{EVENT_TYPE_LABELS[e.type]}</strong>: {e.title}</p>
          {e.type === 'hearing' && e.hearingAt && <HearingLine court={e.court} at={e.hearingAt} timeZone={e.timeZone} />}
          {e.description && <p class="muted">{e.description}</p>}
        </li>
      ))}
    </ol>
  );
}

const SUGGESTIONS = Object.entries(STATUS_AFTER_EVENT).map(([event, status]) => `${EVENT_TYPE_LABELS[event as keyof typeof EVENT_TYPE_LABELS]} → ${RISK_STATUS_LABELS[status]}`).join('; ');

export function EventForm(props: { case: DefenderCase; values?: Record<string, unknown>; errors?: FieldError[] }) {
  const v = (props.values ?? {}) as Record<string, string | undefined>;
  const { fieldError: error, invalid } = formErrors(props.errors, 'event-');
  return (
    <form method="post" action={`/cases/${props.case.id}/events`} class="stack panel" novalidate>
      <h3>Post a timeline event</h3>
      <input type="hidden" name="version" value={String(props.case.version)} />
      <div class="field">
        <label for="event-type">Type</label>
        <select id="event-type" name="type" {...invalid('type')}>
          {EVENT_TYPES.map((t) => <option value={t} selected={t === v.type}>{EVENT_TYPE_LABELS[t]}</option>)}
        </select>
        {error('type')}
      </div>
      <div class="field">
        <label for="event-date">Date</label>
        <input id="event-date" name="date" type="date" value={v.date ?? ''} {...invalid('date')} />
        {error('date')}
      </div>
      <div class="field">
        <label for="event-title">What happened</label>
        <input id="event-title" name="title" maxlength={200} value={v.title ?? ''} {...invalid('title')} />
        {error('title')}
      </div>
      <div class="field">
        <label for="event-description">Details (optional)</label>
        <textarea id="event-description" name="description" rows={3} {...invalid('description')}>{v.description ?? ''}</textarea>
        {error('description')}
      </div>
      <div class="field">
        <label for="event-court">Court (hearings)</label>
        <input id="event-court" name="court" maxlength={200} value={v.court ?? ''} {...invalid('court')} />
        {error('court')}
      </div>
      <HearingFields country={props.case.country} values={v} errors={props.errors} />
      <div class="field">
        <label for="event-newRiskStatus">Also move the risk status to (confirm)</label>
        <select id="event-newRiskStatus" name="newRiskStatus" aria-describedby="event-status-hint" {...invalid('newRiskStatus')}>
          <option value="">Keep {RISK_STATUS_LABELS[props.case.riskStatus]}</option>
          {RISK_STATUSES.map((s) => <option value={s} selected={s === v.newRiskStatus}>{RISK_STATUS_LABELS[s]}</option>)}
        </select>
        <p id="event-status-hint" class="muted">Usual moves: {SUGGESTIONS}.</p>
        {error('newRiskStatus')}
      </div>
      <button type="submit">Post event</button>
    </form>
  );
}
