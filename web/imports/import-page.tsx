/**
 * The import page: choose what to import and the file; after the check, a summary, the errors
 * by row and a preview of the first rows; then the confirm form, which takes the same file again
 * (checked against the fingerprint of the file previewed) and starts the import job, whose
 * progress page shows what it stored. Below, the recent import jobs.
 * Plain forms: it works without JavaScript.
 */
import type { Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '#shared/imports/limits.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import type { ImportJob } from '#shared/imports/import-job.ts';
import { RowErrors, type WordedRowError } from './row-errors.tsx';
import { RecentJobs } from './recent-jobs.tsx';

export type { WordedRowError };

export type { ImportTarget } from '#shared/imports/import-job.ts';
import type { ImportTarget } from '#shared/imports/import-job.ts';


export interface CheckView {
  fileName: string;
  digest: string;
  rows: number;
  valid: number;
  toCreate: number;
  toUpdate: number;
  errors: WordedRowError[];
  preview: { header: string[]; rows: Array<{ row: number; cells: string[] }> };
}

export interface ImportPageProps {
  viewer: Viewer;
  what: ImportTarget;
  /** Errors of the upload form itself (no file, a file that cannot be read). */
  errors?: FieldError[];
  check?: CheckView;
  /** The confirm form's token: the same confirm sent twice gives the same job. */
  token?: string;
  /** Recent import jobs, newest first. */
  jobs?: ImportJob[];
}

function Preview(props: { preview: CheckView['preview'] }) {
  const { t } = useTranslator();
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('imports.page.previewHeading', { count: props.preview.rows.length })}</h2>
      <div class="table-wrap" tabindex={0} role="region" aria-label={t("imports.page.scrollTable")}>
        <table id="preview">
          <thead><tr><th scope="col">{t('imports.page.row')}</th>{props.preview.header.map((name) => <th scope="col"><code>{name}</code></th>)}</tr></thead>
          <tbody>{props.preview.rows.map((r) => <tr><td>{r.row}</td>{props.preview.header.map((_, i) => <td>{(r.cells[i] ?? '').slice(0, 80)}</td>)}</tr>)}</tbody>
        </table>
      </div>
    </section>
  );
}

export function ImportPage(props: ImportPageProps) {
  const { t, number } = useTranslator();
  const e = formErrors(props.errors, '', { order: ['file'] });
  const { check } = props;
  const choice = (what: ImportTarget) => (
    <label class="check"><input type="radio" name="what" value={what} checked={props.what === what} /> {t(`imports.page.what.${what}`)}</label>
  );
  return (
    <Layout title={t('imports.page.title')} viewer={props.viewer}>
      <h1>{t('imports.page.heading')}</h1>
      {check && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t('imports.page.summaryHeading', { file: check.fileName })}</h2>
          <p id="check-summary" role="status">
            {t('imports.page.summary', { rows: check.rows, valid: check.valid, errors: check.errors.length, create: check.toCreate, update: check.toUpdate })}
          </p>
          <RowErrors errors={check.errors} />
          <Preview preview={check.preview} />
          {check.valid > 0 && (
            <form method="post" action="/imports/run" enctype="multipart/form-data" class="stack" id="confirm-form">
              <input type="hidden" name="what" value={props.what} />
              <input type="hidden" name="digest" value={check.digest} />
              {props.token && <input type="hidden" name="token" value={props.token} />}
              <div class="field">
                <label for="confirm-file">{t('imports.page.confirmFile')}</label>
                <p class="muted" id="confirm-file-hint">{t('imports.page.confirmHint')}</p>
                <input id="confirm-file" name="file" type="file" required accept=".csv,.xlsx,text/csv" aria-describedby="confirm-file-hint" />
              </div>
              <button type="submit">{t('imports.page.confirm', { count: check.valid })}</button>
            </form>
          )}
        </section>
      )}
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">{t(check ? 'imports.page.uploadAgain' : 'imports.page.uploadHeading')}</h2>
        <p>{t('imports.page.intro', { rows: number(MAX_IMPORT_ROWS), mib: MAX_IMPORT_BYTES / 1024 / 1024 })}</p>
        <p class="muted">{t(`imports.page.columns.${props.what}`)}</p>
        {e.summary()}
        <form method="post" action="/imports/check" enctype="multipart/form-data" class="stack" novalidate id="check-form">
          <fieldset>
            <legend>{t('imports.page.whatLegend')}</legend>
            {choice('cases')}
            {choice('members')}
          </fieldset>
          <div class="field">
            <label for="file">{t('imports.page.file')}</label>
            <input id="file" name="file" type="file" required accept=".csv,.xlsx,text/csv" {...e.invalid('file')} />
            {e.fieldError('file')}
          </div>
          <button type="submit">{t('imports.page.check')}</button>
        </form>
      </section>
      {props.jobs && props.jobs.length > 0 && <RecentJobs jobs={props.jobs} />}
    </Layout>
  );
}
