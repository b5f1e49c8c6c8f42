/** Page routes for the join form, join requests and the member list. */
import { Hono } from 'hono';
import { memberAudit } from '#shared/case-safety/audit-log.ts';
import { memberOfAudit, membersOverview } from '#shared/members/member-lists.ts';
import { approveJoinRequest, joinListQuerySchema, listJoinRequests, rejectJoinRequest, submitJoinRequest } from '#shared/members/join.ts';
import { ValidationError } from '#shared/errors/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { AuditLogPage, auditQuery } from '../case-safety/parts.ts';
import { formObject } from '../ui/form-fields.tsx';
import { JoinPage, JoinRequestsPage, MembersPage } from './network-pages.tsx';

export function networkPages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.get('/join', (c) => c.html(<JoinPage viewer={c.get('viewer')} />));

  app.post('/join', async (c) => {
    const { interestCountries, interestThemes, ...fields } = formObject(await c.req.parseBody({ all: true }), ['interestCountries', 'interestThemes']);
    const chosen = (interestCountries as string[]).length + (interestThemes as string[]).length > 0;
    const body = { ...fields, ...(chosen ? { interests: { countries: interestCountries, themes: interestThemes } } : {}) };
    try {
      await submitJoinRequest(deps, body, clientAddress(c), c.get('i18n').language);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return c.html(<JoinPage viewer={c.get('viewer')} values={body} errors={error.errors} />, 400);
    }
    return c.html(<JoinPage viewer={c.get('viewer')} done />, 202);
  });

  app.get('/join-requests', async (c) => {
    const page = await listJoinRequests(deps, c.get('viewer'), { status: c.req.query('status') ?? 'pending' });
    const { status } = joinListQuerySchema.parse({ status: c.req.query('status') ?? 'pending' });
    return c.html(<JoinRequestsPage viewer={c.get('viewer')} requests={page.items} status={status} />);
  });

  app.post('/join-requests/:id/approve', async (c) => {
    await approveJoinRequest(deps, c.get('viewer'), c.req.param('id'));
    return c.redirect('/join-requests', 303);
  });

  app.post('/join-requests/:id/reject', async (c) => {
    const body = formObject(await c.req.parseBody());
    try {
      await rejectJoinRequest(deps, c.get('viewer'), c.req.param('id'), body);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const page = await listJoinRequests(deps, c.get('viewer'), { status: 'pending' });
      const refused = { id: c.req.param('id'), reason: typeof body.reason === 'string' ? body.reason : '', errors: error.errors };
      return c.html(<JoinRequestsPage viewer={c.get('viewer')} requests={page.items} status="pending" refused={refused} />, 400);
    }
    return c.redirect('/join-requests', 303);
  });

  app.get('/members', async (c) => {
    const { active, inactive } = await membersOverview(deps, c.get('viewer'));
    return c.html(<MembersPage viewer={c.get('viewer')} members={active} inactive={inactive} />);
  });

  app.get('/members/:id/audit', async (c) => {
    const viewer = c.get('viewer');
    const page = await memberAudit(deps, viewer, c.req.param('id'), auditQuery(c));
    const member = await memberOfAudit(deps, viewer, c.req.param('id'));
    const { t } = c.get('i18n');
    const title = member ? t('members.audit.title', { name: member.name }) : t('members.audit.formerMember');
    return c.html(
      <AuditLogPage
        viewer={viewer} subject={{ kind: 'member', id: c.req.param('id'), name: member?.name }} page={page}
        actorNames={new Map(member ? [[member.id, member.name]] : [])}
      />,
    );
  });

  return app;
}
