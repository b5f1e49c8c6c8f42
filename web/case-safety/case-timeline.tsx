/** The case timeline (newest first) and the coordinators' form to post an event. */
import { RISK_STATUSES, type DefenderCase } from '#shared/domain/case.ts';
import { STATUS_AFTER_EVENT, type TimelineEvent } from '#shared/domain/timeline.ts';
import { eventTitle } from '#shared/domain/timeline-title.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { formErrors } from '../ui/form-fields.tsx';
import { HearingLine } from '../calendar/parts.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { EventCorrectionLinks, EventFields } from '../corrections/parts.ts';

/** `correctable`: the case whose events a coordinator may edit and delete (links beside each). */
export function Timeline(props: { events: TimelineEvent[]; correctable?: { caseId: string } }) {
  const translator = useTranslator();
  const { t, date, dateTime } = translator;
  if (props.events.length === 0) return <p class="muted">{t('caseSafety.timeline.empty')}</p>;
  return (
    <ol class="timeline">
      {props.events.map((e) => (
        <li>
          <p>{t('caseSafety.timeline.entry', { date: date(e.date), type: translator.label(`vocabulary.eventType.${e.type}`), title: eventTitle(translator, e) })}</p>
          {e.type === 'hearing' && e.hearingAt && <HearingLine court={e.court} at={e.hearingAt} timeZone={e.timeZone} />}
          {e.description && <p class="muted">{e.description}</p>}
          {/* A proceeding's stage is changed on its proceeding, not here. */}
          {props.correctable && !e.proceeding && <EventCorrectionLinks caseId={props.correctable.caseId} eventId={e.id} title={e.title} />}
        </li>
      ))}
    </ol>
  );
}

const FIELD_ORDER = ['type', 'date', 'title', 'description', 'court', 'hearingAt', 'newRiskStatus'];

export function EventForm(props: { case: DefenderCase; values?: Record<string, unknown>; errors?: FieldError[] }) {
  const { t, list } = useTranslator();
  const v = (props.values ?? {}) as Record<string, string | undefined>;
  const eventForm = formErrors(props.errors, 'event-', { order: FIELD_ORDER });
  const { fieldError: error, invalid } = eventForm;
  // Each move is a sentence of its own; a semicolon separates them in every language.
  const usualMoves = Object.entries(STATUS_AFTER_EVENT)
    .map(([event, status]) =>
      t('caseSafety.eventForm.usualMove', { event: t(`vocabulary.eventType.${event as TimelineEvent['type']}`), status: t(`vocabulary.riskStatus.${status}`) }),
    )
    .join('; ');
  return (
    <form method="post" action={`/cases/${props.case.id}/events`} class="stack panel" novalidate>
      <h3>{t('caseSafety.eventForm.heading')}</h3>
      <input type="hidden" name="version" value={String(props.case.version)} />
      <EventFields case={props.case} values={v} errors={props.errors} form={eventForm} />
      <div class="field">
        <label for="event-newRiskStatus">{t('caseSafety.eventForm.newRiskStatus')}</label>
        <select id="event-newRiskStatus" name="newRiskStatus" aria-describedby="event-status-hint" {...invalid('newRiskStatus')}>
          <option value="">{t('caseSafety.eventForm.keepStatus', { status: list(props.case.riskStatuses.map((s) => t(`vocabulary.riskStatus.${s}`))) })}</option>
          {RISK_STATUSES.map((s) => <option value={s} selected={s === v.newRiskStatus}>{t(`vocabulary.riskStatus.${s}`)}</option>)}
        </select>
        <p id="event-status-hint" class="muted">{t('caseSafety.eventForm.usualMoves', { moves: usualMoves })}</p>
        {error('newRiskStatus')}
      </div>
      <button type="submit">{t('caseSafety.eventForm.submit')}</button>
    </form>
  );
}
