/** Small pieces shared by case pages: labels and the case list table, in the reader's language. */
import type { DefenderCase, RiskStatus } from '#shared/domain/case.ts';
import { useTranslator } from '../i18n/use-translator.ts';

export const themeList = (c: Pick<DefenderCase, 'themes'>) => {
  const { t } = useTranslator();
  return c.themes.map((theme) => t(`vocabulary.theme.${theme}`)).join(', ');
};

export function StatusBadge(props: { status: RiskStatus }) {
  const { t } = useTranslator();
  return <span class={`badge status-${props.status}`}>{t(`vocabulary.riskStatus.${props.status}`)}</span>;
}

/** A case's current statuses, a badge each. */
export function StatusBadges(props: { statuses: readonly RiskStatus[] }) {
  return <>{props.statuses.map((s, i) => <>{i > 0 && ' '}<StatusBadge status={s} /></>)}</>;
}

/** The cases as a table; at 360 px each row becomes a card whose cells carry their column's name (`data-label`). */
export function CaseTable(props: { cases: DefenderCase[]; showVisibility: boolean }) {
  const { t, country, date } = useTranslator();
  if (props.cases.length === 0) return <p class="empty">{t('ui.caseTable.empty')}</p>;
  const columns = {
    defender: t('ui.caseTable.defender'),
    country: t('ui.caseTable.country'),
    risk: t('ui.caseTable.riskStatus'),
    themes: t('ui.caseTable.themes'),
    visibility: t('ui.caseTable.visibility'),
    updated: t('ui.caseTable.updated'),
  };
  return (
    <div class="table-wrap" role="region" aria-label={t('ui.caseTable.label')} tabindex={0}>
      <table class="cases cards-when-narrow">
        <caption class="sr-only">{t('ui.caseTable.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.defender}</th>
            <th scope="col">{columns.country}</th>
            <th scope="col">{columns.risk}</th>
            <th scope="col">{columns.themes}</th>
            {props.showVisibility && <th scope="col">{columns.visibility}</th>}
            <th scope="col">{columns.updated}</th>
          </tr>
        </thead>
        <tbody>
          {props.cases.map((c) => (
            <tr>
              <th scope="row"><a href={`/cases/${c.id}`}>{c.defenderName}</a></th>
              <td data-label={columns.country}>{country(c.country)}</td>
              <td data-label={columns.risk}><StatusBadges statuses={c.riskStatuses} /></td>
              <td data-label={columns.themes}>{themeList(c)}</td>
              {props.showVisibility && <td data-label={columns.visibility}>{t(`ui.caseTable.visibility.${c.visibility}`)}</td>}
              <td data-label={columns.updated}><time datetime={c.updatedAt}>{date(c.updatedAt)}</time></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
