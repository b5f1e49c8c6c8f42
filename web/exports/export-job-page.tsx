/**
 * An export job's page, where the case list's "Excel workbook" button lands: while the workbook
 * is built, a notice and the page reloading itself every 2 seconds (a meta refresh: no script,
 * the CSP stays strict; a link stops it); once finished, how many cases it holds and the link
 * that downloads it, with how long it is kept.
 */
import type { Viewer } from '#shared/domain/member.ts';
import type { ExportJob } from '#shared/case-safety/export-job.ts';
import { Layout } from '../ui/layout.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import { exportFilePath } from './export-job-view.ts';

/** Seconds between two reloads while the workbook is built. */
export const REFRESH_SECONDS = 2;

export function ExportJobPage(props: { viewer: Viewer; job: ExportJob; still: boolean }) {
  const { t, dateTime } = useTranslator();
  const { job } = props;
  const queued = job.status === 'queued';
  return (
    <Layout title={t('exports.job.title')} viewer={props.viewer} {...(queued && !props.still ? { refreshSeconds: REFRESH_SECONDS } : {})}>
      <h1>{t('exports.job.title')}</h1>
      {queued && (
        <div role="status" id="export-queued">
          <p>{t('exports.job.queued')}</p>
          <p class="muted">
            {props.still
              ? <a href={`/exports/${job.id}`}>{t('exports.job.resumeRefresh')}</a>
              : <>{t('exports.job.refreshing', { seconds: REFRESH_SECONDS })} <a href={`/exports/${job.id}?refresh=off`}>{t('exports.job.stopRefresh')}</a></>}
          </p>
        </div>
      )}
      {job.status === 'finished' && (
        <div class="notice" role="status" id="export-done">
          <p>{t('exports.job.finished', { cases: job.cases ?? 0 })}</p>
          <p><a href={exportFilePath(job.id)} download>{t('exports.job.download')}</a></p>
          <p class="muted">{t('exports.job.keptUntil', { until: dateTime(new Date(job.expiresAt * 1000)) })}</p>
        </div>
      )}
      {job.status === 'failed' && (
        <div class="notice" role="alert" id="export-failed">
          <p>{t(`exports.job.failed.${job.failure ?? 'notAllowed'}`)}</p>
        </div>
      )}
      <p><a href="/cases">{t('exports.job.backToCases')}</a></p>
    </Layout>
  );
}
