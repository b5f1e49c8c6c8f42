/** Navigation entries for the missions' pages, by role: requests, gaps, the calendar. */
import type { Viewer } from '#shared/domain/member.ts';
import { useTranslator } from '../i18n/use-translator.ts';

export function MissionNav(props: { viewer: Viewer }) {
  const { viewer } = props;
  const { t } = useTranslator();
  if (viewer.kind !== 'member') return null;
  return (
    <>
      {viewer.role !== 'mp' && <li><a href="/requests">{t('common.nav.requests')}</a></li>}
      {viewer.role === 'coordinator' && <li><a href="/gaps">{t('common.nav.gaps')}</a></li>}
      <li><a href="/calendar">{t('common.nav.calendar')}</a></li>
    </>
  );
}
