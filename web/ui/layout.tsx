/**
 * The page shell: header with navigation and the language switcher, main
 * landmark, footer. It starts with the doctype: without it browsers render
 * in quirks mode. `lang` is the request's language (see web/i18n).
 */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Viewer } from '#shared/domain/member.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { LanguageSwitcher } from '../i18n/language-switcher.tsx';
import { MissionNav } from './mission-nav.tsx';
import { FAVICON_PATH, STYLES_PATH } from '../assets/asset-paths.ts';

/** Every page's head: the title in the app's pattern, the description, the favicon and the stylesheet. */
/** `refreshSeconds`: the page reloads itself that often (a job's progress), with no script, so the CSP stays strict. */
export function PageHead(props: { title: string; description: string; refreshSeconds?: number }) {
  const { t } = useTranslator();
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      {props.refreshSeconds ? <meta http-equiv="refresh" content={String(props.refreshSeconds)} /> : null}
      <title>{t('common.layout.pageTitle', { title: props.title })}</title>
      <meta name="description" content={props.description} />
      <link rel="icon" href={FAVICON_PATH} type="image/svg+xml" />
      <link rel="stylesheet" href={STYLES_PATH} />
    </head>
  );
}

/** The skip link and the header: the brand (back to the app), the page's navigation items, the language switcher. */
export function TopBar(props: { children: Child }) {
  const { t } = useTranslator();
  return (
    <>
      <a class="skip" href="#main">{t('common.layout.skip')}</a>
      <header class="top">
        <a class="brand" href="/">Tandem</a>
        <nav aria-label={t('common.layout.mainNav')}>
          <ul>{props.children}</ul>
        </nav>
        <LanguageSwitcher />
      </header>
    </>
  );
}

export function Layout(props: { title: string; viewer: Viewer; children: Child; refreshSeconds?: number }) {
  const { viewer } = props;
  const { t, locale } = useTranslator();
  return (
    <>
    {raw('<!DOCTYPE html>')}
    <html lang={locale}>
      <PageHead title={props.title} description={t('common.layout.description')} refreshSeconds={props.refreshSeconds} />
      <body>
        {/* The navigation items keep their indentation from before TopBar, so that branches changing them merge cleanly. */}
        <TopBar>
              {viewer.kind === 'member' && viewer.role !== 'coordinator' && <li><a href="/home">{t('coverage.nav.home')}</a></li>}
              <li><a href="/cases">{t('common.nav.cases')}</a></li>
              <MissionNav viewer={viewer} />
              {viewer.kind === 'member' && viewer.role === 'coordinator' && (
                <>
                  <li><a href="/dashboard">{t('coverage.nav.dashboard')}</a></li>
                  <li><a href="/cases/new">{t('common.nav.newCase')}</a></li>
                  <li><a href="/members">{t('common.nav.members')}</a></li>
                  <li><a href="/join-requests">{t('common.nav.joinRequests')}</a></li>
                  <li><a href="/reports">{t('intake.nav.reports')}</a></li>
                  <li><a href="/digests">{t('common.nav.digest')}</a></li>
                </>
              )}
              {viewer.kind === 'member' && viewer.role === 'mp' && <li><a href="/my-cases">{t('common.nav.myCases')}</a></li>}
              {viewer.kind === 'member' && <li><a href="/settings">{t('common.nav.settings')}</a></li>}
              {viewer.kind === 'member' ? (
                <li class="me">
                  <span>{t('common.layout.viewer', { name: viewer.name, role: t(`vocabulary.role.${viewer.role}`) })}</span>
                  <form method="post" action="/sign-out">
                    <button type="submit" class="link">{t('common.nav.signOut')}</button>
                  </form>
                </li>
              ) : (
                <>
                  <li><a href="/join">{t('common.nav.join')}</a></li>
                  <li><a href="/sign-in">{t('common.nav.signIn')}</a></li>
                </>
              )}
        </TopBar>
        <main id="main">{props.children}</main>
        <footer class="foot">
          <p>{t('common.layout.footer')}</p>
        </footer>
      </body>
    </html>
    </>
  );
}
