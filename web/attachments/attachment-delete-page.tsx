/**
 * Deleting a file asks first, on a page of its own (no script needed): which file, what it
 * hangs on, what happens, then one button.
 */
import type { Attachment } from '#shared/attachments/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { CaseBundle } from '#shared/ports/store.ts';
import { Layout } from '../ui/layout.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import { useAttachmentLabels } from './attachment-labels.tsx';

export function AttachmentDeletePage(props: { viewer: Viewer; bundle: CaseBundle; attachment: Attachment }) {
  const { t, date } = useTranslator();
  const labels = useAttachmentLabels(props.bundle);
  const a = props.attachment;
  const caseId = props.bundle.case.id;
  const heading = t('attachments.delete.title', { filename: a.filename });
  return (
    <Layout title={heading} viewer={props.viewer}>
      <p><a href={`/cases/${caseId}#attachments`}>{t('attachments.page.back')}</a></p>
      <h1>{heading}</h1>
      <p>{labels.target(a.target)}</p>
      <p class="muted">{t('attachments.item.meta', { type: labels.type(a), kb: Math.max(1, Math.round(a.size / 1024)), name: a.uploaderName, date: date(a.createdAt) })}</p>
      <p>{t('attachments.delete.consequences')}</p>
      <form method="post" action={`/cases/${caseId}/attachments/${a.id}/delete`} class="stack">
        <p class="links">
          <button type="submit" class="danger">{t('attachments.delete.confirm')}</button>
          {' '}
          <a href={`/cases/${caseId}#attachments`}>{t('attachments.delete.keep')}</a>
        </p>
      </form>
    </Layout>
  );
}
