/**
 * The case page's section on proceedings at international bodies: each proceeding with its stages,
 * outcome and execution; the ECtHR's last day to lodge while nothing is lodged; a judgment final for
 * six months and not executed, and, for the MPs who adopted the case (where publicity is consented),
 * the suggestion to ask a parliamentary question on its execution. Coordinators record and edit.
 * The bundle is already trimmed to the viewer; proceedings follow the case's visibility.
 */
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import type { CaseBundle } from '#shared/ports/store.ts';
import {
  applicationDeadline, daysUntil, openExecutionGaps, type Proceeding,
} from '#shared/proceedings/index.ts';
import { STAGE_DATES } from '#shared/proceedings/proceeding.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { spoken } from '../ui/form-fields.tsx';

function bodyName(p: Proceeding, t: ReturnType<typeof useTranslator>['t']): string {
  return p.internationalBody === 'other' && p.otherBody ? p.otherBody : t(`proceedings.body.${p.internationalBody}`);
}

function Deadline(props: { proceeding: Proceeding; today: string }) {
  const { t, date } = useTranslator();
  const last = applicationDeadline(props.proceeding);
  if (!last) return null;
  const days = daysUntil(last, props.today);
  const text = days > 0 ? t('proceedings.deadline.ahead', { date: date(last), days })
    : days === 0 ? t('proceedings.deadline.today', { date: date(last) })
      : t('proceedings.deadline.passed', { date: date(last) });
  return <p class={days <= 14 ? 'notice' : undefined} data-deadline={last}>{text}</p>;
}

function ProceedingItem(props: { viewer: Viewer; bundle: CaseBundle; proceeding: Proceeding; today: string; gap: boolean; suggest: boolean }) {
  const { proceeding: p, bundle } = props;
  const { t, date } = useTranslator();
  const name = bodyName(p, t);
  return (
    <li data-proceeding={p.id}>
      <p><strong>{name}</strong>{p.reference && <> · {t('proceedings.section.reference', { reference: p.reference })}</>}</p>
      <dl class="facts">
        {STAGE_DATES.filter((stage) => p[stage]).map((stage) => (
          <><dt>{t(`proceedings.stage.${stage}`)}</dt><dd><time datetime={p[stage]}>{date(p[stage]!)}</time></dd></>
        ))}
      </dl>
      {p.outcome && <p>{t('proceedings.section.outcome', { outcome: t(`proceedings.outcome.${p.outcome}`) })}</p>}
      {p.articles?.length ? <p>{t('proceedings.section.articles', { articles: p.articles.join(', ') })}</p> : null}
      {p.executionStatus && <p>{t('proceedings.section.execution', { status: t(`proceedings.execution.${p.executionStatus}`) })}</p>}
      <Deadline proceeding={p} today={props.today} />
      {props.gap && p.judgmentFinalDate && (
        <p class="notice" role="status" data-gap="judgment_not_executed">{t('proceedings.gap.open', { date: date(p.judgmentFinalDate) })}</p>
      )}
      {props.gap && props.suggest && (
        <p><a class="button" href={`/cases/${bundle.case.id}/actions/new?type=execution_question`}>{t('proceedings.gap.suggestion')}</a></p>
      )}
      {isCoordinator(props.viewer) && (
        <p><a href={`/cases/${bundle.case.id}/proceedings/${p.id}/edit`}>{spoken('proceedings.section.edit', { body: name })}</a></p>
      )}
    </li>
  );
}

export function ProceedingSection(props: { viewer: Viewer; bundle: CaseBundle; today: string }) {
  const { viewer, bundle, today } = props;
  const { t } = useTranslator();
  const c = bundle.case;
  const coordinator = isCoordinator(viewer);
  if (bundle.proceedings.length === 0 && !coordinator) return null;
  const gaps = new Set(c.state === 'active' ? openExecutionGaps(bundle.proceedings, bundle.actions, today).map((p) => p.id) : []);
  // The question is public: suggested to the case's adopters only where publicity is consented and not paused.
  const adopter = viewer.kind === 'member' && viewer.role === 'mp' && bundle.pledges.some((p) => p.memberId === viewer.id);
  const suggest = adopter && c.visibility === 'public' && !c.pausedAt;
  return (
    <section aria-labelledby="proceedings" id="proceedings-section">
      <h2 id="proceedings">{t('proceedings.section.title')}</h2>
      {coordinator && c.state !== 'closed' && (
        <p><a class="button" href={`/cases/${c.id}/proceedings/new`}>{t('proceedings.section.record')}</a></p>
      )}
      {coordinator && <p><a href={`/cases/${c.id}/communications/un-sr`}>{t('proceedings.unsr.link')}</a></p>}
      {bundle.proceedings.length === 0
        ? <p class="muted">{t('proceedings.section.none')}</p>
        : (
          <ul class="proceedings">
            {bundle.proceedings.map((p) => (
              <ProceedingItem viewer={viewer} bundle={bundle} proceeding={p} today={today} gap={gaps.has(p.id)} suggest={suggest} />
            ))}
          </ul>
        )}
    </section>
  );
}
