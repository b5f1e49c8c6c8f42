/**
 * The sign-in link a welcome email carries: a one-time token like the sign-in
 * page's, valid longer (people read invitations days later), stored hashed.
 */
import { randomToken, sha256 } from '../crypto/tokens.ts';
import type { WelcomeDeps } from './member-deps.ts';
import type { Member } from '../domain/member.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { epochSeconds } from '../ports/clock.ts';
import { invitationEmail, type InvitationReason } from './invitation-email.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';

export const WELCOME_LINK_DAYS = 3;

/** Stores a one-time token for the member and emails the welcome with its link, in `language`. */
export async function sendWelcome(
  deps: WelcomeDeps, member: Pick<Member, 'id' | 'email' | 'name'>, language: UiLanguage, reason: InvitationReason,
): Promise<void> {
  const token = randomToken();
  await deps.store.putSignInToken(sha256(token), member.id, epochSeconds(deps.clock.now()) + WELCOME_LINK_DAYS * 86_400);
  const link = `${deps.appUrl}/auth/verify?token=${encodeURIComponent(token)}`;
  await loadCatalog(language);
  await deps.mailer.send(invitationEmail(member.email, member.name, link, language, { reason, days: WELCOME_LINK_DAYS }));
}
