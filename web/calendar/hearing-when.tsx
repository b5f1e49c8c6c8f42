/**
 * A hearing's time wherever it is shown (calendar, case timeline): the
 * court's local time, and the reader's beside it when it differs, in a
 * `<time>` that carries the instant.
 */
import { hearingTimes } from '#shared/calendar/index.ts';
import { useTranslator } from '../i18n/use-translator.ts';

export function HearingWhen(props: { at: string; timeZone?: string }) {
  const when = hearingTimes(useTranslator(), props.at, props.timeZone ?? 'UTC');
  return <time datetime={when.datetime}>{when.text}</time>;
}

/** A timeline's hearing line: its court and its time. */
export function HearingLine(props: { court?: string; at: string; timeZone?: string }) {
  const { rich } = useTranslator();
  return <p>{rich('calendar.timeline.hearing', { court: props.court ?? '', when: <HearingWhen at={props.at} timeZone={props.timeZone} /> })}</p>;
}
