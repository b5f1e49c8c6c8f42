/**
 * An MP's home, where they land after signing in: the urgent alerts waiting
 * for their answer, their commitments (pledged, done, still to do), the
 * hearings whose roster they are on, and the active cases they follow
 * (countries, themes) that no MP has adopted.
 */
import type { Viewer } from '#shared/domain/member.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import type { MpHome } from '#shared/coverage/index.ts';
import { HearingList, UnadoptedList, WaitingAlertsSection } from './home-parts.tsx';

export function MpHomePage(props: { viewer: Viewer; home: MpHome }) {
  const { t, rich, number, country } = useTranslator();
  const { adoptions, hearings, follows, unadopted } = props.home;
  const pledged = adoptions.reduce((s, a) => s + a.pledge.actions.length, 0);
  const done = adoptions.reduce((s, a) => s + a.done.length, 0);
  const due = adoptions.reduce((s, a) => s + a.remaining.length, 0);
  const cols = { pledged: t('coverage.mpHome.pledged'), done: t('coverage.mpHome.done'), due: t('coverage.mpHome.due') };
  return (
    <Layout title={t('coverage.mpHome.title')} viewer={props.viewer}>
      <h1>{t('coverage.mpHome.title')}</h1>
      <p>{t('coverage.mpHome.intro')}</p>

      <WaitingAlertsSection alerts={props.home.waitingAlerts} />

      <section aria-labelledby="commitments">
        <h2 id="commitments">{t('coverage.mpHome.commitments')}</h2>
        {adoptions.length === 0 ? <p class="empty">{t('coverage.mpHome.noCommitments')}</p> : (
          <>
            <p>{t('coverage.mpHome.commitmentsSummary', { pledged, done, due })}</p>
            <div class="table-wrap" role="region" aria-label={t('coverage.mpHome.tableLabel')} tabindex={0}>
              <table class="cases cards-when-narrow figures-table">
                <caption>{t('coverage.mpHome.caption')}</caption>
                <thead>
                  <tr><th scope="col">{t('coverage.mpHome.case')}</th><th scope="col">{cols.pledged}</th><th scope="col">{cols.done}</th><th scope="col">{cols.due}</th></tr>
                </thead>
                <tbody>
                  {adoptions.map((a) => (
                    <tr data-case={a.case.id}>
                      <th scope="row"><a href={`/cases/${a.case.id}`}>{t('coverage.home.caseIn', { name: a.case.defenderName, country: country(a.case.country) })}</a></th>
                      <td data-label={cols.pledged}>{number(a.pledge.actions.length)}</td>
                      <td data-label={cols.done}>{number(a.done.length)}</td>
                      <td data-label={cols.due}>{number(a.remaining.length)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
        <p><a href="/my-cases">{t('coverage.mpHome.allCases')}</a></p>
      </section>

      <section aria-labelledby="hearings">
        <h2 id="hearings">{t('coverage.mpHome.hearings')}</h2>
        <HearingList hearings={hearings} empty={t('coverage.mpHome.noHearings')} />
        <p><a href="/calendar">{t('coverage.mpHome.calendar')}</a></p>
      </section>

      <section aria-labelledby="unadopted">
        <h2 id="unadopted">{t('coverage.mpHome.unadopted')}</h2>
        {follows.countries.length === 0 && follows.themes.length === 0
          ? <p>{rich('coverage.mpHome.noInterests', { settings: (c) => <a href="/settings">{c}</a> })}</p>
          : unadopted.length === 0
            ? <p class="empty">{t('coverage.mpHome.noUnadopted')}</p>
            : (
              <>
                <p>{t('coverage.mpHome.unadoptedIntro')}</p>
                <UnadoptedList cases={unadopted} />
              </>
            )}
      </section>
    </Layout>
  );
}
