/**
 * The coordinators' gap view: cases whose risk status calls for an action no
 * mission or MP has logged since, oldest gap first, with how long it has
 * lasted; filterable by country. At 360 px each row becomes a card (styles.ts).
 * A risk gap (issue 15) also shows the level and a link to compose an urgent alert.
 */
import type { GapList } from '#shared/missions/list-gaps.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import { StatusBadge } from '../ui/case-views.tsx';
import { COUNTRY_CODES } from '#shared/domain/countries.ts';
import { CountryOptions } from '../ui/country-options.tsx';
import { spoken } from '../ui/form-fields.tsx';

export function GapPage(props: { viewer: Viewer; gaps: GapList; country?: string }) {
  const { gaps, country } = props;
  const { t, label, country: countryName, date } = useTranslator();
  const next = gaps.nextCursor ? `/gaps?${new URLSearchParams({ ...(country ? { country } : {}), cursor: gaps.nextCursor })}` : undefined;
  const columns = {
    country: t('missions.gaps.country'), status: t('missions.gaps.status'), missing: t('missions.gaps.missing'), age: t('missions.gaps.age'),
  };
  return (
    <Layout title={t('missions.gaps.title')} viewer={props.viewer}>
      <h1>{t('missions.gaps.title')}</h1>
      <p>{t('missions.gaps.intro')}</p>
      <form method="get" action="/gaps" class="filters" aria-label={t('missions.gaps.filterLabel')}>
        <div class="field">
          <label for="g-country">{columns.country}</label>
          <select id="g-country" name="country">
            <option value="">{t('missions.gaps.anyCountry')}</option>
            <CountryOptions codes={COUNTRY_CODES} selected={country} />
          </select>
        </div>
        <button type="submit">{t('missions.gaps.filter')}</button>
      </form>
      {gaps.items.length === 0
        ? <p class="empty">{country ? t('missions.gaps.noneIn', { country: countryName(country) }) : t('missions.gaps.none')}</p>
        : (
          <div class="table-wrap" role="region" aria-label={t('missions.gaps.tableLabel')} tabindex={0}>
            <table class="cases cards-when-narrow">
              <caption class="sr-only">{t('missions.gaps.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('missions.gaps.defender')}</th><th scope="col">{columns.country}</th><th scope="col">{columns.status}</th>
                  <th scope="col">{columns.missing}</th><th scope="col">{columns.age}</th>
                </tr>
              </thead>
              <tbody>
                {gaps.items.map((g) => (
                  <tr>
                    <th scope="row"><a href={`/cases/${g.caseId}`}>{g.defenderName}</a></th>
                    <td data-label={columns.country}>{countryName(g.country)}</td>
                    <td data-label={columns.status}><StatusBadge status={g.riskStatus} /></td>
                    <td data-label={columns.missing}>
                      {label(`missions.gapRule.${g.rule}`)}
                      {'riskLevel' in g && (
                        <>
                          <br />{t('missions.gaps.riskLevel', { level: t(`risk.level.${g.riskLevel}`) })}
                          <br /><a href={g.suggestedAlert}>{spoken('missions.gaps.suggestAlert', { name: g.defenderName })}</a>
                        </>
                      )}
                    </td>
                    <td data-label={columns.age}><time datetime={g.since} title={date(g.since)}>{t('missions.gaps.days', { count: g.ageDays })}</time></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      {next && <p><a href={next} rel="next">{t('common.action.nextPage')}</a></p>}
    </Layout>
  );
}
