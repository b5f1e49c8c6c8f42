/** Coordinators: the history of digest runs with their totals, newest first. */
import type { Viewer } from '#shared/domain/member.ts';
import { isoWeekOf } from '#shared/digests/iso-week.ts';
import type { DigestRun } from '#shared/digests/run.ts';
import { Layout } from '../ui/layout.tsx';

const COLUMNS = [
  ['considered', 'Considered'], ['sent', 'Sent'], ['skippedEmpty', 'Nothing new'], ['optedOut', 'Opted out'],
  ['suppressed', 'Suppressed'], ['failed', 'Failed'], ['alreadySent', 'Already sent'], ['unknown', 'Unknown'],
] as const;

export function DigestRunsPage(props: { viewer: Viewer; runs: DigestRun[]; nextCursor: string | null; notice?: string; now: Date }) {
  return (
    <Layout title="Digest runs" viewer={props.viewer}>
      <p><a href={`/digests/${isoWeekOf(props.now)}`}>Preview this week's digest</a></p>
      <h1>Digest runs</h1>
      {props.notice && <p class="notice" role="status">{props.notice}</p>}
      <p class="muted">"Unknown": a send that may or may not have gone out (a run stopped mid-send, or another run was sending it). It is never sent again.</p>
      {props.runs.length === 0 ? <p class="empty">No run yet.</p> : (
        <div class="table-wrap">
          <table class="cases">
            <thead>
              <tr><th scope="col">Started (UTC)</th><th scope="col">Week</th><th scope="col">By</th><th scope="col">Status</th>
                {COLUMNS.map(([, label]) => <th scope="col">{label}</th>)}</tr>
            </thead>
            <tbody>
              {props.runs.map((r) => (
                <tr>
                  <td><time datetime={r.startedAt}>{r.startedAt.slice(0, 19).replace('T', ' ')}</time></td>
                  <td><a href={`/digests/${r.week}`}>{r.week}</a></td>
                  <td>{r.trigger}</td>
                  <td>{r.status}</td>
                  {COLUMNS.map(([key]) => <td>{r.totals[key]}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.nextCursor && <p><a href={`/digest-runs?cursor=${encodeURIComponent(props.nextCursor)}`} rel="next">Older runs</a></p>}
    </Layout>
  );
}
