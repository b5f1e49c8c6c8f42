/**
 * A member's settings: the weekly digest on or off, the countries and themes
 * they follow, the digest's language, the pages' language and their time
 * zone. The countries are a checklist (each tick adds one, nothing is lost
 * by a plain click) in the reader's language and alphabet, with a filter box
 * and a "chosen" line that a small script keeps current. After an error the
 * form shows what was entered and the first field at fault takes the focus.
 */
import { THEMES } from '#shared/domain/case.ts';
import { COUNTRY_CODES } from '#shared/domain/countries.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { DIGEST_LANGUAGES, type MemberPreferences } from '#shared/digests/preferences.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { fieldMessage } from '#shared/i18n/field-message.ts';
import { LANGUAGE_NAMES, UI_LANGUAGES } from '#shared/i18n/languages.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';
import { TimeZoneSelect } from './time-zone-select.tsx';
import { NotificationSettingsFields } from '../notifications/index.ts';

/** The form's fields in page order: the first with an error takes the focus. */
const FIELD_ORDER = ['weeklyDigest', 'countries', 'themes', 'language', 'uiLanguage', 'timeZone'] as const;

export interface SettingsValues extends Omit<MemberPreferences, 'countries' | 'themes'> {
  /** As entered: after an error they may hold values that are not (yet) valid. */
  countries: string[];
  themes: string[];
}

export function SettingsPage(props: { viewer: Viewer; preferences: SettingsValues; version: number; errors?: FieldError[]; notice?: string; saved?: boolean }) {
  const translator = useTranslator();
  const { t, country, locale, language: readerLanguage } = translator;
  const p = props.preferences;
  const errors = (props.errors ?? []).map((e) => ({ ...e, message: fieldMessage(translator, e) }));
  const { fieldError: error, invalid } = formErrors(errors);
  const first = FIELD_ORDER.find((field) => errors.some((e) => e.path === field || e.path.startsWith(`${field}.`)));
  const focus = (field: (typeof FIELD_ORDER)[number]) => (first === field ? { autofocus: true } : {});

  const collator = new Intl.Collator(readerLanguage);
  const countries = [...COUNTRY_CODES].map((code) => ({ code, name: country(code) })).sort((a, b) => collator.compare(a.name, b.name));
  const chosen = countries.filter((c) => p.countries.includes(c.code)).map((c) => c.name);
  const uiLanguage = p.uiLanguage ?? (locale === 'en-XA' ? 'en' : locale);

  return (
    <Layout title={t('settings.title')} viewer={props.viewer}>
      <h1>{t('settings.heading')}</h1>
      {props.saved && <p class="notice" role="status">{t('settings.saved')}</p>}
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <form method="post" action="/settings" class="stack" novalidate>
        <input type="hidden" name="version" value={String(props.version)} />
        <fieldset class="field">
          <legend>{t('settings.digest.legend')}</legend>
          <label class="radio"><input type="checkbox" name="weeklyDigest" value="on" checked={p.weeklyDigest} /> {t('settings.digest.on')}</label>
        </fieldset>
        <fieldset class="field" data-checklist {...invalid('countries', { group: true })} aria-describedby={['countries-hint', invalid('countries')['aria-describedby']].filter(Boolean).join(' ')}>
          <legend>{t('settings.countries.legend')}</legend>
          <p id="countries-hint" class="muted">{t('settings.countries.hint')}</p>
          <p class="chosen" aria-live="polite">
            <strong>{t('settings.countries.chosen')}</strong>{' '}
            <span data-checklist-chosen data-none={t('settings.countries.none')}>{chosen.length ? translator.list(chosen) : t('settings.countries.none')}</span>
          </p>
          {error('countries')}
          <div class="field" data-checklist-filter hidden>
            <label for="country-filter">{t('settings.countries.filter')}</label>
            <input id="country-filter" type="search" autocomplete="off" />
          </div>
          <p class="muted" data-checklist-no-match hidden>{t('settings.countries.noMatch')}</p>
          <ul class="checklist">
            {countries.map((c, i) => (
              <li data-checklist-item>
                <label><input type="checkbox" name="countries" value={c.code} checked={p.countries.includes(c.code)} {...(i === 0 ? focus('countries') : {})} /> {c.name}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset class="field checks" {...invalid('themes', { group: true })}>
          <legend>{t('settings.themes.legend')}</legend>
          {THEMES.map((theme, i) => (
            <label><input type="checkbox" name="themes" value={theme} checked={p.themes.includes(theme)} {...(i === 0 ? focus('themes') : {})} /> {t(`vocabulary.theme.${theme}`)}</label>
          ))}
          {error('themes')}
        </fieldset>
        <fieldset class="field" {...invalid('language', { group: true })}>
          <legend>{t('settings.language.legend')}</legend>
          {DIGEST_LANGUAGES.map((l, i) => (
            <label class="radio" lang={l}><input type="radio" name="language" value={l} checked={p.language === l} {...(i === 0 ? focus('language') : {})} /> {LANGUAGE_NAMES[l]}</label>
          ))}
          {error('language')}
        </fieldset>
        <fieldset class="field" {...invalid('uiLanguage', { group: true })} aria-describedby={['ui-language-hint', invalid('uiLanguage')['aria-describedby']].filter(Boolean).join(' ')}>
          <legend>{t('settings.uiLanguage.legend')}</legend>
          <p id="ui-language-hint" class="muted">{t('settings.uiLanguage.hint')}</p>
          {UI_LANGUAGES.map((l, i) => (
            <label class="radio" lang={l}><input type="radio" name="uiLanguage" value={l} checked={uiLanguage === l} {...(i === 0 ? focus('uiLanguage') : {})} /> {LANGUAGE_NAMES[l]}</label>
          ))}
          {error('uiLanguage')}
        </fieldset>
        <div class="field">
          <label for="timeZone">{t('settings.timeZone.label')}</label>
          <p id="time-zone-hint" class="muted">{t('settings.timeZone.hint')}</p>
          <TimeZoneSelect selected={p.timeZone} attributes={{
            ...invalid('timeZone'), ...focus('timeZone'),
            'aria-describedby': ['time-zone-hint', invalid('timeZone')['aria-describedby']].filter(Boolean).join(' '),
          }} />
          {error('timeZone')}
        </div>
        <NotificationSettingsFields settings={p.notifications} errors={props.errors} />
        <button type="submit">{t('settings.submit')}</button>
      </form>
      <script src="/assets/checklist-filter.js" defer />
    </Layout>
  );
}
