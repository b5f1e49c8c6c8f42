/**
 * The fields of a timeline event (type, date, title, description, court and the hearing's time), the
 * same when a coordinator posts one on the case page and when they correct one: `invalid` and
 * `error` come from the form's own `formErrors` (prefix `event-`).
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import { EVENT_TYPES } from '#shared/domain/timeline.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { formErrors } from '../ui/form-fields.tsx';
import { HearingFields } from '../calendar/parts.ts';
import { useTranslator } from '../i18n/use-translator.ts';

type Errors = ReturnType<typeof formErrors>;

export function EventFields(props: { case: DefenderCase; values: Record<string, string | undefined>; errors?: FieldError[]; form: Errors }) {
  const { t } = useTranslator();
  const v = props.values;
  const { fieldError: error, invalid } = props.form;
  return (
    <>
      <div class="field">
        <label for="event-type">{t('caseSafety.eventForm.type')}</label>
        <select id="event-type" name="type" {...invalid('type')}>
          {EVENT_TYPES.map((type) => <option value={type} selected={type === v.type}>{t(`vocabulary.eventType.${type}`)}</option>)}
        </select>
        {error('type')}
      </div>
      <div class="field">
        <label for="event-date">{t('caseSafety.eventForm.date')}</label>
        <input id="event-date" name="date" type="date" value={v.date ?? ''} {...invalid('date')} />
        {error('date')}
      </div>
      <div class="field">
        <label for="event-title">{t('caseSafety.eventForm.title')}</label>
        <input id="event-title" name="title" maxlength={200} value={v.title ?? ''} {...invalid('title')} />
        {error('title')}
      </div>
      <div class="field">
        <label for="event-description">{t('caseSafety.eventForm.description')}</label>
        <textarea id="event-description" name="description" rows={3} {...invalid('description')}>{v.description ?? ''}</textarea>
        {error('description')}
      </div>
      <div class="field">
        <label for="event-court">{t('caseSafety.eventForm.court')}</label>
        <input id="event-court" name="court" maxlength={200} value={v.court ?? ''} {...invalid('court')} />
        {error('court')}
      </div>
      <HearingFields country={props.case.country} values={v} errors={props.errors} />
    </>
  );
}
