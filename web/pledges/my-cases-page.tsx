/**
 * "My cases": the cases an MP adopted, what is done and what is still to do,
 * and the verification state of each action they logged. Cases the MP may no
 * longer see are not here (the use case leaves them out). Each case is a card
 * (no wide table), so the page reads at 360 px.
 */
import type { Viewer } from '#shared/domain/member.ts';
import type { ParliamentaryAction } from '#shared/domain/parliamentary-actions.ts';
import type { MyAdoption, MyAdoptions } from '#shared/pledges/index.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import { StatusBadges } from '../ui/case-views.tsx';
import { spoken } from '../ui/form-fields.tsx';

function Adoption(props: { item: MyAdoption }) {
  const { t, country, date, list } = useTranslator();
  const { item } = props;
  const c = item.case;
  const actions = (codes: readonly ParliamentaryAction[]) => list(codes.map((a) => t(`vocabulary.parliamentaryAction.${a}`)));
  return (
    <li class="adoption">
      <h2><a href={`/cases/${c.id}`}>{c.defenderName}</a></h2>
      <p>
        {country(c.country)} · <StatusBadges statuses={c.riskStatuses} />
        {item.pledge.twin && <> · <span class="badge">{t('pledges.myCases.twin')}</span></>}
        {c.state !== 'active' && <> · {t(`vocabulary.caseState.${c.state}`)}</>}
      </p>
      {c.paused && <p class="notice" role="note">{t('pledges.myCases.paused')}</p>}
      {item.remaining.length > 0
        ? <p><strong>{t('pledges.myCases.toDo')}</strong> {actions(item.remaining)}</p>
        : <p><strong>{t('pledges.myCases.allDone')}</strong></p>}
      {item.done.length > 0 && <p><strong>{t('pledges.myCases.done')}</strong> {actions(item.done)}</p>}
      {item.actions.length > 0 && (
        <ul>
          {item.actions.map((a) => (
            <li>
              {t('pledges.myCases.action', {
                date: date(a.date), type: t(`vocabulary.parliamentaryAction.${a.type}`), state: t(`pledges.verification.${a.verification.state}`),
              })}
              {a.verification.state === 'needs_more_info' && (
                <> <a href={`/cases/${c.id}/actions/${a.id}/edit`}>{spoken('pledges.myCases.addWhatIsAsked', { type: t(`vocabulary.parliamentaryAction.${a.type}`), name: c.defenderName })}</a></>
              )}
            </li>
          ))}
        </ul>
      )}
      <p><a href={`/cases/${c.id}/actions/new`}>{spoken('pledges.section.logAction', { name: c.defenderName })}</a></p>
    </li>
  );
}

/** The page for `GET /my-cases`, from `listMyPledges`. */
export function MyCasesPage(props: { viewer: Viewer; list: MyAdoptions }) {
  const { t, rich } = useTranslator();
  const { items, nextCursor } = props.list;
  return (
    <Layout title={t('pledges.myCases.title')} viewer={props.viewer}>
      <h1>{t('pledges.myCases.title')}</h1>
      {items.length === 0
        ? <p class="empty">{rich('pledges.myCases.empty', { link: (chunks) => <a href="/cases">{chunks}</a> })}</p>
        : <ul class="adoptions">{items.map((item) => <Adoption item={item} />)}</ul>}
      {nextCursor && <p><a href={`/my-cases?${new URLSearchParams({ cursor: nextCursor })}`} rel="next">{t('common.action.nextPage')}</a></p>}
    </Layout>
  );
}
