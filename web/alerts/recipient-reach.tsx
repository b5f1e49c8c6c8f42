/** How many members an alert will reach, by role and by country, shown before sending. */
import type { RecipientCounts } from '#shared/alerts/index.ts';
import { useTranslator } from '../i18n/use-translator.ts';

export function RecipientReach(props: { counts: RecipientCounts }) {
  const { t, country } = useTranslator();
  const { counts } = props;
  const roles = Object.entries(counts.byRole).sort(([a], [b]) => a.localeCompare(b));
  const countries = Object.entries(counts.byCountry)
    .map(([cc, n]) => ({ name: cc ? country(cc) : t('alerts.reach.noCountry'), n }))
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="reach-heading" class="panel">
      <h2 id="reach-heading">{t('alerts.reach.heading')}</h2>
      <p id="reach-total"><strong>{t('alerts.reach.total', { count: counts.total })}</strong></p>
      {counts.total > 0 && (
        <>
          <h3>{t('alerts.reach.byRole')}</h3>
          <ul>{roles.map(([role, n]) => <li>{t('alerts.reach.row', { label: t(`vocabulary.role.${role as 'mp'}`), count: n })}</li>)}</ul>
          <h3>{t('alerts.reach.byCountry')}</h3>
          <ul>{countries.map((x) => <li>{t('alerts.reach.row', { label: x.name, count: x.n })}</li>)}</ul>
        </>
      )}
    </section>
  );
}
