/**
 * One defender case as the viewer may see it: facts, summary, timeline, and
 * for coordinators the tools (events, consent, sensitive fields, audit).
 * Sensitive fields are never part of the bundle; they have their own page.
 * While publicity is paused every member sees the coordinators' guidance
 * (never the reason, which stays in the ledger); a member who keeps the page
 * only because the pause notice went to them reads it without the pledge and
 * mission tools, which answer 404 to them.
 */
import { canSeeCase } from '#shared/access/visibility.ts';
import { countryName } from '#shared/domain/countries.ts';
import { VISIBILITY_LABELS } from '#shared/domain/case.ts';
import { isCoordinator, type Member, type Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { CaseBundle } from '#shared/ports/store.ts';
import { newestFirst } from '#shared/cases/timeline.ts';
import { Layout } from '../ui/layout.tsx';
import { StatusBadge, themeList } from '../ui/case-views.tsx';
import { EventForm, Timeline } from './case-timeline.tsx';
import { ConsentPanel } from './case-consent-panel.tsx';
import { PublicActionClearancePanel } from './public-action-clearance-panel.tsx';
import { AdoptionSection } from '../pledges/index.ts';
import { MissionSection } from '../missions/index.ts';
import { AlertSection } from '../alerts/index.ts';
import type { AlertRoster } from '#shared/alerts/index.ts';

export interface CasePageForms {
  /** Which form failed validation, with what was typed, to show it again with messages. */
  event?: { values: Record<string, unknown>; errors: FieldError[] };
  consent?: { errors: FieldError[] };
  pause?: { errors: FieldError[] };
  notice?: string;
}

export function CasePage(props: { viewer: Viewer; bundle: CaseBundle; members?: Member[]; forms?: CasePageForms; today?: string; alerts?: AlertRoster[] }) {
  const c = props.bundle.case;
  const coordinator = isCoordinator(props.viewer);
  const guidanceOnly = !canSeeCase(props.viewer, c);
  return (
    <Layout title={c.defenderName} viewer={props.viewer}>
      <p><a href="/cases">← All cases</a></p>
      <h1>{c.defenderName}</h1>
      {props.forms?.notice && <p class="notice" role="status">{props.forms.notice}</p>}
      {c.pausedAt && props.viewer.kind === 'member' && <PausedBanner since={c.pausedAt} />}
      <dl class="facts">
        <dt>Country</dt><dd>{countryName(c.country)}</dd>
        <dt>Risk status</dt><dd><StatusBadge status={c.riskStatus} /></dd>
        <dt>Themes</dt><dd>{themeList(c)}</dd>
        {c.organisation && <><dt>Organisation</dt><dd>{c.organisation}</dd></>}
        <dt>Case state</dt><dd>{c.state}{c.state === 'closed' && c.closedReason ? ` (${c.closedReason})` : ''}</dd>
        {props.viewer.kind === 'member' && <><dt>Visibility</dt><dd>{VISIBILITY_LABELS[c.visibility]}</dd></>}
        <dt>Adopted by</dt><dd>{c.adopterCount} {c.adopterCount === 1 ? 'MP' : 'MPs'}</dd>
        <dt>Last updated</dt><dd><time datetime={c.updatedAt}>{c.updatedAt.slice(0, 10)}</time></dd>
      </dl>
      {c.visibility !== 'public' && props.viewer.kind === 'member' && (
        <p class="notice">Not public: do not mention this defender publicly or forward these details.</p>
      )}
      <h2>Summary</h2>
      {c.summary.split(/\n{2,}/).map((p) => <p>{p}</p>)}
      <h2>Recommended actions</h2>
      {c.recommendedActions.length === 0 ? <p class="muted">None yet.</p> : (
        <ul>{c.recommendedActions.map((a) => <li>{a}</li>)}</ul>
      )}
      <h2>Timeline</h2>
      <Timeline events={newestFirst(props.bundle.events)} />
      {!guidanceOnly && (
        <>
          <AdoptionSection viewer={props.viewer} bundle={props.bundle} />
          <MissionSection viewer={props.viewer} bundle={props.bundle} today={props.today ?? c.updatedAt.slice(0, 10)} />
        </>
      )}
      {coordinator && (
        <>
          <AlertSection viewer={props.viewer} case={c} alerts={props.alerts} />
          <h2>Coordinator tools</h2>
          <p>
            <a class="button" href={`/cases/${c.id}/edit`}>Edit case</a>{' '}
            <a href={`/cases/${c.id}/sensitive`}>Sensitive fields (audited)</a> · <a href={`/cases/${c.id}/audit`}>Audit log</a>
          </p>
          <EventForm case={c} values={props.forms?.event?.values} errors={props.forms?.event?.errors} />
          <ConsentPanel
            case={c} ledger={props.bundle.consent} members={props.members ?? []}
            errors={props.forms?.consent?.errors} pauseErrors={props.forms?.pause?.errors}
          />
          <PublicActionClearancePanel case={c} />
        </>
      )}
    </Layout>
  );
}

/** The same guidance as the pause notice: what to stop, what remains possible. */
function PausedBanner(props: { since: string }) {
  return (
    <div class="notice" role="alert">
      <p><strong>Publicity paused since <time datetime={props.since}>{props.since.slice(0, 10)}</time>: stop all public action on this case now.</strong></p>
      <p>
        No statements, posts, public questions or visible visits until the coordinators tell you otherwise: publicity may put
        the defender at risk at this moment. Private, confidential steps remain possible after checking with the coordinators.
        Do not forward these details.
      </p>
    </div>
  );
}
