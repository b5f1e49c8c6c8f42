/** The case list with its filters (country, status, theme) and "next page" link. */
import { COUNTRIES } from '#shared/domain/countries.ts';
import { CASE_STATES, RISK_STATUSES, RISK_STATUS_LABELS, THEMES, THEME_LABELS, VISIBILITIES } from '#shared/domain/case.ts';
import type { CaseList } from '#shared/cases/read-cases.ts';
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';
import { CaseTable } from '../ui/case-views.tsx';

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
  const { filters } = props;
  const next = props.list.nextCursor
    ? `/cases?${new URLSearchParams({ ...stripEmpty(filters), cursor: props.list.nextCursor })}`
    : undefined;
  return (
    <Layout title="Cases" viewer={props.viewer}>
      <h1>Defender cases</h1>
      {props.viewer.kind === 'anonymous' && (
        <p>You are seeing the cases whose defenders consented to publicity. <a href="/sign-in">Sign in</a> to see the network's cases.</p>
      )}
      <form method="get" action="/cases" class="filters" aria-label="Filter cases">
        <div class="field">
          <label for="f-country">Country</label>
          <select id="f-country" name="country">
            <option value="">Any country</option>
            {COUNTRIES.map((c) => <option value={c.code} selected={c.code === filters.country}>{c.name}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="f-status">Risk status</label>
          <select id="f-status" name="status">
            <option value="">Any status</option>
            {RISK_STATUSES.map((s) => <option value={s} selected={s === filters.status}>{RISK_STATUS_LABELS[s]}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="f-theme">Theme</label>
          <select id="f-theme" name="theme">
            <option value="">Any theme</option>
            {THEMES.map((t) => <option value={t} selected={t === filters.theme}>{THEME_LABELS[t]}</option>)}
          </select>
        </div>
        {isCoordinator(props.viewer) && (
          <>
            <div class="field">
              <label for="f-state">Case state</label>
              <select id="f-state" name="state">
                <option value="">Active and dormant</option>
                {CASE_STATES.map((s) => <option value={s} selected={s === filters.state}>{s}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="f-visibility">Visibility</label>
              <select id="f-visibility" name="visibility">
                <option value="">Any visibility</option>
                {VISIBILITIES.map((v) => <option value={v} selected={v === filters.visibility}>{v}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="f-q">Name contains</label>
              <input id="f-q" name="q" value={filters.q ?? ''} maxlength={100} />
            </div>
            <label class="radio"><input type="checkbox" name="noAdopter" value="true" checked={filters.noAdopter === 'true'} /> No adopter yet</label>
          </>
        )}
        <button type="submit">Filter</button>
      </form>
      {isCoordinator(props.viewer) && (
        <p><a href={`/api/exports/cases.csv?${new URLSearchParams(stripEmpty(filters))}`} download>Export these cases as CSV</a> (audited; no sensitive fields)</p>
      )}
      <CaseTable cases={props.list.items} showVisibility={isCoordinator(props.viewer)} />
      {next && <p><a href={next} rel="next">Next page</a></p>}
    </Layout>
  );
}

export function stripEmpty(filters: ListFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
}
