/** The audit log, for coordinators: per case or per member (what they did), newest first. */
import type { AuditPage } from '#shared/case-safety/audit-log.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';

export function AuditLogPage(props: { viewer: Viewer; title: string; back: { href: string; label: string }; page: AuditPage; basePath: string }) {
  const next = props.page.nextCursor ? `${props.basePath}?cursor=${encodeURIComponent(props.page.nextCursor)}` : undefined;
  return (
    <Layout title={props.title} viewer={props.viewer}>
      <p><a href={props.back.href}>← {props.back.label}</a></p>
      <h1>{props.title}</h1>
      {props.page.items.length === 0 ? <p class="empty">Nothing recorded.</p> : (
        <div class="table-wrap" role="region" aria-label="Audit entries" tabindex={0}>
          <table class="cases">
            <thead><tr><th scope="col">When (UTC)</th><th scope="col">Action</th><th scope="col">Case</th><th scope="col">By</th><th scope="col">Fields</th></tr></thead>
            <tbody>
              {props.page.items.map((e) => (
                <tr>
                  <td><time datetime={e.at}>{e.at.slice(0, 19).replace('T', ' ')}</time></td>
                  <td>{e.action}</td>
                  <td>{e.caseId ? <a href={`/cases/${e.caseId}`}>case</a> : ''}</td>
                  <td>{e.actorId.length === 36 ? <a href={`/members/${e.actorId}/audit`}>member</a> : e.actorId}</td>
                  <td>{(e.fields ?? []).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && <p><a href={next} rel="next">Older entries</a></p>}
    </Layout>
  );
}
