/** Stopping urgent alerts from the link in one: a confirm page (GET changes nothing) and its button. */
import { ANONYMOUS } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';
import { useTranslator } from '../i18n/use-translator.ts';

export function AlertUnsubscribePage(props: { token: string; done?: boolean }) {
  const { t } = useTranslator();
  return (
    <Layout title={t('alerts.unsubscribe.title')} viewer={ANONYMOUS}>
      <h1>{t('alerts.unsubscribe.title')}</h1>
      {props.done ? <p role="status">{t('alerts.unsubscribe.done')}</p> : (
        <>
          <p>{t('alerts.unsubscribe.body')}</p>
          <form method="post" action={`/alerts/unsubscribe/${props.token}`}>
            <button type="submit">{t('alerts.unsubscribe.button')}</button>
          </form>
        </>
      )}
    </Layout>
  );
}
