/**
 * The hearing part of the timeline event form: one local date and time as
 * the court's clocks show it, and the court's time zone, preset to the main
 * zone of the case's country. Errors are worded in the reader's language
 * beside their field; what was entered stays.
 */
import { mainTimeZoneOf } from '#shared/domain/country-zones.ts';
import { isListedTimeZone, timeZones } from '#shared/domain/zoned-time.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { fieldMessage } from '#shared/i18n/field-message.ts';
import { useTranslator } from '../i18n/use-translator.ts';

export function HearingFields(props: { country: string; values: Record<string, string | undefined>; errors?: FieldError[]; idPrefix?: string }) {
  const translator = useTranslator();
  const { t, country } = translator;
  const prefix = props.idPrefix ?? 'event-';
  const errorsOf = (field: string) => (props.errors ?? []).filter((e) => e.path === field);
  const field = (name: string, hint?: string) => {
    const errors = errorsOf(name);
    const described = [...(hint ? [hint] : []), ...(errors.length > 0 ? [`${prefix}${name}-error`] : [])].join(' ');
    return {
      attributes: { id: `${prefix}${name}`, name, ...(errors.length > 0 ? { 'aria-invalid': 'true' } : {}), ...(described ? { 'aria-describedby': described } : {}) },
      error: errors.length > 0 ? <p id={`${prefix}${name}-error`} class="error">{errors.map((e) => fieldMessage(translator, e)).join(' ')}</p> : null,
    };
  };
  const local = field('hearingLocal');
  const hintId = `${prefix}timeZone-hint`;
  const zone = field('timeZone', hintId);
  const chosen = props.values.timeZone ?? mainTimeZoneOf(props.country);
  const zones = isListedTimeZone(chosen) ? timeZones() : [chosen, ...timeZones()];
  return (
    <>
      <div class="field">
        <label for={`${prefix}hearingLocal`}>{t('calendar.form.hearingLocal')}</label>
        <input type="datetime-local" value={props.values.hearingLocal ?? ''} {...local.attributes} />
        {local.error}
      </div>
      <div class="field">
        <label for={`${prefix}timeZone`}>{t('calendar.form.timeZone')}</label>
        <select {...zone.attributes}>
          {zones.map((z) => <option value={z} selected={z === chosen}>{z}</option>)}
        </select>
        <p id={hintId} class="muted">{t('calendar.form.timeZoneHint', { country: country(props.country) })}</p>
        {zone.error}
      </div>
    </>
  );
}
