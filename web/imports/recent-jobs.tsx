/** The recent import jobs on the import page: each links to its progress or results. */
import type { ImportJob } from '#shared/imports/import-job.ts';
import { useTranslator } from '../i18n/use-translator.ts';

export function RecentJobs(props: { jobs: ImportJob[] }) {
  const { t, dateTime } = useTranslator();
  return (
    <section aria-labelledby="recent-jobs-heading">
      <h2 id="recent-jobs-heading">{t('imports.jobs.heading')}</h2>
      <div class="table-wrap" tabindex={0} role="region" aria-label={t('imports.page.scrollTable')}>
        <table id="recent-jobs">
          <thead>
            <tr>
              <th scope="col">{t('imports.jobs.file')}</th><th scope="col">{t('imports.jobs.what')}</th>
              <th scope="col">{t('imports.jobs.when')}</th><th scope="col">{t('imports.jobs.state')}</th>
            </tr>
          </thead>
          <tbody>
            {props.jobs.map((job) => (
              <tr>
                <td><a href={`/imports/${job.id}`}>{job.fileName}</a></td>
                <td>{t(`imports.page.what.${job.what}`)}</td>
                <td><time datetime={job.createdAt}>{dateTime(job.createdAt)}</time></td>
                <td>{t(`imports.jobs.status.${job.status}`, { done: job.rowsDone, total: job.rowsTotal })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
