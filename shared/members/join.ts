/** Join requests: submit (public, rate-limited, non-disclosing), list, approve, reject (coordinators). */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import { sha256 } from '../crypto/tokens.ts';
import type { Member, Viewer } from '../domain/member.ts';
import { ConflictError, NotFoundError } from '../errors/index.ts';
import { refuseOver, within } from '../limits/fixed-window.ts';
import type { Page } from '../paging/page.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { ApproveJoinDeps, JoinSubmitDeps, PendingDeps, RejectJoinDeps } from './member-deps.ts';
import type { JoinRequestStore } from './member-store.ts';
import { isUiLanguage, type UiLanguage } from '../i18n/languages.ts';
import { rejectionEmail } from './rejection-email.ts';
import { withInterests } from './manage-members.ts';
import { sendWelcome } from './welcome-link.ts';
import { decisionSchema, JOIN_STATUSES, joinRequestSchema, type JoinRequest } from './join-request.ts';
import { auditEntry } from '../writes/audit-entry.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';

const HOUR = 3600;
/** Per hour. Only the per-client limit refuses (429, to that client); the per-address caps drop silently. */
export const JOIN_LIMITS = { perClient: 10, perEmailPerClient: 3, perEmail: 10 };

/**
 * Stores the request. It answers the same whether or not the address is a
 * member: a coordinator sees that at approval time, the applicant never does.
 * `language` is the page's, for the invitation. `client` is the source address: a flood for someone's address from one
 * client never refuses, nor drops, that person's own request from another.
 */
export async function submitJoinRequest(deps: JoinSubmitDeps, body: unknown, client: string, language: UiLanguage = 'en'): Promise<void> {
  const input = parseOrThrow(joinRequestSchema, body);
  await refuseOver(deps, `join-client:${sha256(client)}`, HOUR, JOIN_LIMITS.perClient);
  const address = sha256(input.email);
  if (!(await within(deps, `join-email:${address}:${sha256(client)}`, HOUR, JOIN_LIMITS.perEmailPerClient))) return;
  if (!(await within(deps, `join-email:${address}`, HOUR, JOIN_LIMITS.perEmail))) return;
  const at = deps.clock.now().toISOString();
  const request: JoinRequest = { id: randomUUID(), ...input, status: 'pending', createdAt: at, language, version: 1 };
  await deps.store.createJoinRequest(request, auditEntry(at, 'public', 'join.requested'));
}

export const joinListQuerySchema = z
  .object({ status: z.enum(JOIN_STATUSES).default('pending'), limit: z.coerce.number().int().min(1).max(100).default(50) })
  .strict();

export async function listJoinRequests(deps: { store: Pick<JoinRequestStore, 'listJoinRequests'> }, viewer: Viewer, query: unknown): Promise<Page<JoinRequest>> {
  requireRole(viewer, 'coordinator');
  const q = parseOrThrow(joinListQuerySchema, query);
  const page = await deps.store.listJoinRequests(q.status, q.limit);
  return { items: page.items };
}

async function pending(deps: PendingDeps, id: string): Promise<JoinRequest> {
  const requestId = parseOrThrow(z.string().uuid('Not a request id.'), id, 'id');
  const request = await deps.store.getJoinRequest(requestId);
  if (!request) throw new NotFoundError('join request');
  if (request.status !== 'pending') {
    const key = request.status === 'approved' ? 'members.errors.alreadyApproved' : 'members.errors.alreadyRejected';
    throw new ConflictError(`This request was already ${request.status}.`, { wording: { key } });
  }
  return request;
}

/**
 * Approves: creates the member and emails an invitation. An address that is
 * already a member gets no second account; the invitation still goes out
 * (it only says how to sign in), so the decision looks the same to them.
 */
export async function approveJoinRequest(deps: ApproveJoinDeps, viewer: Viewer, id: string): Promise<JoinRequest> {
  const actor = requireRole(viewer, 'coordinator');
  const request = await pending(deps, id);
  const at = deps.clock.now().toISOString();
  const language = isUiLanguage(request.language) ? request.language : 'en';
  const plain: Member = {
    id: randomUUID(), email: request.email, name: request.name, role: request.role, country: request.country, createdAt: at, version: 1,
    ...(request.role === 'mp' ? { parliament: request.institution } : { mission: request.institution }),
  };
  // The interests given on the join form become the member's follows; their language, the digest's.
  const member = request.interests ? withInterests(plain, request.interests, language) : plain;
  const audit = auditEntry(at, actor, 'join.approved', { memberId: member.id });
  const decided = (outcome: JoinRequest['outcome']): JoinRequest => ({
    ...request, status: 'approved', decidedAt: at, decidedBy: actor.id, outcome, version: request.version + 1,
  });
  let result = decided('member_created');
  let welcomed = { id: member.id, email: request.email, name: request.name };
  try {
    await deps.store.decideJoinRequest(result, request.version, audit, member);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    result = decided('already_member');
    await deps.store.decideJoinRequest(result, request.version, { ...audit, memberId: undefined });
    welcomed = { ...welcomed, id: (await deps.store.getMemberIdByEmail(request.email)) ?? '' };
  }
  // The welcome carries a one-time sign-in link to the member's own account (an existing one's too).
  if (welcomed.id) await sendWelcome(deps, welcomed, language, 'approved');
  return result;
}

/** Rejects with a reason (required), and tells the applicant by email, in the language they used, as the join page promises. */
export async function rejectJoinRequest(deps: RejectJoinDeps, viewer: Viewer, id: string, body: unknown): Promise<JoinRequest> {
  const actor = requireRole(viewer, 'coordinator');
  const { reason } = parseOrThrow(decisionSchema, body);
  const request = await pending(deps, id);
  const at = deps.clock.now().toISOString();
  const result: JoinRequest = { ...request, status: 'rejected', decidedAt: at, decidedBy: actor.id, reason, version: request.version + 1 };
  await deps.store.decideJoinRequest(result, request.version, auditEntry(at, actor, 'join.rejected'));
  const language = isUiLanguage(request.language) ? request.language : 'en';
  await loadCatalog(language);
  await deps.mailer.send(rejectionEmail(request.email, request.name, reason, language));
  return result;
}
