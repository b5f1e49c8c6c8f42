/** Small pieces shared by case pages: labels and the case list table. */
import { countryName } from '#shared/domain/countries.ts';
import { RISK_STATUS_LABELS, THEME_LABELS, type DefenderCase } from '#shared/domain/case.ts';

export const themeList = (c: Pick<DefenderCase, 'themes'>) => c.themes.map((t) => THEME_LABELS[t]).join(', ');

export function StatusBadge(props: { status: DefenderCase['riskStatus'] }) {
  return <span class={`badge status-${props.status}`}>{RISK_STATUS_LABELS[props.status]}</span>;
}

export function CaseTable(props: { cases: DefenderCase[]; showVisibility: boolean }) {
  if (props.cases.length === 0) return <p class="empty">No cases match.</p>;
  return (
    <div class="table-wrap" role="region" aria-label="Defender cases" tabindex={0}>
      <table class="cases">
        <caption class="sr-only">Defender cases, most recently updated first</caption>
        <thead>
          <tr>
            <th scope="col">Defender</th>
            <th scope="col">Country</th>
            <th scope="col">Risk status</th>
            <th scope="col">Themes</th>
            {props.showVisibility && <th scope="col">Visibility</th>}
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {props.cases.map((c) => (
            <tr>
              <th scope="row"><a href={`/cases/${c.id}`}>{c.defenderName}</a></th>
              <td>{countryName(c.country)}</td>
              <td><StatusBadge status={c.riskStatus} /></td>
              <td>{themeList(c)}</td>
              {props.showVisibility && <td>{c.visibility}</td>}
              <td><time datetime={c.updatedAt}>{c.updatedAt.slice(0, 10)}</time></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
