/**
 * The second step of "send the week's digest": it says how many members
 * will receive it, and its form carries that number, so the send starts
 * only for the number the coordinator read (a changed number asks again).
 */
import type { Viewer } from '#shared/domain/member.ts';
import { digestWindow } from '#shared/digests/iso-week.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';

export function DigestSendPage(props: { viewer: Viewer; week: string; recipients: number; notice?: string }) {
  const { t, rich, date } = useTranslator();
  const { week, recipients } = props;
  const w = digestWindow(week);
  const lastDay = new Date(Date.parse(w.to) - 1).toISOString();
  return (
    <Layout title={t('digests.send.title', { week })} viewer={props.viewer}>
      <p><a href={`/digests/${week}`}>{t('digests.send.back')}</a></p>
      <h1>{t('digests.send.heading', { week })}</h1>
      {props.notice && <p class="notice" role="status">{props.notice}</p>}
      <p>
        {t('digests.send.reports', { from: date(w.from), to: date(lastDay) })}{' '}
        {rich('digests.send.recipients', { count: recipients, b: (chunks) => <strong>{chunks}</strong> })}
      </p>
      {recipients === 0 ? (
        <p class="empty">{t('digests.send.nobody')}</p>
      ) : (
        <form method="post" action={`/digests/${week}/send`}>
          <input type="hidden" name="recipients" value={String(recipients)} />
          <button type="submit" class="danger">{t('digests.send.confirm', { count: recipients })}</button>{' '}
          <a href={`/digests/${week}`}>{t('common.action.cancel')}</a>
        </form>
      )}
    </Layout>
  );
}
