/** The page behind the digest's unsubscribe link: a confirm button (no sign-in), then a confirmation. */
import type { Viewer } from '#shared/domain/member.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';

export function UnsubscribePage(props: { viewer: Viewer; token: string; done?: boolean }) {
  const { t } = useTranslator();
  return (
    <Layout title={t('digests.unsubscribe.title')} viewer={props.viewer}>
      {props.done ? (
        <>
          <h1>{t('digests.unsubscribe.doneHeading')}</h1>
          <p role="status">{t('digests.unsubscribe.done')}</p>
        </>
      ) : (
        <>
          <h1>{t('digests.unsubscribe.heading')}</h1>
          <p>{t('digests.unsubscribe.explain')}</p>
          <form method="post" action={`/unsubscribe/${props.token}`}>
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <button type="submit">{t('digests.unsubscribe.button')}</button>
          </form>
        </>
      )}
    </Layout>
  );
}
