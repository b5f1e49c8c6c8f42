/** The case list with its filters (country, status, theme; coordinators more) and "next page" link. */
import { COUNTRY_CODES } from '#shared/domain/countries.ts';
import { CASE_STATES, RISK_STATUSES, THEMES, VISIBILITIES } from '#shared/domain/case.ts';
import type { CaseList } from '#shared/cases/read-cases.ts';
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';
import { CaseTable } from '../ui/case-views.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import { CountryOptions } from '../ui/country-options.tsx';

export interface ListFilters {
  country?: string;
  status?: string;
  theme?: string;
  state?: string;
  visibility?: string;
  q?: string;
  noAdopter?: string;
}

export function CaseListPage(props: { viewer: Viewer; list: CaseList; filters: ListFilters }) {
  const { t } = useTranslator();
  const { filters } = props;
  const next = props.list.nextCursor
    ? `/cases?${new URLSearchParams({ ...stripEmpty(filters), cursor: props.list.nextCursor })}`
    : undefined;
  return (
    <Layout title={t('cases.list.title')} viewer={props.viewer}>
      <h1>{t('cases.list.heading')}</h1>
      {props.viewer.kind === 'anonymous' && (
        <p>{t('cases.list.anonymousIntro')} <a href="/sign-in">{t('cases.list.signInForMore')}</a></p>
      )}
      <form method="get" action="/cases" class="filters" aria-label={t('cases.list.filters')}>
        <div class="field">
          <label for="f-country">{t('cases.list.country')}</label>
          <select id="f-country" name="country">
            <option value="">{t('cases.list.anyCountry')}</option>
            <CountryOptions codes={COUNTRY_CODES} selected={filters.country} />
          </select>
        </div>
        <div class="field">
          <label for="f-status">{t('cases.list.status')}</label>
          <select id="f-status" name="status">
            <option value="">{t('cases.list.anyStatus')}</option>
            {RISK_STATUSES.map((s) => <option value={s} selected={s === filters.status}>{t(`vocabulary.riskStatus.${s}`)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="f-theme">{t('cases.list.theme')}</label>
          <select id="f-theme" name="theme">
            <option value="">{t('cases.list.anyTheme')}</option>
            {THEMES.map((theme) => <option value={theme} selected={theme === filters.theme}>{t(`vocabulary.theme.${theme}`)}</option>)}
          </select>
        </div>
        {isCoordinator(props.viewer) && (
          <>
            <div class="field">
              <label for="f-state">{t('cases.list.state')}</label>
              <select id="f-state" name="state">
                <option value="">{t('cases.list.activeAndDormant')}</option>
                {CASE_STATES.map((s) => <option value={s} selected={s === filters.state}>{t(`vocabulary.caseState.${s}`)}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="f-visibility">{t('cases.list.visibility')}</label>
              <select id="f-visibility" name="visibility">
                <option value="">{t('cases.list.anyVisibility')}</option>
                {VISIBILITIES.map((v) => <option value={v} selected={v === filters.visibility}>{t(`cases.visibilityName.${v}`)}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="f-q">{t('cases.list.nameContains')}</label>
              <input id="f-q" name="q" value={filters.q ?? ''} maxlength={100} />
            </div>
            <label class="radio"><input type="checkbox" name="noAdopter" value="true" checked={filters.noAdopter === 'true'} /> {t('cases.list.noAdopter')}</label>
          </>
        )}
        <button type="submit">{t('cases.list.filter')}</button>
      </form>
      {isCoordinator(props.viewer) && (
        <div id="exports">
          <p><a href={`/api/exports/cases.csv?${new URLSearchParams(stripEmpty(filters))}`} download aria-describedby="export-note">{t('cases.list.export')}</a></p>
          {/* The workbook is built by a job: the button starts it (audited) and lands on its page. */}
          <form method="post" action="/exports/cases.xlsx">
            {Object.entries(stripEmpty(filters)).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
            <button type="submit" aria-describedby="export-note">{t('cases.list.exportWorkbook')}</button>
          </form>
          <p id="export-note" class="muted">{t('cases.list.exportNote')}</p>
        </div>
      )}
      <CaseTable cases={props.list.items} showVisibility={isCoordinator(props.viewer)} />
      {next && <p><a href={next} rel="next">{t('cases.list.nextPage')}</a></p>}
    </Layout>
  );
}

export function stripEmpty(filters: ListFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
}
