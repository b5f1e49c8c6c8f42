/**
 * The coordinator's form to correct a timeline event: the event's fields
 * (not the case's risk status, which the case's own form changes), errors
 * beside their fields with everything typed kept, the heading unchanged.
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import { utcToLocal } from '#shared/domain/zoned-time.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { Layout } from '../ui/layout.tsx';
import { ErrorSummary, formErrors } from '../ui/form-fields.tsx';
import { EventFields } from './event-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';

const FIELD_ORDER = ['type', 'date', 'title', 'description', 'court', 'hearingLocal', 'hearingAt', 'timeZone'];

/** What the form shows for a stored event: a hearing's time as its court's clocks show it. */
export function eventFormValues(e: TimelineEvent): Record<string, string | undefined> {
  return {
    type: e.type, date: e.date, title: e.title, description: e.description, court: e.court, timeZone: e.timeZone,
    hearingLocal: e.hearingAt ? utcToLocal(Date.parse(`${e.hearingAt}:00Z`), e.timeZone ?? 'UTC').slice(0, 16) : undefined,
  };
}

export interface EventEditProps {
  viewer: Viewer;
  case: DefenderCase;
  event: TimelineEvent;
  /** As typed (a failed post) or as stored. */
  values: Record<string, string | undefined>;
  /** The version the form was opened on (kept across a failed post). */
  version: number;
  errors?: FieldError[];
  notice?: string;
}

export function EventEditPage(props: EventEditProps) {
  const { t } = useTranslator();
  const v = props.values;
  const eventForm = formErrors(props.errors, 'event-', { order: FIELD_ORDER });
  const heading = t('corrections.edit.heading', { name: props.case.defenderName });
  return (
    <Layout title={heading} viewer={props.viewer}>
      <p><a href={`/cases/${props.case.id}`}>{t('corrections.backToCase')}</a></p>
      <h1>{heading}</h1>
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <p class="muted">{t('corrections.edit.intro')}</p>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={`/cases/${props.case.id}/events/${props.event.id}/edit`} class="stack" novalidate>
        <input type="hidden" name="version" value={String(props.version)} />
        <EventFields case={props.case} values={v} errors={props.errors} form={eventForm} />
        {props.event.type === 'hearing' && <p class="muted">{t('corrections.edit.rosterFollows')}</p>}
        <button type="submit">{t('corrections.edit.submit')}</button>
      </form>
    </Layout>
  );
}
