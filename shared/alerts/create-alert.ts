/**
 * `POST /api/cases/{id}/alerts`: a coordinator alerts the members concerned
 * by a case. The alert, its audit line and the Idempotency-Key claim are one
 * transaction; the recipients are written beside it, then handed to the
 * delivery queue. A replay with the same key answers as the first request
 * and enqueues nothing, so it sends nothing. A paused case cannot be alerted:
 * publicity is stopped and the coordinators guide each member directly.
 */
import { randomUUID } from 'node:crypto';
import { requireCoordinatorFor } from '../access/roles.ts';
import { canSeeCase } from '../access/visibility.ts';
import { caseIdSchema } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { ConflictError, NotFoundError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { Store } from '../ports/store.ts';
import { once, type OnceDeps, type Replay } from '../writes/idempotency.ts';
import { MEMBERS_PER_MESSAGE, createAlertSchemaAt, type Alert, type AlertRecipient } from './alert.ts';
import { deliveriesOf, type AlertQueue } from './alert-queue.ts';
import { bundleOrNotFound, findRecipients, type RecipientDeps } from './find-recipients.ts';
import { auditEntry } from '../writes/audit-entry.ts';

export type AlertDeps = OnceDeps & RecipientDeps & { store: Pick<Store, 'getCase' | 'getCaseBundle' | 'saveAlert'>; alertQueue: AlertQueue };
export type CreateAlertResult = { replayed: false; alert: Alert } | Replay;

export const pausedConflict = () =>
  new ConflictError('Publicity on this case is paused: it cannot be alerted. Guide the members directly.', { wording: { key: 'alerts.errors.paused' } });

export async function createAlert(
  deps: AlertDeps, viewer: Viewer, rawCaseId: string, body: unknown, idempotencyKey?: string,
): Promise<CreateAlertResult> {
  const caseId = parseOrThrow(caseIdSchema, rawCaseId, 'id');
  const actor = await requireCoordinatorFor(viewer, async () => {
    const c = await deps.store.getCase(caseId);
    if (!c || !canSeeCase(viewer, c)) throw new NotFoundError('case');
  });
  const now = deps.clock.now();
  const input = parseOrThrow(createAlertSchemaAt(now), body);

  return once(deps, `alerts:${actor.id}`, idempotencyKey, { caseId, ...input }, async (claimFor) => {
    const bundle = await bundleOrNotFound(deps, caseId);
    const c = bundle.case;
    if (c.pausedAt) throw pausedConflict();
    if (c.state === 'closed') throw new ConflictError('The case is closed.', { wording: { key: 'alerts.errors.closed' } });
    const chosen = await findRecipients(deps, bundle);
    const at = now.toISOString();
    const alert: Alert = {
      id: randomUUID(), caseId, defenderName: c.defenderName, country: c.country,
      happened: input.happened, askedActions: input.askedActions, asked: input.asked, deadline: input.deadline,
      createdAt: at, createdBy: actor.id, recipientCount: chosen.length,
    };
    const recipients: AlertRecipient[] = chosen.map(({ member, reason }) => ({
      alertId: alert.id, caseId, memberId: member.id, name: member.name, email: member.email, role: member.role,
      ...(member.country ? { country: member.country } : {}), language: member.language, timeZone: member.timeZone, reason, status: 'queued',
    }));
    await deps.store.saveAlert(alert, recipients, auditEntry(at, actor, 'alert.sent', { caseId }),
      claimFor?.({ status: 201, body: { id: alert.id, recipients: alert.recipientCount }, location: `/api/alerts/${alert.id}` }));
    await deps.alertQueue.enqueue(deliveriesOf(alert.id, recipients.map((r) => r.memberId), MEMBERS_PER_MESSAGE));
    return { replayed: false as const, alert };
  });
}
