/**
 * A diplomat's home: the action requests for their country of posting, open
 * ones soonest due first, overdue ones marked, with the answers a mission can
 * give (log the action, acknowledge, decline with a reason). Coordinators
 * reach the same list by choosing a country. Each request is a card, so the
 * list reads at 360 px.
 */
import { COUNTRY_CODES } from '#shared/domain/countries.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import { isOpen } from '#shared/missions/action-request.ts';
import type { RequestList, RequestListItem } from '#shared/missions/list-requests.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors, spoken } from '../ui/form-fields.tsx';
import { CountryOptions } from '../ui/country-options.tsx';

export interface RequestFormError {
  requestId: string;
  errors: FieldError[];
  reason?: string;
}

function Answers(props: { r: RequestListItem; failed?: RequestFormError }) {
  const { r } = props;
  const { t } = useTranslator();
  const errors = formErrors(props.failed?.errors, `r${r.id.slice(0, 8)}-`);
  const respond = `/cases/${r.caseId}/action-requests/${r.id}/respond`;
  const about = { action: t(`vocabulary.euAction.${r.actionType}`), name: r.case.defenderName };
  return (
    <>
      <p><a class="button" href={`/cases/${r.caseId}/mission-actions/new?request=${r.id}`}>{spoken('missions.list.logAction', about)}</a></p>
      {r.status === 'open' && (
        <form method="post" action={respond}>
          <input type="hidden" name="status" value="acknowledged" />
          <input type="hidden" name="version" value={String(r.version)} />
          <p><button type="submit">{spoken('missions.list.acknowledge', about)}</button></p>
        </form>
      )}
      <form method="post" action={respond} class="stack" novalidate>
        <input type="hidden" name="status" value="declined" />
        <input type="hidden" name="version" value={String(r.version)} />
        <div class="field">
          <label for={`reason-${r.id}`}>{spoken('missions.list.reason', about)}</label>
          <textarea id={`reason-${r.id}`} name="reason" rows={2} maxlength={1000} {...errors.invalid('reason')}>{props.failed?.reason ?? ''}</textarea>
          {errors.fieldError('reason')}
        </div>
        <button type="submit">{spoken('missions.list.decline', about)}</button>
      </form>
    </>
  );
}

function RequestCard(props: { r: RequestListItem; viewer: Viewer; failed?: RequestFormError }) {
  const { r } = props;
  const { t, rich, date } = useTranslator();
  const diplomat = props.viewer.kind === 'member' && props.viewer.role === 'diplomat';
  const status = t(`missions.status.${r.status}`);
  return (
    <article class="request-card" aria-labelledby={`req-${r.id}`}>
      <h2 id={`req-${r.id}`}>
        {rich('missions.list.cardTitle', {
          name: r.case.defenderName, action: t(`vocabulary.euAction.${r.actionType}`),
          link: (chunks) => <a href={`/cases/${r.caseId}`}>{chunks}</a>,
        })}
      </h2>
      <dl class="facts">
        <dt>{t('missions.list.due')}</dt>
        <dd><time datetime={r.dueDate}>{date(r.dueDate)}</time>{r.overdue && <> · <strong class="error">{t('missions.overdue')}</strong></>}</dd>
        <dt>{t('missions.list.status')}</dt>
        <dd>{r.respondingMission ? t('missions.statusBy', { status, mission: r.respondingMission }) : status}</dd>
        {r.note && <><dt>{t('missions.list.note')}</dt><dd>{r.note}</dd></>}
        {r.declineReason && <><dt>{t('missions.list.declineReason')}</dt><dd>{r.declineReason}</dd></>}
        {r.publicActionCleared && <><dt>{t('missions.list.consent')}</dt><dd>{t('missions.list.cleared')}</dd></>}
      </dl>
      {diplomat && isOpen(r) && <Answers r={r} failed={props.failed?.requestId === r.id ? props.failed : undefined} />}
    </article>
  );
}

function listTitle(t: ReturnType<typeof useTranslator>['t'], status: 'open' | 'closed', where: string | undefined): string {
  if (status === 'open') return where ? t('missions.list.titleOpenIn', { country: where }) : t('missions.list.titleOpen');
  return where ? t('missions.list.titleClosedIn', { country: where }) : t('missions.list.titleClosed');
}

export function RequestListPage(props: {
  viewer: Viewer;
  list: RequestList;
  status: 'open' | 'closed';
  notice?: string;
  failed?: RequestFormError;
}) {
  const { list, status } = props;
  const { t, country } = useTranslator();
  const where = list.country && COUNTRY_CODES.has(list.country) ? country(list.country) : undefined;
  const title = listTitle(t, status, where);
  const query = (extra: Record<string, string>) =>
    `/requests?${new URLSearchParams({ ...(list.country && isCoordinator(props.viewer) ? { country: list.country } : {}), ...extra })}`;
  return (
    <Layout title={title} viewer={props.viewer}>
      <h1>{title}</h1>
      <p>{where ? t('missions.list.introIn', { country: where }) : t('missions.list.intro')}</p>
      {props.notice && <p class="notice" role="status">{props.notice}</p>}
      {isCoordinator(props.viewer) && (
        <form method="get" action="/requests" class="filters" aria-label={t('missions.list.filterLabel')}>
          <div class="field">
            <label for="r-country">{t('missions.list.country')}</label>
            <select id="r-country" name="country">
              <option value="">{t('missions.list.chooseCountry')}</option>
              <CountryOptions codes={COUNTRY_CODES} selected={list.country} />
            </select>
          </div>
          <input type="hidden" name="status" value={status} />
          <button type="submit">{t('missions.list.show')}</button>
        </form>
      )}
      <p>
        <a href={query({ status: status === 'open' ? 'closed' : 'open' })}>{status === 'open' ? t('missions.list.answeredLink') : t('missions.list.openLink')}</a>
        {' · '}<a href="/calendar">{t('missions.list.calendar')}</a>
      </p>
      {props.viewer.kind === 'member' && props.viewer.role === 'diplomat' && !list.country && (
        <p class="notice">{t('missions.list.noPosting')}</p>
      )}
      {list.items.length === 0 ? <p class="empty">{status === 'open' ? t('missions.list.noneOpen') : t('missions.list.noneClosed')}</p> : (
        list.items.map((r) => <RequestCard r={r} viewer={props.viewer} failed={props.failed} />)
      )}
      {list.nextCursor && <p><a href={query({ status, cursor: list.nextCursor })} rel="next">{t('common.action.nextPage')}</a></p>}
    </Layout>
  );
}
