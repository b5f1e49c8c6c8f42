/**
 * The settings page's notification fields: for each kind, at once, in the
 * weekly digest, or off. Posted as `notifications.<kind>`; read back by
 * `notificationSettingsInput`.
 */
import { DELIVERIES, NOTIFICATION_KINDS, type NotificationSettings } from '#shared/notifications/index.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { fieldMessage } from '#shared/i18n/field-message.ts';
import { tryGetContext } from 'hono/context-storage';
import { isCoordinator } from '#shared/domain/member.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import type { AppEnv } from '../env.ts';

/** Kinds only coordinators receive (the ECtHR time limit goes to those who record applications): shown to them alone. */
const COORDINATORS_ONLY: ReadonlySet<string> = new Set(['applicationDeadline']);

export function NotificationSettingsFields(props: { settings: Partial<NotificationSettings>; errors?: FieldError[] }) {
  const translator = useTranslator();
  const { t } = translator;
  // Each kind's error beside its choices, in the reader's words.
  const errorsOf = (field: string) => (props.errors ?? []).filter((e) => e.path === field);
  const viewer = tryGetContext<AppEnv>()?.get('viewer');
  const kinds = NOTIFICATION_KINDS.filter((kind) => !COORDINATORS_ONLY.has(kind) || (viewer !== undefined && isCoordinator(viewer)));
  return (
    <fieldset class="field" id="notification-settings">
      <legend>{t('notifications.settings.legend')}</legend>
      <p class="muted">{t('notifications.settings.hint')}</p>
      {kinds.map((kind) => {
        const field = `notifications.${kind}`;
        const errors = errorsOf(field);
        const errorId = `${field}-error`;
        return (
          <fieldset class="field" {...(errors.length > 0 ? { 'aria-invalid': 'true', 'aria-describedby': errorId } : {})}>
            <legend>{t(`notifications.settings.kind.${kind}`)}</legend>
            {DELIVERIES.map((d) => (
              <label class="radio">
                <input type="radio" name={field} value={d} checked={props.settings[kind] === d} /> {t(`notifications.settings.delivery.${d}`)}
              </label>
            ))}
            {errors.length > 0 && <p id={errorId} class="error">{errors.map((e) => fieldMessage(translator, e)).join(' ')}</p>}
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
