/**
 * Deleting a timeline event asks first, on a page of its own (no script
 * needed): what goes (the event, its line in the week's digest news, a
 * hearing's place in the calendar with its observers), then one button.
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { eventVersion, type TimelineEvent } from '#shared/domain/timeline.ts';
import { Layout } from '../ui/layout.tsx';
import { useTranslator } from '../i18n/use-translator.ts';

export function EventDeletePage(props: { viewer: Viewer; case: DefenderCase; event: TimelineEvent; observers: number; notice?: string }) {
  const { t, date } = useTranslator();
  const e = props.event;
  const heading = t('corrections.delete.heading', { name: props.case.defenderName });
  return (
    <Layout title={heading} viewer={props.viewer}>
      <p><a href={`/cases/${props.case.id}`}>{t('corrections.backToCase')}</a></p>
      <h1>{heading}</h1>
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <p>{t('caseSafety.timeline.entry', { date: date(e.date), type: t(`vocabulary.eventType.${e.type}`), title: e.title })}</p>
      <p>{t('corrections.delete.consequences')}</p>
      {e.type === 'hearing' && <p>{t('corrections.delete.hearing', { count: props.observers })}</p>}
      <form method="post" action={`/cases/${props.case.id}/events/${e.id}/delete`} class="stack">
        <input type="hidden" name="version" value={String(eventVersion(e))} />
        <p class="links">
          <button type="submit" class="danger">{t('corrections.delete.confirm')}</button>
          {' '}
          <a href={`/cases/${props.case.id}`}>{t('corrections.delete.keep')}</a>
        </p>
      </form>
    </Layout>
  );
}
