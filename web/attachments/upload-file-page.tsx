/**
 * The upload's second step: the file, sent by the browser straight to the file store (S3, or
 * its local stand-in) with the presigned form made for the choices of the first step; the store
 * then sends the browser back to the app, which checks the file and files it. The page shows
 * what the file will hang on and whether it is for coordinators only, with a way back to change
 * that. A file the check refused comes back here, its error beside the file field, focused.
 */
import { MAX_ATTACHMENT_BYTES, type AttachmentTarget, type RequestedUpload } from '#shared/attachments/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { CaseBundle } from '#shared/ports/store.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';
import { useAttachmentLabels } from './attachment-labels.tsx';
import { targetValue } from './upload-page.tsx';

const ACCEPTED = '.pdf,.jpg,.jpeg,.png,.docx,.odt,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text';

export function UploadFilePage(props: {
  viewer: Viewer; bundle: CaseBundle; upload: RequestedUpload; target?: AttachmentTarget; sensitive: boolean; errors?: FieldError[];
}) {
  const { t } = useTranslator();
  const labels = useAttachmentLabels(props.bundle);
  const c = props.bundle.case;
  const { fieldError, invalid, summary } = formErrors(props.errors, '', { order: ['file'] });
  const title = t('attachments.page.title', { name: c.defenderName });
  const fileInvalid = invalid('file');
  const change = new URLSearchParams({ target: props.target ? targetValue(props.target) : '', ...(props.sensitive ? { sensitive: 'true' } : {}) });
  return (
    <Layout title={title} viewer={props.viewer}>
      <p><a href={`/cases/${c.id}#attachments`}>{t('attachments.page.back')}</a></p>
      <h1>{title}</h1>
      {summary()}
      <dl class="facts">
        <dt>{t('attachments.page.target')}</dt>
        <dd id="upload-target">{labels.target(props.target)}</dd>
        {props.sensitive && <><dt>{t('attachments.page.who')}</dt><dd id="upload-sensitive">{t('attachments.item.sensitive')}</dd></>}
      </dl>
      <p><a href={`/cases/${c.id}/attachments/new?${change.toString()}`}>{t('attachments.page.change')}</a></p>
      {/* The store reads the fields in order and the file last: nothing named may follow it. */}
      <form method="post" action={props.upload.url} enctype="multipart/form-data" class="stack" id="upload-form" novalidate>
        {Object.entries(props.upload.fields).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
        <div class="field">
          <label for="file">{t('attachments.page.file')}</label>
          <p id="file-hint" class="muted">{t('attachments.page.fileHint', { mib: MAX_ATTACHMENT_BYTES / 1024 / 1024 })}</p>
          <input
            id="file" name="file" type="file" required {...fileInvalid}
            aria-describedby={fileInvalid['aria-describedby'] ? 'file-hint file-error' : 'file-hint'}
            accept={ACCEPTED}
          />
          {fieldError('file')}
        </div>
        <button type="submit">{t('attachments.page.submit')}</button>
      </form>
    </Layout>
  );
}
