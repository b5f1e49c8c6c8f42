/**
 * One notification to one member, at most once per kind, item and member.
 *
 * The member is read fresh, then: may they see the case now (else nobody is
 * told)? What did they choose for this kind (off: nothing; digest: a note
 * for the weekly digest, or nothing more when the digest already lists such
 * items)? Is their address suppressed? Then the claim, a conditional put
 * (status `sending`), before the send; the mark (`sent`) after it. A crash
 * between the two leaves the claim `sending`, which is never resent (as for
 * digests): a missed email is better than a second one. A send the provider
 * refused releases the claim, so the next run retries it.
 */
import type { DefenderCase } from '../domain/case.ts';
import type { CoreDeps } from '../deps.ts';
import { translatorFor, type Translator } from '../i18n/translator.ts';
import { MailOutcomeUnknownError } from '../mail/mail-errors.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';
import type { Logger } from '../ports/logger.ts';
import { isActiveMember, type Member } from '../domain/member.ts';
import { readerOf } from './language.ts';
import type { DigestNote, NotificationKey } from './notification-store.ts';
import { mayBeToldAbout } from './recipients.ts';
import { notificationSettingsOf, type NotificationKind } from './settings.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';

export const OUTCOMES = ['sent', 'noted', 'inDigest', 'off', 'hidden', 'suppressed', 'alreadyDone', 'unknown', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type Totals = Record<Outcome, number>;
export const zeroTotals = (): Totals => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Totals;

export type NotifyDeps = Pick<CoreDeps, 'store' | 'mailer' | 'clock' | 'appUrl' | 'secret'> & { log: Logger };

/** One notification about an item of a case, ready to be sent to any member who may have it. */
export interface Notice {
  kind: NotificationKind;
  itemId: string;
  case: DefenderCase;
  /** The email in the reader's words. */
  compose: (t: Translator, member: Member) => OutgoingEmail;
  /**
   * What the weekly digest shows for it when the member chose the digest; absent when the digest
   * already lists such items by itself (open requests of a posting, the coming observed hearings).
   */
  digestNote?: Pick<DigestNote, 'actionKey' | 'date'>;
}

export async function deliver(deps: NotifyDeps, notice: Notice, memberId: string): Promise<Outcome> {
  const member = await deps.store.getMember(memberId);
  // A deactivated member is told nothing, whatever lists still name them (a pledge, a request's posting).
  if (!member || !isActiveMember(member) || !mayBeToldAbout(member, notice.case)) return 'hidden';
  const delivery = notificationSettingsOf(member)[notice.kind];
  if (delivery === 'off') return 'off';
  const key: NotificationKey = { kind: notice.kind, itemId: notice.itemId, memberId };
  const at = deps.clock.now().toISOString();
  if (delivery === 'digest') {
    if (!notice.digestNote) return 'inDigest';
    const noted = await deps.store.noteForDigest({ ...key, caseId: notice.case.id, ...notice.digestNote, at });
    return noted ? 'noted' : 'alreadyDone';
  }
  if (await deps.store.isSuppressed(member.email)) return 'suppressed';

  const claim = await deps.store.claimNotification(key, at);
  if (!claim.claimed) return claim.status === 'sending' ? 'unknown' : 'alreadyDone';
  const reader = readerOf(member);
  let messageId: string;
  try {
    await loadCatalog(reader.language);
    ({ messageId } = await deps.mailer.send(notice.compose(translatorFor(reader.language, reader.timeZone), member)));
  } catch (error) {
    if (error instanceof MailOutcomeUnknownError) return 'unknown';
    await deps.store.releaseNotificationClaim(key).catch(() => undefined);
    deps.log.error('notification send failed', { kind: notice.kind, itemId: notice.itemId, memberId, error: (error as Error).name });
    return 'failed';
  }
  await deps.store.markNotificationSent(key, messageId, deps.clock.now().toISOString()).catch((error: unknown) => {
    // Sent all the same; the claim left `sending` still prevents a second email.
    deps.log.error('notification sent but not marked', { kind: notice.kind, itemId: notice.itemId, memberId, error: (error as Error).name });
  });
  return 'sent';
}

/** Delivers a notice to each member in turn; the totals say what happened to each. */
export async function deliverAll(deps: NotifyDeps, notice: Notice, memberIds: readonly string[], totals = zeroTotals()): Promise<Totals> {
  for (const id of new Set(memberIds)) totals[await deliver(deps, notice, id)] += 1;
  return totals;
}
