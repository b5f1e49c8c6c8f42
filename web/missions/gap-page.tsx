/**
 * The coordinators' gap view: cases whose risk status calls for an action no
 * mission or MP has logged since, oldest gap first, with how long it has
 * lasted; filterable by country.
 */
import { COUNTRIES, countryName } from '#shared/domain/countries.ts';
import type { GapList } from '#shared/missions/list-gaps.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';
import { StatusBadge } from '../ui/case-views.tsx';

export function GapPage(props: { viewer: Viewer; gaps: GapList; country?: string }) {
  const { gaps, country } = props;
  const next = gaps.nextCursor ? `/gaps?${new URLSearchParams({ ...(country ? { country } : {}), cursor: gaps.nextCursor })}` : undefined;
  return (
    <Layout title="Gaps" viewer={props.viewer}>
      <h1>Gaps in protection</h1>
      <p>Active cases whose situation calls for an action that no mission or MP has logged since the case entered it.</p>
      <form method="get" action="/gaps" class="filters" aria-label="Filter gaps">
        <div class="field">
          <label for="g-country">Country</label>
          <select id="g-country" name="country">
            <option value="">Any country</option>
            {COUNTRIES.map((c) => <option value={c.code} selected={c.code === country}>{c.name}</option>)}
          </select>
        </div>
        <button type="submit">Filter</button>
      </form>
      {gaps.items.length === 0 ? <p class="empty">No gaps{country ? ` in ${countryName(country)}` : ''} on this page.</p> : (
        <div class="table-wrap">
          <table class="cases">
            <caption class="sr-only">Gaps, oldest first</caption>
            <thead>
              <tr><th scope="col">Defender</th><th scope="col">Country</th><th scope="col">Status</th><th scope="col">Missing</th><th scope="col">For</th></tr>
            </thead>
            <tbody>
              {gaps.items.map((g) => (
                <tr>
                  <th scope="row"><a href={`/cases/${g.caseId}`}>{g.defenderName}</a></th>
                  <td>{countryName(g.country)}</td>
                  <td><StatusBadge status={g.riskStatus} /></td>
                  <td>{g.label}</td>
                  <td><time datetime={g.since}>{g.ageDays === 1 ? '1 day' : `${g.ageDays} days`}</time></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && <p><a href={next} rel="next">Next page</a></p>}
    </Layout>
  );
}
