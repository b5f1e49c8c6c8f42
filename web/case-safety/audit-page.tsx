/**
 * The audit log, for coordinators: per case or per member (what they did), newest first.
 * Each action reads as a sentence in the reader's language, each actor by the name the line
 * recorded (or, on a member's own log, the member's name; a member no line names shows as
 * unknown), each field by its label.
 */
import type { Context } from 'hono';
import type { AuditPage } from '#shared/case-safety/audit-log.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { AuditEntry } from '#shared/writes/records.ts';
import { Layout } from '../ui/layout.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import type { AppEnv } from '../env.ts';

/**
 * An audit page's own parameters: the cursor of the next page. Others in the address (the
 * language switcher's `?lang=`) are the page's business, not the audit query's, which refuses
 * unknown ones.
 */
export function auditQuery(c: Context<AppEnv>): { cursor?: string } {
  const cursor = c.req.query('cursor');
  return cursor === undefined ? {} : { cursor };
}

/** Whose log this is: a case (by its defender's name) or a member (by name, when still a member). */
export type AuditSubject = { kind: 'case'; id: string; name: string } | { kind: 'member'; id: string; name?: string };

/** Member ids look like UUIDs; other actors are the system's own ('seed', 'public', 'ses'). */
const isMemberId = (actorId: string) => /^[0-9a-f-]{36}$/i.test(actorId);

export function AuditLogPage(props: { viewer: Viewer; subject: AuditSubject; page: AuditPage; actorNames?: ReadonlyMap<string, string> }) {
  const { t, has, label, dateTime } = useTranslator();
  const { subject } = props;
  const basePath = subject.kind === 'case' ? `/cases/${subject.id}/audit` : `/members/${subject.id}/audit`;
  const next = props.page.nextCursor ? `${basePath}?cursor=${encodeURIComponent(props.page.nextCursor)}` : undefined;
  const title =
    subject.kind === 'case'
      ? t('caseSafety.audit.caseTitle', { name: subject.name })
      : t('caseSafety.audit.memberTitle', { name: subject.name ?? t('caseSafety.audit.unknownMember') });
  const back = subject.kind === 'case'
    ? { href: `/cases/${subject.id}`, label: t('caseSafety.audit.backToCase') }
    : { href: '/members', label: t('caseSafety.audit.backToMembers') };
  const showCase = subject.kind === 'member';

  const actor = (e: AuditEntry) => {
    if (!isMemberId(e.actorId)) return has(`caseSafety.audit.actor.${e.actorId}`) ? label(`caseSafety.audit.actor.${e.actorId}`) : e.actorId;
    const name = e.actorName ?? props.actorNames?.get(e.actorId);
    if (!name) return t('caseSafety.audit.unknownMember');
    if (subject.kind === 'member') return name;
    return <a href={`/members/${e.actorId}/audit`} aria-label={t('caseSafety.audit.actorLog', { name })}>{name}</a>;
  };
  const action = (e: AuditEntry) => (has(`caseSafety.audit.action.${e.action}`) ? label(`caseSafety.audit.action.${e.action}`) : e.action);
  const fields = (e: AuditEntry) =>
    (e.fields ?? []).map((f) => (has(`caseSafety.audit.field.${f}`) ? label(`caseSafety.audit.field.${f}`) : f)).join(', ');

  return (
    <Layout title={title} viewer={props.viewer}>
      <p><a href={back.href}>{back.label}</a></p>
      <h1>{title}</h1>
      {props.page.items.length === 0 ? <p class="empty">{t('caseSafety.audit.empty')}</p> : (
        <div class="table-wrap" role="region" aria-label={t('caseSafety.audit.region')} tabindex={0}>
          <table class="cases cards">
            <thead>
              <tr>
                <th scope="col">{t('caseSafety.audit.when')}</th>
                <th scope="col">{t('caseSafety.audit.action')}</th>
                {showCase && <th scope="col">{t('caseSafety.audit.case')}</th>}
                <th scope="col">{t('caseSafety.audit.by')}</th>
                <th scope="col">{t('caseSafety.audit.fields')}</th>
              </tr>
            </thead>
            <tbody>
              {props.page.items.map((e) => (
                <tr>
                  <td data-label={t('caseSafety.audit.when')}><time datetime={e.at}>{dateTime(e.at, { zoneName: true })}</time></td>
                  <td data-label={t('caseSafety.audit.action')}>{action(e)}</td>
                  {showCase && <td data-label={t('caseSafety.audit.case')}>{e.caseId ? <a href={`/cases/${e.caseId}`}>{t('caseSafety.audit.openCase')}</a> : ''}</td>}
                  <td data-label={t('caseSafety.audit.by')}>{actor(e)}</td>
                  <td data-label={t('caseSafety.audit.fields')}>{fields(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && <p><a href={next} rel="next">{t('caseSafety.audit.older')}</a></p>}
    </Layout>
  );
}
