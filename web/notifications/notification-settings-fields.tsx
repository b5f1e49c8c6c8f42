/**
 * The settings page's notification fields: for each kind, at once, in the
 * weekly digest, or off. Posted as `notifications.<kind>`; read back by
 * `notificationSettingsInput`.
 */
import { DELIVERIES, NOTIFICATION_KINDS, type NotificationSettings } from '#shared/notifications/index.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { formErrors } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';

export function NotificationSettingsFields(props: { settings: NotificationSettings; errors?: FieldError[] }) {
  const { t } = useTranslator();
  const { fieldError, invalid } = formErrors(props.errors);
  return (
    <fieldset class="field">
      <legend>{t('notifications.settings.legend')}</legend>
      <p class="muted">{t('notifications.settings.hint')}</p>
      {NOTIFICATION_KINDS.map((kind) => {
        const field = `notifications.${kind}`;
        return (
          <fieldset class="field" {...invalid(field)}>
            <legend>{t(`notifications.settings.kind.${kind}`)}</legend>
            {DELIVERIES.map((d) => (
              <label class="radio">
                <input type="radio" name={field} value={d} checked={props.settings[kind] === d} /> {t(`notifications.settings.delivery.${d}`)}
              </label>
            ))}
            {fieldError(field)}
          </fieldset>
        );
      })}
    </fieldset>
  );
}

/** The posted form's notification fields as the preferences' `notifications` object (a kind left out gets its default). */
export function notificationSettingsInput(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(NOTIFICATION_KINDS.flatMap((kind) => {
    const value = body[`notifications.${kind}`];
    return value === undefined ? [] : [[kind, value]];
  }));
}
