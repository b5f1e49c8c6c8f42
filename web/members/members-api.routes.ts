/** JSON API for the network itself: members, join requests, and the case export. */
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '#shared/access/roles.ts';
import { exportCases } from '#shared/cases/export.ts';
import { approveJoinRequest, listJoinRequests, rejectJoinRequest, submitJoinRequest } from '#shared/members/join.ts';
import { getMemberDetail, inviteMember, updateMember } from '#shared/members/manage-members.ts';
import { listMembers } from '#shared/members/member-lists.ts';
import { etagOf } from '#shared/writes/versions.ts';
import { parseOrThrow } from '#shared/errors/validation.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { readJson } from '../middleware/json-body.ts';


const membersQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(100) }).strict();

export function networkApi(deps: WebDeps) {
  return new Hono<AppEnv>()
    .get('/members', async (c) => {
      requireRole(c.get('viewer'), 'coordinator');
      const { limit } = parseOrThrow(membersQuery, c.req.query());
      return c.json({ items: await listMembers(deps, c.get('viewer'), limit) });
    })

    .post('/members', async (c) => {
      const member = await inviteMember(deps, c.get('viewer'), await readJson(c));
      c.header('Location', `/api/members/${member.id}`);
      c.header('ETag', etagOf(member));
      return c.json(member, 201);
    })

    .get('/members/:id', async (c) => {
      const member = await getMemberDetail(deps, c.get('viewer'), c.req.param('id'));
      c.header('ETag', etagOf(member));
      return c.json(member);
    })

    .patch('/members/:id', async (c) => {
      const body = await readJson(c);
      const member = await updateMember(deps, c.get('viewer'), c.req.param('id'), c.req.header('if-match'), body);
      c.header('ETag', etagOf(member));
      return c.json(member);
    })

    .post('/join-requests', async (c) => {
      await submitJoinRequest(deps, await readJson(c), clientAddress(c), c.get('i18n').language);
      return c.json({ message: c.get('i18n').t('members.join.accepted') }, 202);
    })

    .get('/join-requests', async (c) => c.json(await listJoinRequests(deps, c.get('viewer'), c.req.query())))

    .post('/join-requests/:id/approve', async (c) => c.json(await approveJoinRequest(deps, c.get('viewer'), c.req.param('id'))))

    .post('/join-requests/:id/reject', async (c) => {
      const body = await readJson(c);
      return c.json(await rejectJoinRequest(deps, c.get('viewer'), c.req.param('id'), body));
    })

    .get('/exports/cases.csv', async (c) => {
      const result = await exportCases(deps, c.get('viewer'), c.req.query(), c.get('i18n'));
      c.header('Content-Disposition', 'attachment; filename="tandem-cases.csv"');
      c.header('Cache-Control', 'private, no-store');
      if (result.nextCursor) c.header('Link', `</api/exports/cases.csv?cursor=${encodeURIComponent(result.nextCursor)}>; rel="next"`);
      return c.body(result.csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    });
}
