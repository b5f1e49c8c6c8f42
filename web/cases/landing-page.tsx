/** The public front door: what the network is, and the cases whose defenders consented to publicity. */
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';
import { CaseTable } from '../ui/case-views.tsx';
import { useTranslator } from '../i18n/use-translator.ts';

export function LandingPage(props: { viewer: Viewer; cases: DefenderCase[] }) {
  const { t } = useTranslator();
  return (
    <Layout title={t('cases.landing.title')} viewer={props.viewer}>
      <h1>{t('cases.landing.heading')}</h1>
      <p>{t('cases.landing.intro')}</p>
      <h2>{t('cases.landing.publicCases')}</h2>
      <CaseTable cases={props.cases} showVisibility={false} />
      <ul class="links">
        <li><a href="/cases">{t('cases.landing.allPublicCases')}</a></li>
        <li><a href="/sign-in">{t('cases.landing.signIn')}</a></li>
      </ul>
    </Layout>
  );
}
