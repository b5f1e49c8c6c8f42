/**
 * The case page's files: those the viewer may see (the bundle is already trimmed), each with
 * what it is attached to, and the way to add one for those who may (and, for coordinators, to delete one).
 */
import { uploadTargets, attachmentUrl } from '#shared/attachments/index.ts';
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import type { CaseBundle } from '#shared/ports/store.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { useAttachmentLabels } from './attachment-labels.tsx';

export function AttachmentSection(props: { viewer: Viewer; bundle: CaseBundle }) {
  const { t, date } = useTranslator();
  const labels = useAttachmentLabels(props.bundle);
  if (props.viewer.kind !== 'member') return null;
  const c = props.bundle.case;
  const may = uploadTargets(props.viewer, props.bundle);
  const files = [...props.bundle.attachments].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="attachments">
      <h2 id="attachments">{t('attachments.section.heading')}</h2>
      {files.length === 0 ? <p class="muted">{t('attachments.section.none')}</p> : (
        <ul class="attachments">
          {files.map((a) => (
            <li>
              <a href={attachmentUrl(c.id, a.id)} download={a.filename}>{a.filename}</a>
              {a.sensitive && <> <strong>{t('attachments.item.sensitive')}</strong></>}
              <br />
              <span class="muted">{labels.target(a.target)}</span>
              <br />
              <span class="muted">{t('attachments.item.meta', {
                type: labels.type(a), kb: Math.max(1, Math.round(a.size / 1024)), name: a.uploaderName, date: date(a.createdAt),
              })}</span>
              {isCoordinator(props.viewer) && <> <a href={`/cases/${c.id}/attachments/${a.id}/delete`}>{t('attachments.item.delete', { filename: a.filename })}</a></>}
            </li>
          ))}
        </ul>
      )}
      {(may.case || may.targets.length > 0) && <p><a href={`/cases/${c.id}/attachments/new`}>{t('attachments.section.attach')}</a></p>}
    </section>
  );
}
