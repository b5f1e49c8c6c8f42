/** "Edit" and "Delete" beside a timeline event, for coordinators (each opens its own page: no script needed). */
import { useTranslator } from '../i18n/use-translator.ts';

export function EventCorrectionLinks(props: { caseId: string; eventId: string; title: string }) {
  const { t } = useTranslator();
  const base = `/cases/${props.caseId}/events/${props.eventId}`;
  return (
    <p class="links">
      <a href={`${base}/edit`} aria-label={t('corrections.links.editNamed', { title: props.title })}>{t('corrections.links.edit')}</a>
      {' · '}
      <a href={`${base}/delete`} aria-label={t('corrections.links.deleteNamed', { title: props.title })}>{t('corrections.links.delete')}</a>
    </p>
  );
}
