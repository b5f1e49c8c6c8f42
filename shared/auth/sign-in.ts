/**
 * Passwordless sign-in: a one-time link by email (15 minutes, single use,
 * stored only as a hash), then a server-side session.
 *
 * The request answers the same for known and unknown addresses, in the same
 * time: it only hands the address over (`SignInLinkQueue`); the lookup, the
 * token and the email come after the answer, in `sendSignInLink`. Limits never
 * let one client lock a member out: the only refusal (429) is per client, keyed
 * on its source address; links to one address are capped silently (the same
 * 202, no email), per client and, higher, for all clients together.
 */
import { isActiveMember, signInRequestSchema, type Member } from '../domain/member.ts';
import { ValidationError } from '../errors/index.ts';
import { epochSeconds } from '../ports/clock.ts';
import type { AuthStore, Session } from './auth-store.ts';
import { SESSION_HOURS } from './session.ts';
import type { SignInLinkRequest } from './sign-in-links.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { ProposedZoneDeps, RequestSignInDeps, SessionDeps, SignInLinkDeps, VerifySignInDeps } from './auth-deps.ts';
import { refuseOver, within } from '../limits/fixed-window.ts';
import { randomToken, sha256 } from '../crypto/tokens.ts';
import { signInEmail } from './sign-in-email.ts';
import { emailLanguageOf, memberTimeZone, timeZoneOf, uiLanguageOf } from '../digests/index.ts';
import { auditEntry } from '../writes/audit-entry.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';

export { sessionFor, SESSION_HOURS } from './session.ts';

export const SIGN_IN_LINK_MINUTES = 15;
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
/** Per window of 15 minutes. */
export const SIGN_IN_LIMITS = {
  /** Requests from one client, whatever the addresses; past it, 429 for that client only. */
  perClient: 20,
  /** Links one client can have sent to one address; past it, 202 and no email. */
  emailsPerAddressPerClient: 3,
  /** Links to one address from all clients together: bounds a flood from many clients. */
  emailsPerAddress: 20,
};

/** Checks the address and the client's limit, then hands the request over: nothing here depends on membership. */
export async function requestSignIn(deps: RequestSignInDeps, body: unknown, client: string): Promise<void> {
  const { email } = parseOrThrow(signInRequestSchema, body);
  await refuseOver(deps, `sign-in-client:${sha256(client)}`, SIGN_IN_WINDOW_SECONDS, SIGN_IN_LIMITS.perClient);
  await deps.signInLinks.enqueue({ email, client });
}

/** After the answer: emails a link if the address is a member's and its caps allow; otherwise does nothing. */
export async function sendSignInLink(deps: SignInLinkDeps, request: SignInLinkRequest): Promise<void> {
  const { email, client } = request;
  const address = sha256(email);
  if (!(await within(deps, `sign-in-email:${address}:${sha256(client)}`, SIGN_IN_WINDOW_SECONDS, SIGN_IN_LIMITS.emailsPerAddressPerClient))) return;
  if (!(await within(deps, `sign-in-email:${address}`, SIGN_IN_WINDOW_SECONDS, SIGN_IN_LIMITS.emailsPerAddress))) return;

  const memberId = await deps.store.getMemberIdByEmail(email);
  if (!memberId) return;
  // The member's own language; read after the answer, so it costs the requester no time.
  const member = await deps.store.getMember(memberId);
  if (!member || !isActiveMember(member)) return;

  const now = epochSeconds(deps.clock.now());
  const token = randomToken();
  await deps.store.putSignInToken(sha256(token), memberId, now + SIGN_IN_LINK_MINUTES * 60);
  const link = `${deps.appUrl}/auth/verify?token=${encodeURIComponent(token)}`;
  await loadCatalog(emailLanguageOf(member));
  await deps.mailer.send(signInEmail(email, link, SIGN_IN_LINK_MINUTES, emailLanguageOf(member)));
}

export interface SignedIn {
  /** The raw session id for the cookie; only its hash is stored. */
  sessionId: string;
  member: Member;
}

/**
 * Consumes a sign-in token and opens a session, or fails if the link is unknown, used or expired.
 * `proposedTimeZone` is the browser's zone (the link page's script): saved if the member has none yet,
 * which costs one more write on a member's first sign-in only; an unknown zone is ignored.
 */
export async function verifySignIn(deps: VerifySignInDeps, token: string | undefined, proposedTimeZone?: unknown): Promise<SignedIn> {
  const invalid = new ValidationError(
    [{ path: 'token', message: 'This sign-in link is invalid, used or expired. Ask for a new one.', key: 'auth.errors.invalidLink' }],
    'Invalid sign-in link.',
  );
  if (!token || token.length > 100) throw invalid;
  const now = epochSeconds(deps.clock.now());
  const memberId = await deps.store.consumeSignInToken(sha256(token), now);
  if (!memberId) throw invalid;
  const found = await deps.store.getMember(memberId);
  // A deactivated member's links, welcome links included, open nothing.
  if (!found || !isActiveMember(found)) throw invalid;
  const member = await withProposedZone(deps, found, proposedTimeZone);

  const sessionId = randomToken();
  const uiLanguage = uiLanguageOf(member);
  const session: Session = {
    idHash: sha256(sessionId),
    memberId: member.id,
    // A snapshot so each request needs one read; sessions are short (12 h).
    email: member.email,
    name: member.name,
    role: member.role,
    ...(member.country ? { country: member.country } : {}), ...(member.mission ? { mission: member.mission } : {}),
    ...(uiLanguage ? { uiLanguage } : {}),
    timeZone: timeZoneOf(member),
    expiresAt: now + SESSION_HOURS * 3600,
  };
  await deps.store.putSession(session);
  return { sessionId, member };
}

/** The member with the browser's zone saved, when they had none and the browser's is a real zone. */
async function withProposedZone(deps: ProposedZoneDeps, member: Member, proposed: unknown): Promise<Member> {
  const zone = member.timeZone ? undefined : memberTimeZone(proposed);
  if (!zone) return member;
  const audit = auditEntry(deps.clock.now().toISOString(), member, 'member.preferences_updated', { memberId: member.id, fields: ['timeZone'] });
  return (await deps.store.proposeTimeZone(member.id, zone, audit)) ? { ...member, timeZone: zone, version: member.version + 1 } : member;
}

export async function signOut(deps: { store: Pick<AuthStore, 'deleteSession'> }, sessionId: string): Promise<void> {
  await deps.store.deleteSession(sha256(sessionId));
}
