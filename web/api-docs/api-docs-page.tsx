/**
 * The API reference: our own words around Redoc, which draws every operation from
 * /api/openapi.json. Redoc's standalone bundle finds the `<redoc spec-url>` element when it
 * runs, so the page needs no inline script (the bundle's tag comes after the element).
 * Without JavaScript the page still says what it is and links to the document itself.
 */
import { raw } from 'hono/html';
import { useTranslator } from '../i18n/use-translator.ts';
import { PageHead, TopBar } from '../ui/layout.tsx';
import { REDOC_BUNDLE_PATH } from './redoc-bundle.ts';

export const OPENAPI_DOCUMENT_PATH = '/api/openapi.json';

export function ApiDocsPage() {
  const { t, locale } = useTranslator();
  return (
    <>
    {raw('<!DOCTYPE html>')}
    <html lang={locale}>
      <PageHead title={t('apiDocs.title')} description={t('apiDocs.intro')} />
      <body>
        <TopBar>
          <li><a href="/">{t('apiDocs.backToApp')}</a></li>
          <li><a href={OPENAPI_DOCUMENT_PATH} type="application/json">{t('apiDocs.document')}</a></li>
        </TopBar>
        <main id="main" class="api-docs">
          <div class="api-docs-intro">
            <h1>{t('apiDocs.title')}</h1>
            <p>{t('apiDocs.intro')}</p>
            <p class="muted">{t('apiDocs.englishOnly')}</p>
            <noscript><p>{t('apiDocs.noScript')}</p></noscript>
          </div>
          {/* Redoc's own words and the document's descriptions are in English. */}
          <redoc spec-url={OPENAPI_DOCUMENT_PATH} lang="en"></redoc>
        </main>
        <script src={REDOC_BUNDLE_PATH}></script>
      </body>
    </html>
    </>
  );
}
