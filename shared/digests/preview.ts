/**
 * Coordinators look at any member's digest for any week before (or after)
 * it goes out, and send it to themselves as a test. A test goes to the
 * coordinator's own address, with the coordinator's own unsubscribe link,
 * "[Test]" in the subject, and no send record: the real send is unaffected.
 *
 * A preview composes exactly as the job does (compose.ts), from the same
 * inputs: once the digest board is built, the board and the week's partition
 * (two Queries, whoever the member: the stream keeps them, see
 * functions/adapters/dynamo/digest-board-items.ts), so with the session a
 * preview page is 3 calls. Before it is built, the inputs are read as a batch
 * of the job reads them for one member (the member, the cases, the hearings,
 * the week's news, the cases the member took part in, the notes, and for a
 * diplomat the posting's open requests, for a coordinator the gap coverage).
 */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import { isActiveMember, type Member, type Viewer } from '../domain/member.ts';
import { ConflictError, NotFoundError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { CoreDeps } from '../deps.ts';
import type { Store } from '../ports/store.ts';
import { MEMBERS_PER_LIST } from '../members/index.ts';
import type { DigestBoard } from './board.ts';
import { emptyInputs, type DigestInputs } from './inputs.ts';
import { assembleDigestInputs } from './assemble.ts';
import { loadDigestInputs, type DigestInputsDeps } from './load-inputs.ts';
import { composeDigest, isEmpty, type Digest } from './compose.ts';
import { digestWindow } from './iso-week.ts';
import { isoWeekSchema } from './iso-week.schema.ts';
import { preferencesOf, type DigestPreferences } from './preferences.ts';
import { digestEmail, renderDigest, type RenderedDigest } from './render.ts';
import { unsubscribeUrl } from './unsubscribe-token.ts';
import { auditEntry } from '../writes/audit-entry.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';

/** A preview: the week's board, or the member and inputs read as the job reads them; the links' base and key. */
export type PreviewDeps = Pick<CoreDeps, 'appUrl' | 'secret'> & { store: Pick<Store, 'readDigestBoard' | 'getMember'> & DigestInputsDeps['store'] };

export const previewQuerySchema = z.object({ member: z.string().uuid('Not a member id.') }).strict();

export interface DigestPreview {
  member: Member;
  preferences: DigestPreferences;
  digest: Digest;
  empty: boolean;
  rendered: RenderedDigest;
}

export async function previewDigest(deps: PreviewDeps, viewer: Viewer, week: string, query: unknown, test = false): Promise<DigestPreview> {
  const actor = requireRole(viewer, 'coordinator');
  const w = parseOrThrow(isoWeekSchema, week, 'week');
  const { member: memberId } = parseOrThrow(previewQuerySchema, query);
  return previewFrom(deps, actor.id, w, memberId, await deps.store.readDigestBoard(digestWindow(w)), test);
}

async function previewFrom(deps: PreviewDeps, actorId: string, w: string, memberId: string, board: DigestBoard | undefined, test: boolean): Promise<DigestPreview> {
  const { member, inputs } = board ? fromBoard(board, w, memberId) : await readAsTheJob(deps, w, memberId);
  if (!member) throw new NotFoundError('member');
  // The member's own language: its catalog may not be loaded yet (only the request's is).
  await loadCatalog(preferencesOf(member).language);
  return composePreview(deps, actorId, w, member, inputs, test);
}

/**
 * The preview page: the members to choose from (the members list's first page) and the preview of the one
 * chosen (by default the first), from the board when it is built.
 */
export async function previewWithPicker(deps: PreviewDeps & { store: Pick<Store, 'listMembers'> }, viewer: Viewer, week: string, memberId: string | undefined): Promise<{ members: Member[]; preview?: DigestPreview }> {
  const actor = requireRole(viewer, 'coordinator');
  const w = parseOrThrow(isoWeekSchema, week, 'week');
  const board = await deps.store.readDigestBoard(digestWindow(w));
  // The members list's first page: byKind MEMBERS, active members by name.
  const members = board ? board.members.filter(isActiveMember).slice(0, MEMBERS_PER_LIST) : (await deps.store.listMembers(MEMBERS_PER_LIST)).items;
  const chosen = memberId ?? members[0]?.id;
  if (chosen === undefined) return { members };
  const { member: id } = parseOrThrow(previewQuerySchema, { member: chosen });
  return { members, preview: await previewFrom(deps, actor.id, w, id, board, false) };
}

/** The member from the board, and the board's records assembled for them alone, as a batch of the job assembles its own. */
function fromBoard(board: DigestBoard, week: string, memberId: string): { member?: Member; inputs: DigestInputs } {
  const member = board.members.find((m) => m.id === memberId);
  if (!member) return { inputs: emptyInputs() };
  return { member, inputs: assembleDigestInputs(board.records, digestWindow(week), { kind: 'members', members: [member] }) };
}

/** Before the board is built: the member, then the inputs narrowed to them, as a batch of the job reads them. */
async function readAsTheJob(deps: { store: Pick<Store, 'getMember'> & DigestInputsDeps['store'] }, week: string, memberId: string): Promise<{ member?: Member; inputs: DigestInputs }> {
  const member = await deps.store.getMember(memberId);
  return { ...(member ? { member } : {}), inputs: member ? await loadDigestInputs(deps, digestWindow(week), [member]) : emptyInputs() };
}

function composePreview(deps: Pick<CoreDeps, 'appUrl' | 'secret'>, actorId: string, w: string, member: Member, inputs: DigestInputs, test: boolean): DigestPreview {
  const preferences = preferencesOf(member);
  const digest = composeDigest(member, preferences, inputs, digestWindow(w));
  // A test carries the coordinator's link: clicking it must never unsubscribe the member previewed.
  const link = unsubscribeUrl(deps.appUrl, deps.secret, test ? actorId : member.id);
  const rendered = renderDigest(digest, { language: preferences.language, appUrl: deps.appUrl, unsubscribeUrl: link, test });
  return { member, preferences, digest, empty: isEmpty(digest), rendered };
}

export const testSendSchema = z.object({ member: z.string().uuid('Not a member id.') }).strict();

/** Sends the member's digest to the coordinator; refused when the coordinator's address is suppressed. */
export async function sendTestDigest(
  deps: PreviewDeps & Pick<CoreDeps, 'mailer' | 'clock'> & { store: Pick<Store, 'isSuppressed' | 'appendAudit'> },
   viewer: Viewer, week: string, body: unknown): Promise<{ to: string; messageId: string }> {
  const actor = requireRole(viewer, 'coordinator');
  const { member } = parseOrThrow(testSendSchema, body);
  const preview = await previewDigest(deps, viewer, week, { member }, true);
  if (await deps.store.isSuppressed(actor.email)) {
    throw new ConflictError('Your address is on the suppression list (it bounced or complained); mail to it is not sent.');
  }
  const link = unsubscribeUrl(deps.appUrl, deps.secret, actor.id);
  const { messageId } = await deps.mailer.send(digestEmail(actor.email, preview.rendered, { language: preview.preferences.language, unsubscribeUrl: link }));
  await deps.store.appendAudit(auditEntry(deps.clock.now().toISOString(), actor, 'digest.test_sent', { memberId: preview.member.id }));
  return { to: actor.email, messageId };
}
