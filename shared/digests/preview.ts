/**
 * Coordinators look at any member's digest for any week before (or after)
 * it goes out, and send it to themselves as a test. A test goes to the
 * coordinator's own address, with the coordinator's own unsubscribe link,
 * "[Test]" in the subject, and no send record: the real send is unaffected.
 *
 * A preview composes exactly as the job does, from the same inputs narrowed
 * to one member: the member, the cases, the hearings, the week's news (one
 * Query of its partition), the cases the member took part in (one Query),
 * the notes kept for digests, and for a diplomat the posting's open requests,
 * for a coordinator the gap coverage. Its reads grow with the cases only
 * through the pages of the case list (and a coordinator's gap coverage).
 */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import type { Member, Viewer } from '../domain/member.ts';
import { ConflictError, NotFoundError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { CoreDeps } from '../deps.ts';
import { composeDigest, isEmpty, type Digest } from './compose.ts';
import { digestWindow, isoWeekSchema } from './iso-week.ts';
import { preferencesOf, type DigestPreferences } from './preferences.ts';
import { digestEmail, renderDigest, type RenderedDigest } from './render.ts';
import { unsubscribeUrl } from './unsubscribe-token.ts';
import { auditEntry } from '../writes/audit-entry.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';

export const previewQuerySchema = z.object({ member: z.string().uuid('Not a member id.') }).strict();

export interface DigestPreview {
  member: Member;
  preferences: DigestPreferences;
  digest: Digest;
  empty: boolean;
  rendered: RenderedDigest;
}

export async function previewDigest(deps: CoreDeps, viewer: Viewer, week: string, query: unknown, test = false): Promise<DigestPreview> {
  const actor = requireRole(viewer, 'coordinator');
  const w = parseOrThrow(isoWeekSchema, week, 'week');
  const { member: memberId } = parseOrThrow(previewQuerySchema, query);
  const member = await deps.store.getMember(memberId);
  if (!member) throw new NotFoundError('member');
  const inputs = await deps.store.loadDigestInputs(digestWindow(w), [member]);
  const preferences = preferencesOf(member);
  const digest = composeDigest(member, preferences, inputs, digestWindow(w));
  // A test carries the coordinator's link: clicking it must never unsubscribe the member previewed.
  const link = unsubscribeUrl(deps.appUrl, deps.secret, test ? actor.id : member.id);
  await loadCatalog(preferences.language);
  const rendered = renderDigest(digest, { language: preferences.language, appUrl: deps.appUrl, unsubscribeUrl: link, test });
  return { member, preferences, digest, empty: isEmpty(digest), rendered };
}

export const testSendSchema = z.object({ member: z.string().uuid('Not a member id.') }).strict();

/** Sends the member's digest to the coordinator; refused when the coordinator's address is suppressed. */
export async function sendTestDigest(deps: CoreDeps, viewer: Viewer, week: string, body: unknown): Promise<{ to: string; messageId: string }> {
  const actor = requireRole(viewer, 'coordinator');
  const { member } = parseOrThrow(testSendSchema, body);
  const preview = await previewDigest(deps, viewer, week, { member }, true);
  if (await deps.store.isSuppressed(actor.email)) {
    throw new ConflictError('Your address is on the suppression list (it bounced or complained); mail to it is not sent.');
  }
  const link = unsubscribeUrl(deps.appUrl, deps.secret, actor.id);
  const { messageId } = await deps.mailer.send(digestEmail(actor.email, preview.rendered, { language: preview.preferences.language, unsubscribeUrl: link }));
  await deps.store.appendAudit(auditEntry(deps.clock.now().toISOString(), actor.id, 'digest.test_sent', { memberId: preview.member.id }));
  return { to: actor.email, messageId };
}
