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
import { isCoordinator, type Member, type Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { CaseBundle } from '#shared/ports/store.ts';
import { newestFirst } from '#shared/cases/timeline.ts';
import { Layout } from '../ui/layout.tsx';
import { StatusBadges, themeList } from '../ui/case-views.tsx';
import { EventForm, Timeline } from './case-timeline.tsx';
import { ConsentPanel } from './case-consent-panel.tsx';
import { PublicActionClearancePanel } from './public-action-clearance-panel.tsx';
import { AdoptionSection } from '../pledges/parts.ts';
import { MissionSection } from '../missions/parts.ts';
import { ProceedingSection } from '../proceedings/parts.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { AlertSection } from '../alerts/parts.ts';
import { AttachmentSection } from '../attachments/parts.ts';
import type { CaseAlertRoster } from '#shared/alerts/index.ts';

export interface CasePageForms {
  /** Which form failed validation, with what was typed, to show it again with messages. */
  event?: { values: Record<string, unknown>; errors: FieldError[] };
  /** The visibility form and the clearance form (their values come back as typed). */
  consent?: { values: Record<string, unknown>; errors: FieldError[] };
  pause?: { values: Record<string, unknown>; errors: FieldError[] };
  clearance?: { values: Record<string, unknown>; errors: FieldError[] };
  notice?: string;
}

export function CasePage(props: { viewer: Viewer; bundle: CaseBundle; members?: Member[]; forms?: CasePageForms; today?: string; alerts?: CaseAlertRoster[] }) {
  const c = props.bundle.case;
  const coordinator = isCoordinator(props.viewer);
  const guidanceOnly = !canSeeCase(props.viewer, c);
  const { t, country, date } = useTranslator();
  const state = t(`vocabulary.caseState.${c.state}`);
  return (
    <Layout title={c.defenderName} viewer={props.viewer}>
      <p><a href="/cases">{t('caseSafety.case.allCases')}</a></p>
      <h1>{c.defenderName}</h1>
      {props.forms?.notice && <p class="notice" role="status">{props.forms.notice}</p>}
      {c.pausedAt && props.viewer.kind === 'member' && <PausedBanner since={c.pausedAt} />}
      <dl class="facts">
        <dt>{t('caseSafety.case.country')}</dt><dd>{country(c.country)}</dd>
        <dt>{t('caseSafety.case.riskStatus')}</dt><dd><StatusBadges statuses={c.riskStatuses} /></dd>
        <dt>{t('caseSafety.case.themes')}</dt><dd>{themeList(c)}</dd>
        {c.organisation && <><dt>{t('caseSafety.case.organisation')}</dt><dd>{c.organisation}</dd></>}
        <dt>{t('caseSafety.case.state')}</dt>
        <dd>{c.state === 'closed' && c.closedReason ? t('caseSafety.case.closedWithReason', { state, reason: c.closedReason }) : state}</dd>
        {props.viewer.kind === 'member' && <><dt>{t('caseSafety.case.visibility')}</dt><dd>{t(`vocabulary.visibility.${c.visibility}`)}</dd></>}
        <dt>{t('caseSafety.case.adoptedBy')}</dt><dd>{t('caseSafety.case.adopters', { count: c.adopterCount })}</dd>
        <dt>{t('caseSafety.case.lastUpdated')}</dt><dd><time datetime={c.updatedAt}>{date(c.updatedAt)}</time></dd>
      </dl>
      {c.visibility !== 'public' && props.viewer.kind === 'member' && (
        <p class="notice">{t('caseSafety.case.notPublic')}</p>
      )}
      <h2>{t('caseSafety.case.summary')}</h2>
      {c.summary.split(/\n{2,}/).map((p) => <p>{p}</p>)}
      <h2>{t('caseSafety.case.recommendedActions')}</h2>
      {c.recommendedActions.length === 0 ? <p class="muted">{t('caseSafety.case.noActions')}</p> : (
        <ul>{c.recommendedActions.map((a) => <li>{a}</li>)}</ul>
      )}
      <h2>{t('caseSafety.case.timeline')}</h2>
      <Timeline events={newestFirst(props.bundle.events)} {...(coordinator ? { correctable: { caseId: c.id } } : {})} />
      {!guidanceOnly && (
        <>
          <AdoptionSection viewer={props.viewer} bundle={props.bundle} />
          <MissionSection viewer={props.viewer} bundle={props.bundle} today={props.today ?? c.updatedAt.slice(0, 10)} />
          <ProceedingSection viewer={props.viewer} bundle={props.bundle} today={props.today ?? c.updatedAt.slice(0, 10)} />
        </>
      )}
      <AttachmentSection viewer={props.viewer} bundle={props.bundle} />
      {coordinator && (
        <>
          <AlertSection viewer={props.viewer} case={c} alerts={props.alerts} />
          <h2>{t('caseSafety.case.coordinatorTools')}</h2>
          <ul class="links">
            <li><a class="button" href={`/cases/${c.id}/edit`}>{t('caseSafety.case.edit')}</a></li>
            <li><a href={`/cases/${c.id}/sensitive`}>{t('caseSafety.case.sensitiveLink')}</a></li>
            <li><a href={`/cases/${c.id}/risk`}>{t('risk.page.caseLink')}</a></li>
            <li><a href={`/cases/${c.id}/audit`}>{t('caseSafety.case.auditLink')}</a></li>
          </ul>
          <EventForm case={c} values={props.forms?.event?.values} errors={props.forms?.event?.errors} />
          <ConsentPanel
            case={c} ledger={props.bundle.consent} members={props.members ?? []}
            consent={props.forms?.consent} pause={props.forms?.pause}
          />
          <PublicActionClearancePanel case={c} form={props.forms?.clearance} />
        </>
      )}
    </Layout>
  );
}

/** The same guidance as the pause notice: what to stop, what remains possible. */
function PausedBanner(props: { since: string }) {
  const { t, date } = useTranslator();
  return (
    <div class="notice" role="alert">
      <p><strong>{t('caseSafety.paused.title', { date: date(props.since, 'long') })}</strong></p>
      <p>{t('caseSafety.paused.body')}</p>
    </div>
  );
}
