/**
 * The files of one action, listed beside it (the case page's files section lists them all), and
 * for its author the way to add one to it. `files` come from a bundle already trimmed to the viewer.
 */
import { attachmentUrl, type Attachment } from '#shared/attachments/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { useTranslator } from '../i18n/use-translator.ts';

export function ActionFiles(props: { viewer: Viewer; caseId: string; actionId: string; files: Attachment[]; mayAttach: boolean }) {
  const { t } = useTranslator();
  const mine = props.files.filter((f) => f.target?.kind === 'action' && f.target.id === props.actionId);
  if (mine.length === 0 && !props.mayAttach) return null;
  return (
    <>
      {mine.length > 0 && (
        <ul class="attachments" aria-label={t('attachments.section.heading')}>
          {mine.map((f) => <li><a href={attachmentUrl(props.caseId, f.id)} download={f.filename}>{f.filename}</a></li>)}
        </ul>
      )}
      {props.mayAttach && (
        <p><a href={`/cases/${props.caseId}/attachments/new?target=${encodeURIComponent(`action:${props.actionId}`)}`}>{t('attachments.section.attachToAction')}</a></p>
      )}
    </>
  );
}
