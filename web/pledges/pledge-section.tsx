/**
 * The adoption part of the case page: adopters and the twin, your own pledge
 * with what is done, suggestions by status with who already covers them, and
 * the logged actions. It renders only what the bundle holds, and the bundle
 * was trimmed to the viewer when read (`adoptionFor`).
 */
import type { DefenderCase, RiskStatus } from '#shared/domain/case.ts';
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import type { CaseBundle } from '#shared/ports/store.ts';
import { coverageOf, progressOf, suggestionsFor, type Pledge, type StatusSuggestion, type Suggestion } from '#shared/pledges/index.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { spoken } from '../ui/form-fields.tsx';
import { ActionList } from './pledge-actions.tsx';

/** A suggestion's reason in the catalogs: one per risk status and action (the English is `Suggestion.why`). */
export const suggestionKey = (status: RiskStatus, s: Suggestion): string =>
  `pledges.suggestion.${status}.${s.kind === 'action' ? s.action : s.state}`;

function YourPledge(props: { bundle: CaseBundle; pledge: Pledge }) {
  const { t } = useTranslator();
  const { done, remaining } = progressOf(props.pledge, props.bundle.actions, props.bundle.actions.flatMap((a) => a.coSigners ?? []));
  return (
    <div>
      <h3>{props.pledge.twin ? t('pledges.section.yourPledgeTwin') : t('pledges.section.yourPledge')}</h3>
      <ul>
        {done.map((a) => <li><span class="badge">{t('pledges.section.done')}</span> {t(`vocabulary.parliamentaryAction.${a}`)}</li>)}
        {remaining.map((a) => <li><span class="badge">{t('pledges.section.toDo')}</span> {t(`vocabulary.parliamentaryAction.${a}`)}</li>)}
      </ul>
      {props.pledge.note && <p class="muted">{t('pledges.section.yourNote', { note: props.pledge.note })}</p>}
    </div>
  );
}

function SuggestionItem(props: { bundle: CaseBundle; suggestion: StatusSuggestion }) {
  const { t, label, date, list } = useTranslator();
  const s = props.suggestion;
  const c = props.bundle.case;
  const why = label(suggestionKey(s.status, s));
  if (s.kind === 'case_state') {
    return (
      <li>
        <strong>{t('pledges.suggestion.moveTo', { state: t(`vocabulary.caseState.${s.state}`) })}</strong> {why}{' '}
        <a href={`/cases/${c.id}/edit`}>{t('pledges.suggestion.editCase')}</a>
      </li>
    );
  }
  const { pledgedBy, doneBy } = coverageOf(props.bundle, s.action);
  const done = doneBy.map((d) => t('pledges.suggestion.doneByOne', { name: d.name, date: date(d.date) }));
  return (
    <li>
      <strong>{t('pledges.suggestion.action', { action: t(`vocabulary.parliamentaryAction.${s.action}`) })}</strong> {why}{' '}
      <span class="muted">
        {done.length > 0
          ? t('pledges.suggestion.doneBy', { names: list(done) })
          : pledgedBy.length > 0 ? t('pledges.suggestion.notDoneYet') : t('pledges.suggestion.nobodyPledged')}
        {pledgedBy.length > 0 && <> {t('pledges.suggestion.pledgedBy', { names: list(pledgedBy) })}</>}
      </span>
    </li>
  );
}

/** The section, for the case page: `<AdoptionSection viewer={viewer} bundle={bundle} />`. */
export function AdoptionSection(props: { viewer: Viewer; bundle: CaseBundle }) {
  const { viewer, bundle } = props;
  const { t, list } = useTranslator();
  const c = bundle.case;
  const isMp = viewer.kind === 'member' && viewer.role === 'mp';
  const mine = viewer.kind === 'member' ? bundle.pledges.find((p) => p.memberId === viewer.id) : undefined;
  const twin = bundle.twin ? bundle.pledges.find((p) => p.memberId === bundle.twin?.memberId) : undefined;
  const suggestions = viewer.kind === 'member'
    ? suggestionsFor(c).filter((s) => s.kind === 'action' || isCoordinator(viewer))
    : [];
  const name = c.defenderName;

  return (
    <section id="adoption" aria-labelledby="adoption-title">
      <h2 id="adoption-title">{t('pledges.section.title')}</h2>
      <p>{t('pledges.section.adopters', { count: c.adopterCount })}</p>
      {bundle.pledges.length > 0 && (
        <ul>
          {bundle.pledges.map((p) => {
            const actions = list(p.actions.map((a) => t(`vocabulary.parliamentaryAction.${a}`)));
            return (
              <li>
                {p.twin
                  ? t('pledges.section.adopterTwin', { name: p.memberName, actions })
                  : t('pledges.section.adopter', { name: p.memberName, actions })}
              </li>
            );
          })}
        </ul>
      )}
      {twin && isCoordinator(viewer) && (
        <form method="post" action={`/cases/${c.id}/twin/end`}>
          <button type="submit">{spoken('pledges.section.endTwinning', { name: twin.memberName, defender: name })}</button>
        </form>
      )}
      {mine && <YourPledge bundle={bundle} pledge={mine} />}
      {isMp && (mine || c.state !== 'closed') && (
        <p><a class="button" href={`/cases/${c.id}/pledge`}>{spoken(mine ? 'pledges.section.changePledge' : 'pledges.section.adopt', { name })}</a></p>
      )}
      {isMp && <p><a class="button" href={`/cases/${c.id}/actions/new`}>{spoken('pledges.section.logAction', { name })}</a></p>}
      {suggestions.length > 0 && (
        <>
          <h3>{t('pledges.section.suggestions')}</h3>
          <ul>{suggestions.map((s) => <SuggestionItem bundle={bundle} suggestion={s} />)}</ul>
        </>
      )}
      <ActionList viewer={viewer} bundle={bundle} />
    </section>
  );
}
