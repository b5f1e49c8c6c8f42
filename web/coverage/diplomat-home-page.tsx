/**
 * A diplomat's home: the urgent alerts waiting for their answer, their posting's open requests, soonest due first (the
 * overdue marked), the hearings in that country in the next weeks, and its
 * gaps: overdue requests and the active cases they may see that no MP adopted.
 */
import type { Viewer } from '#shared/domain/member.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import type { DiplomatHome } from '#shared/coverage/index.ts';
import { HearingList, UnadoptedList, WaitingAlertsSection } from './home-parts.tsx';

export function DiplomatHomePage(props: { viewer: Viewer; home: DiplomatHome }) {
  const { t, date, country } = useTranslator();
  const { requests, hearings, unadopted } = props.home;
  const title = props.home.country ? t('coverage.diplomatHome.title', { country: country(props.home.country) }) : t('coverage.diplomatHome.titlePlain');
  if (!props.home.country) {
    return (
      <Layout title={title} viewer={props.viewer}>
        <h1>{title}</h1>
        <p>{t('coverage.diplomatHome.noPosting')}</p>
      </Layout>
    );
  }
  const cols = { action: t('coverage.diplomatHome.action'), due: t('coverage.diplomatHome.due') };
  const overdue = requests.filter((r) => r.overdue).length;
  return (
    <Layout title={title} viewer={props.viewer}>
      <h1>{title}</h1>
      <p>{t('coverage.diplomatHome.intro')}</p>

      <WaitingAlertsSection alerts={props.home.waitingAlerts} />

      <section aria-labelledby="requests">
        <h2 id="requests">{t('coverage.diplomatHome.requests')}</h2>
        {requests.length === 0 ? <p class="empty">{t('coverage.diplomatHome.noRequests')}</p> : (
          <div class="table-wrap" role="region" aria-label={t('coverage.diplomatHome.tableLabel')} tabindex={0}>
            <table class="cases cards-when-narrow figures-table">
              <caption>{t('coverage.diplomatHome.caption')}</caption>
              <thead>
                <tr><th scope="col">{t('coverage.mpHome.case')}</th><th scope="col">{cols.action}</th><th scope="col">{cols.due}</th></tr>
              </thead>
              <tbody>
                {requests.map((r) => (
                  <tr data-request={r.id}>
                    <th scope="row"><a href={`/cases/${r.case.id}`}>{r.case.defenderName}</a></th>
                    <td data-label={cols.action}>{t(`vocabulary.euAction.${r.actionType}`)}</td>
                    <td data-label={cols.due}>
                      <time datetime={r.dueDate}>{date(r.dueDate)}</time>
                      {r.overdue && <> · <strong class="error">{t('missions.overdue')}</strong></>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p><a href="/requests">{t('coverage.diplomatHome.allRequests')}</a></p>
      </section>

      <section aria-labelledby="hearings">
        <h2 id="hearings">{t('coverage.diplomatHome.hearings')}</h2>
        <HearingList hearings={hearings} empty={t('coverage.diplomatHome.noHearings')} />
      </section>

      <section aria-labelledby="gaps">
        <h2 id="gaps">{t('coverage.diplomatHome.gaps')}</h2>
        <p>{t('coverage.diplomatHome.gapsSummary', { overdue, unadopted: unadopted.length })}</p>
        {unadopted.length > 0 && <UnadoptedList cases={unadopted} />}
      </section>
    </Layout>
  );
}
