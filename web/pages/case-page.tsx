/** One defender case as members see it. Sensitive fields are never part of this object. */
import { countryName } from '#shared/domain/countries.ts';
import { VISIBILITY_LABELS, type DefenderCase } from '#shared/domain/case.ts';
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import { Layout } from './layout.tsx';
import { StatusBadge, themeList } from './case-views.tsx';
import type { CaseBundle } from '#shared/ports/store.ts';
import { MissionSection } from './mission-section.tsx';

export function CasePage(props: { viewer: Viewer; case: DefenderCase; bundle?: CaseBundle; today?: string }) {
  const c = props.case;
  return (
    <Layout title={c.defenderName} viewer={props.viewer}>
      <p><a href="/cases">← All cases</a></p>
      <h1>{c.defenderName}</h1>
      <dl class="facts">
        <dt>Country</dt><dd>{countryName(c.country)}</dd>
        <dt>Risk status</dt><dd><StatusBadge status={c.riskStatus} /></dd>
        <dt>Themes</dt><dd>{themeList(c)}</dd>
        {c.organisation && <><dt>Organisation</dt><dd>{c.organisation}</dd></>}
        <dt>Case state</dt><dd>{c.state}</dd>
        {isCoordinator(props.viewer) && <><dt>Visibility</dt><dd>{VISIBILITY_LABELS[c.visibility]}</dd></>}
        <dt>Last updated</dt><dd><time datetime={c.updatedAt}>{c.updatedAt.slice(0, 10)}</time></dd>
      </dl>
      <h2>Summary</h2>
      {c.summary.split(/\n{2,}/).map((p) => <p>{p}</p>)}
      <h2>Recommended actions</h2>
      {c.recommendedActions.length === 0 ? <p class="muted">None yet.</p> : (
        <ul>{c.recommendedActions.map((a) => <li>{a}</li>)}</ul>
      )}
      {isCoordinator(props.viewer) && <p><a class="button" href={`/cases/${c.id}/edit`}>Edit case</a></p>}
      {props.bundle && <MissionSection viewer={props.viewer} bundle={props.bundle} today={props.today ?? c.updatedAt.slice(0, 10)} />}
    </Layout>
  );
}
