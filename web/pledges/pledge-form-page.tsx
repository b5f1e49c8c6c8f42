/**
 * An MP adopts a case, or changes or withdraws their pledge. The edit form
 * carries the version it was loaded at, so a concurrent change is caught
 * (412) instead of overwritten; a lost twin request is shown next to the box.
 */
import { PARLIAMENTARY_ACTIONS } from '#shared/domain/parliamentary-actions.ts';
import type { Translator } from '#shared/i18n/translator.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors, spoken } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import { PublicConsentNotice, type ConsentOfCase } from './public-consent-notice.tsx';

export interface PledgeFormValues {
  actions?: string[];
  note?: string;
  twin?: boolean;
}

interface Props {
  viewer: Viewer;
  /** The name is absent only when the case could not be read (never on a page that loaded). */
  case: Pick<DefenderCase, 'id'> & { defenderName?: string } & ConsentOfCase;
  /** The version of the pledge being changed; absent for a new pledge. */
  version?: number;
  values: PledgeFormValues;
  /** Someone else holds the twin place (and it is not this MP). */
  twinTaken: boolean;
  errors?: FieldError[];
  notice?: string;
}

/** The page heading: the same before and after a failed post (the defender's name comes with the case). */
export function pledgeTitle(t: Translator['t'], name: string | undefined, editing: boolean): string {
  if (editing) return name ? t('pledges.form.titleEdit', { name }) : t('pledges.form.titleEditUnnamed');
  return name ? t('pledges.form.titleNew', { name }) : t('pledges.form.titleNewUnnamed');
}

/** The pledge form: new when `version` is absent, an edit (with withdraw) otherwise. */
export function PledgeFormPage(props: Props) {
  const { values, version } = props;
  const { t } = useTranslator();
  const { fieldError, invalid, invalidGroup, summary } = formErrors(props.errors);
  const editing = version !== undefined;
  const name = props.case.defenderName;
  const title = pledgeTitle(t, name, editing);
  const caseUrl = `/cases/${props.case.id}`;

  return (
    <Layout title={title} viewer={props.viewer}>
      <p><a href={caseUrl}>{t('pledges.backToCase')}</a></p>
      <h1>{title}</h1>
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <PublicConsentNotice case={props.case} />
      {summary()}
      <form method="post" action={`${caseUrl}/pledge`} class="stack" novalidate>
        {editing && <input type="hidden" name="version" value={String(version)} />}
        <fieldset class="field" {...invalidGroup('actions')}>
          <legend>{t('pledges.form.actions')}</legend>
          <div class="checks">
            {PARLIAMENTARY_ACTIONS.map((a) => (
              <label><input type="checkbox" name="actions" value={a} checked={values.actions?.includes(a)} /> {t(`vocabulary.parliamentaryAction.${a}`)}</label>
            ))}
          </div>
          {fieldError('actions')}
        </fieldset>
        <div class="field">
          <label for="note">{t('pledges.form.note')}</label>
          <textarea id="note" name="note" rows={3} maxlength={1000} {...invalid('note')}>{values.note ?? ''}</textarea>
          {fieldError('note')}
        </div>
        <div class="field">
          <label>
            <input type="checkbox" name="twin" value="on" checked={values.twin} aria-describedby="twin-hint" {...invalid('twin')} /> {t('pledges.form.twin')}
          </label>
          <p id="twin-hint" class="muted">
            {t('pledges.form.twinHint')}
            {props.twinTaken && <> {t('pledges.form.twinTaken')}</>}
          </p>
          {fieldError('twin')}
        </div>
        <button type="submit">{editing ? t('pledges.form.save') : t('pledges.form.adopt')}</button>
      </form>
      {editing && (
        <form method="post" action={`${caseUrl}/pledge/withdraw`} class="stack">
          <input type="hidden" name="version" value={String(version)} />
          <h2>{t('pledges.withdraw.title')}</h2>
          <p>{t('pledges.withdraw.explain')}</p>
          <button type="submit">{name ? spoken('pledges.withdraw.buttonNamed', { name }) : t('pledges.withdraw.button')}</button>
        </form>
      )}
    </Layout>
  );
}
