/** Small pieces shared by case pages: labels and the case list table, in the reader's language. */
import type { DefenderCase } from '#shared/domain/case.ts';
import { useTranslator } from '../i18n/use-translator.ts';

/** The case's themes in the reader's language, comma-separated (a list of labels, not a sentence). */
export function themeList(c: Pick<DefenderCase, 'themes'>): string {
  const { t } = useTranslator();
  return c.themes.map((theme) => t(`vocabulary.theme.${theme}`)).join(', ');
}

export function StatusBadge(props: { status: DefenderCase['riskStatus'] }) {
  const { t } = useTranslator();
  return <span class={`badge status-${props.status}`}>{t(`vocabulary.riskStatus.${props.status}`)}</span>;
}

export function CaseTable(props: { cases: DefenderCase[]; showVisibility: boolean }) {
  const { t, country, date } = useTranslator();
  if (props.cases.length === 0) return <p class="empty">{t('cases.table.empty')}</p>;
  // At 360 px the rows become cards (styles.ts, "Case tables as cards"); data-label names each cell there.
  return (
    <div class="table-wrap" role="region" aria-label={t('cases.table.label')} tabindex={0}>
      <table class="cases cards">
        <caption class="sr-only">{t('cases.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.table.defender')}</th>
            <th scope="col">{t('cases.table.country')}</th>
            <th scope="col">{t('cases.table.riskStatus')}</th>
            <th scope="col">{t('cases.table.themes')}</th>
            {props.showVisibility && <th scope="col">{t('cases.table.visibility')}</th>}
            <th scope="col">{t('cases.table.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {props.cases.map((c) => (
            <tr>
              <th scope="row"><a href={`/cases/${c.id}`}>{c.defenderName}</a></th>
              <td data-label={t('cases.table.country')}>{country(c.country)}</td>
              <td data-label={t('cases.table.riskStatus')}><StatusBadge status={c.riskStatus} /></td>
              <td data-label={t('cases.table.themes')}>{themeList(c)}</td>
              {props.showVisibility && <td data-label={t('cases.table.visibility')}>{t(`cases.visibilityName.${c.visibility}`)}</td>}
              <td data-label={t('cases.table.updated')}><time datetime={c.updatedAt}>{date(c.updatedAt)}</time></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
