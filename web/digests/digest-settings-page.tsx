/** A member's settings: the weekly digest on or off, the countries and themes they follow, the digest's language. */
import { THEMES, THEME_LABELS } from '#shared/domain/case.ts';
import { COUNTRIES } from '#shared/domain/countries.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { DIGEST_LANGUAGES, LANGUAGE_NAMES, type DigestPreferences } from '#shared/digests/preferences.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';
import { NotificationSettingsFields } from '../notifications/index.ts';

export function SettingsPage(props: { viewer: Viewer; preferences: DigestPreferences; version: number; errors?: FieldError[]; notice?: string; saved?: boolean }) {
  const p = props.preferences;
  const { fieldError: error, invalid } = formErrors(props.errors);
  return (
    <Layout title="Settings" viewer={props.viewer}>
      <h1>Your settings</h1>
      {props.saved && <p class="notice" role="status">Saved.</p>}
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <form method="post" action="/settings" class="stack" novalidate>
        <input type="hidden" name="version" value={String(props.version)} />
        <fieldset class="field">
          <legend>Weekly digest</legend>
          <label class="radio"><input type="checkbox" name="weeklyDigest" value="on" checked={p.weeklyDigest} /> Send me the weekly digest (Monday morning)</label>
        </fieldset>
        <div class="field">
          <label for="countries">Countries I follow</label>
          <select id="countries" name="countries" multiple size={8} {...invalid('countries')}>
            {COUNTRIES.map((c) => <option value={c.code} selected={p.countries.includes(c.code)}>{c.name}</option>)}
          </select>
          <p class="muted">New cases in these countries, and their hearings, appear in your digest. Hold Ctrl (or ⌘) to choose several.</p>
          {error('countries')}
        </div>
        <fieldset class="field checks" {...invalid('themes')}>
          <legend>Themes I follow</legend>
          {THEMES.map((t) => <label><input type="checkbox" name="themes" value={t} checked={p.themes.includes(t)} /> {THEME_LABELS[t]}</label>)}
          {error('themes')}
        </fieldset>
        <fieldset class="field" {...invalid('language')}>
          <legend>Language of the digest</legend>
          {DIGEST_LANGUAGES.map((l) => <label class="radio"><input type="radio" name="language" value={l} checked={p.language === l} /> {LANGUAGE_NAMES[l]}</label>)}
          {error('language')}
        </fieldset>
        <NotificationSettingsFields settings={p.notifications} errors={props.errors} />
        <button type="submit">Save settings</button>
      </form>
    </Layout>
  );
}
