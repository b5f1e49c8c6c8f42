/**
 * The coordinator's compose page on a case: prefilled from the latest
 * timeline event, the status suggestions and the recommended actions; before
 * sending it says how many members will receive the alert, by role and by
 * country. On an error the form comes back with every value and the message
 * beside its field.
 */
import { EU_ONLY_ACTIONS, type ComposeContext } from '#shared/alerts/index.ts';
import { PARLIAMENTARY_ACTIONS } from '#shared/domain/parliamentary-actions.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { Layout } from '../ui/layout.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import { ErrorCount, fieldErrors } from './alert-form-fields.tsx';
import { RecipientReach } from './recipient-reach.tsx';

export interface ComposeValues {
  happened?: string;
  askedActions?: string[];
  asked?: string;
  deadline?: string;
}

const FIELDS = ['happened', 'askedActions', 'asked', 'deadline'] as const;

export function ComposePage(props: {
  viewer: Viewer; context: ComposeContext; values: ComposeValues; idempotencyKey: string; errors?: FieldError[]; notice?: string;
}) {
  const { t, label, country } = useTranslator();
  const c = props.context.case;
  const v = props.values;
  const e = fieldErrors(props.errors, FIELDS);
  const chosen = new Set(v.askedActions ?? []);
  const box = (code: string, text: string) => (
    <label class="check"><input type="checkbox" name="askedActions" value={code} checked={chosen.has(code)} /> {text}</label>
  );
  return (
    <Layout title={t('alerts.compose.title', { name: c.defenderName })} viewer={props.viewer}>
      <p><a href={`/cases/${c.id}`}>← {c.defenderName}</a></p>
      <h1>{t('alerts.compose.heading')}</h1>
      <p>{t('alerts.compose.intro', { name: c.defenderName, country: country(c.country) })}</p>
      <p class="muted">{t('alerts.compose.prefilled')}</p>
      {c.visibility !== 'public' && <p class="notice">{t('alerts.compose.notPublic')}</p>}
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <RecipientReach counts={props.context.counts} />
      <ErrorCount count={e.count} />
      <form method="post" action={`/cases/${c.id}/alerts/new`} class="stack" novalidate>
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
        <div class="field">
          <label for="happened">{t('alerts.compose.happened')}</label>
          <textarea id="happened" name="happened" rows={4} maxlength={2000} required {...e.attrs('happened')}>{v.happened ?? ''}</textarea>
          {e.message('happened')}
        </div>
        <fieldset>
          <legend>{t('alerts.compose.askedActions')}</legend>
          {e.message('askedActions')}
          <p><strong>{t('alerts.compose.parliamentary')}</strong></p>
          {PARLIAMENTARY_ACTIONS.map((code) => box(code, label(`vocabulary.parliamentaryAction.${code}`)))}
          <p><strong>{t('alerts.compose.eu')}</strong></p>
          {EU_ONLY_ACTIONS.map((code) => box(code, label(`vocabulary.euAction.${code}`)))}
        </fieldset>
        <div class="field">
          <label for="asked">{t('alerts.compose.asked')}</label>
          <textarea id="asked" name="asked" rows={4} maxlength={2000} required {...e.attrs('asked')}>{v.asked ?? ''}</textarea>
          {e.message('asked')}
        </div>
        <div class="field">
          <label for="deadline">{t('alerts.compose.deadline')}</label>
          <input id="deadline" name="deadline" type="datetime-local" required value={v.deadline ?? ''} {...e.attrs('deadline')} />
          {e.message('deadline')}
        </div>
        <button type="submit">{t('alerts.compose.submit')}</button>
      </form>
    </Layout>
  );
}
