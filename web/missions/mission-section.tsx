/**
 * The missions' part of a case page: requests to the missions (coordinators,
 * and the diplomats of the posting), logged mission actions (confidential ones
 * only for coordinators and their author), and the links to raise a request
 * or log an action. The bundle is already trimmed to the viewer.
 */
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import { isOpen, isOverdue, type ActionRequest } from '#shared/missions/action-request.ts';
import { isPostedTo } from '#shared/missions/mission-access.ts';
import type { CaseBundle } from '#shared/ports/store.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { spoken } from '../ui/form-fields.tsx';

function RequestItem(props: { viewer: Viewer; bundle: CaseBundle; request: ActionRequest; today: string }) {
  const { viewer, request: r, today } = props;
  const { t, rich, country, date } = useTranslator();
  const c = props.bundle.case;
  const action = t(`vocabulary.euAction.${r.actionType}`);
  const status = t(`missions.status.${r.status}`);
  const about = { action, name: c.defenderName, due: date(r.dueDate) };
  return (
    <li>
      {rich('missions.section.request', {
        action, country: country(r.country), due: date(r.dueDate), time: (chunks) => <time datetime={r.dueDate}>{chunks}</time>,
      })}{' '}
      <strong>{status}</strong>
      {r.respondingMission && ` (${r.respondingMission})`}
      {isOverdue(r, today) && <> · <strong class="error">{t('missions.overdue')}</strong></>}
      {r.declineReason && <> · {t('missions.section.reason', { reason: r.declineReason })}</>}
      {isOpen(r) && isPostedTo(viewer, r.country) && (
        <> · <a href={`/cases/${c.id}/mission-actions/new?request=${r.id}`}>{spoken('missions.list.logAction', about)}</a></>
      )}
      {isOpen(r) && isCoordinator(viewer) && (
        <form method="post" action={`/cases/${c.id}/action-requests/${r.id}/respond`}>
          <input type="hidden" name="status" value="withdrawn" />
          <input type="hidden" name="version" value={String(r.version)} />
          <button type="submit">{spoken('missions.section.withdraw', about)}</button>
        </form>
      )}
    </li>
  );
}

export function MissionSection(props: { viewer: Viewer; bundle: CaseBundle; today: string }) {
  const { viewer, bundle, today } = props;
  const { t, date } = useTranslator();
  if (viewer.kind !== 'member') return null;
  const c = bundle.case;
  const coordinator = isCoordinator(viewer);
  const diplomat = viewer.role === 'diplomat';
  const actions = [...bundle.missionActions].reverse();
  return (
    <section aria-labelledby="missions">
      <h2 id="missions">{t('missions.section.title')}</h2>
      <p>
        {coordinator && c.state !== 'closed' && <a class="button" href={`/cases/${c.id}/action-requests/new`}>{spoken('missions.section.ask', { name: c.defenderName })}</a>}
        {diplomat && <a class="button" href={`/cases/${c.id}/mission-actions/new`}>{spoken('missions.section.logAction', { name: c.defenderName })}</a>}
      </p>
      {(coordinator || diplomat) && (
        <>
          <h3>{t('missions.section.requests')}</h3>
          {bundle.requests.length === 0 ? <p class="muted">{diplomat ? t('missions.section.noRequestsForPosting') : t('missions.section.noRequests')}</p> : (
            <ul>{bundle.requests.map((r) => <RequestItem viewer={viewer} bundle={bundle} request={r} today={today} />)}</ul>
          )}
        </>
      )}
      <h3>{t('missions.section.actions')}</h3>
      {actions.length === 0 ? <p class="muted">{t('missions.section.noActions')}</p> : (
        <ul>
          {actions.map((a) => {
            const action = t(`vocabulary.euAction.${a.actionType}`);
            return (
              <li>
                <time datetime={a.date}>{date(a.date)}</time> · <strong>{action}</strong> · {a.mission}
                {a.confidential && <> · <em>{t('missions.section.confidential')}</em></>}
                {a.verifiedAt && <> · {t('missions.section.verified')}</>}
                <br />{a.outcome}
                {a.evidenceUrl && <> · <a href={a.evidenceUrl} rel="noopener noreferrer nofollow">{spoken('missions.section.record', { action })}</a></>}
                {!a.verifiedAt && coordinator && (
                  <form method="post" action={`/cases/${c.id}/mission-actions/${a.id}/verify`}>
                    <input type="hidden" name="version" value={String(a.version)} />
                    <button type="submit">{spoken('missions.section.verify', { action, mission: a.mission, date: date(a.date) })}</button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
