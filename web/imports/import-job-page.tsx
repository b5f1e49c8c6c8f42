/**
 * An import job's page: while it runs, "1,200 of 10,000 rows imported" and a <progress>, the
 * page reloading itself every 2 seconds (a meta refresh: no script, the CSP stays strict; a
 * link stops it for whoever needs the page still); once finished, what it stored and the
 * problems by row, as the import page showed them when imports ran within the request.
 */
import type { Viewer } from '#shared/domain/member.ts';
import type { ImportJob } from '#shared/imports/import-job.ts';
import { Layout } from '../ui/layout.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import { RowErrors, type WordedRowError } from './row-errors.tsx';

/** Seconds between two reloads of a running job's page. */
export const REFRESH_SECONDS = 2;

export interface ImportJobPageProps {
  viewer: Viewer;
  job: ImportJob;
  errors: WordedRowError[];
  /** The reader asked the page to stop reloading itself. */
  still: boolean;
}

function Progress(props: { job: ImportJob; still: boolean }) {
  const { t } = useTranslator();
  const { job } = props;
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t(`imports.job.status.${job.status === 'queued' ? 'queued' : 'running'}`)}</h2>
      <p id="job-progress">
        <label for="rows-progress">{t('imports.job.progress', { done: job.rowsDone, total: job.rowsTotal })}</label>
      </p>
      <progress id="rows-progress" max={String(Math.max(job.rowsTotal, 1))} value={String(job.rowsDone)}>
        {t('imports.job.progress', { done: job.rowsDone, total: job.rowsTotal })}
      </progress>
      <p class="muted">
        {props.still
          ? <a href={`/imports/${job.id}`}>{t('imports.job.resumeRefresh')}</a>
          : <>{t('imports.job.refreshing', { seconds: REFRESH_SECONDS })} <a href={`/imports/${job.id}?refresh=off`}>{t('imports.job.stopRefresh')}</a></>}
      </p>
    </section>
  );
}

export function ImportJobPage(props: ImportJobPageProps) {
  const { t } = useTranslator();
  const { job } = props;
  const running = job.status === 'queued' || job.status === 'running';
  return (
    <Layout title={t('imports.job.title', { file: job.fileName })} viewer={props.viewer} {...(running && !props.still ? { refreshSeconds: REFRESH_SECONDS } : {})}>
      <h1>{t('imports.job.title', { file: job.fileName })}</h1>
      {running && <Progress job={job} still={props.still} />}
      {job.status === 'failed' && (
        <div class="notice" role="alert" id="import-failed">
          <p>{t(`imports.job.failed.${job.failure ?? 'unreadable'}`, { done: job.rowsDone, total: job.rowsTotal })}</p>
        </div>
      )}
      {job.status === 'finished' && (
        <div class="notice" role="status" id="import-done">
          <p>{t('imports.page.done', { created: job.created, updated: job.updated, skipped: job.skipped })}</p>
          <p><a href={job.what === 'cases' ? '/cases' : '/members'}>{t(`imports.page.see.${job.what}`)}</a></p>
        </div>
      )}
      {!running && <RowErrors errors={props.errors} count={job.errorCount} />}
      {!running && job.errorCount > job.errors.length && <p class="muted">{t('imports.job.moreErrors', { shown: job.errors.length })}</p>}
      <p><a href={`/imports?what=${job.what}`}>{t('imports.job.another')}</a></p>
    </Layout>
  );
}
