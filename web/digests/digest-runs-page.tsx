/** Coordinators: the history of digest runs with their totals, newest first. */
import type { Viewer } from '#shared/domain/member.ts';
import { isoWeekOf } from '#shared/digests/iso-week.ts';
import type { DigestRun } from '#shared/digests/run.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';

const COLUMNS = ['considered', 'sent', 'skippedEmpty', 'optedOut', 'suppressed', 'failed', 'alreadySent', 'unknown'] as const;

export function DigestRunsPage(props: { viewer: Viewer; runs: DigestRun[]; nextCursor: string | null; notice?: string; now: Date }) {
  const { t, dateTime, number } = useTranslator();
  return (
    <Layout title={t('digests.runs.title')} viewer={props.viewer}>
      <p><a href={`/digests/${isoWeekOf(props.now)}`}>{t('digests.runs.previewLink')}</a></p>
      <h1>{t('digests.runs.title')}</h1>
      {props.notice && <p class="notice" role="status">{props.notice}</p>}
      <p class="muted">{t('digests.runs.unknownHint')}</p>
      {props.runs.length === 0 ? <p class="empty">{t('digests.runs.empty')}</p> : (
        <div class="table-wrap">
          <table class="cases">
            <thead>
              <tr><th scope="col">{t('digests.runs.column.startedAt')}</th><th scope="col">{t('digests.runs.column.week')}</th>
                <th scope="col">{t('digests.runs.column.trigger')}</th><th scope="col">{t('digests.runs.column.status')}</th>
                {COLUMNS.map((key) => <th scope="col">{t(`digests.runs.column.${key}`)}</th>)}</tr>
            </thead>
            <tbody>
              {props.runs.map((r) => (
                <tr>
                  <td><time datetime={r.startedAt}>{dateTime(r.startedAt, { zoneName: true, dateStyle: 'short' })}</time></td>
                  <td><a href={`/digests/${r.week}`}>{r.week}</a></td>
                  <td>{t(`digests.runs.trigger.${r.trigger}`)}</td>
                  <td>{t(`digests.runs.status.${r.status}`)}</td>
                  {COLUMNS.map((key) => <td>{number(r.totals[key])}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.nextCursor && <p><a href={`/digest-runs?cursor=${encodeURIComponent(props.nextCursor)}`} rel="next">{t('digests.runs.older')}</a></p>}
    </Layout>
  );
}
