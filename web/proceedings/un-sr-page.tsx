/**
 * The coordinators' page for the draft communication to the UN Special Rapporteur: what the document
 * holds, a choice of its language and the download; or, where the consent recorded does not allow a
 * communication, why not (the same wording the API's 409 carries).
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from '#shared/i18n/languages.ts';
import type { UnSubmissionRefusal } from '#shared/proceedings/un-sr-consent.ts';
import { Layout } from '../ui/layout.tsx';
import { useTranslator } from '../i18n/use-translator.ts';

export function UnSrPage(props: { viewer: Viewer; case: Pick<DefenderCase, 'id' | 'defenderName'>; refusal?: UnSubmissionRefusal; language: UiLanguage }) {
  const c = props.case;
  const { t } = useTranslator();
  const title = t('proceedings.unsr.page.title', { name: c.defenderName });
  return (
    <Layout title={title} viewer={props.viewer}>
      <p><a href={`/cases/${c.id}#proceedings`}>{t('proceedings.backTo', { name: c.defenderName })}</a></p>
      <h1>{title}</h1>
      <p>{t('proceedings.unsr.page.intro')}</p>
      {props.refusal
        ? (
          <div class="notice" role="status" data-refusal={props.refusal}>
            <p><strong>{t('proceedings.unsr.page.refused')}</strong></p>
            <p>{t(`proceedings.errors.unsr.${props.refusal}`)}</p>
          </div>
        )
        : (
          // A plain GET form: the browser downloads the file, no script needed.
          <form method="get" action={`/api/cases/${c.id}/communications/un-sr.docx`} class="stack">
            <div class="field">
              <label for="unsr-language">{t('proceedings.unsr.page.language')}</label>
              <select id="unsr-language" name="language">
                {UI_LANGUAGES.map((l) => <option value={l} lang={l} selected={l === props.language}>{LANGUAGE_NAMES[l]}</option>)}
              </select>
            </div>
            <p class="muted">{t('proceedings.unsr.page.audited')}</p>
            <button type="submit">{t('proceedings.unsr.page.download')}</button>
          </form>
        )}
    </Layout>
  );
}
