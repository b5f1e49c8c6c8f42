/**
 * The sender: one queue message (an alert and up to 25 of its members) at a
 * time, the same code in the sender Lambda and in `npm start`'s local
 * poller. Exactly once per alert and member, as the digest does it: each
 * recipient's record is claimed (queued → sending) by a conditional write
 * before the send, and marked sent after (the message's sends in one
 * transaction, once it is done). Up to `concurrency` members are in hand at
 * once, each claim made while earlier members' emails wait for their turn
 * at the send rate, so the round trips to DynamoDB overlap the pacing. A redelivered message, a second
 * sender, a replayed request: none wins a claim already taken, so none sends
 * twice. A sender killed between claim and send leaves the claim "sending":
 * it is never resent (it may have gone), and the roster shows it as unknown.
 * A send the provider refused releases the claim and fails the message, so
 * the queue redelivers it and only the unsent members are retried.
 */
import { randomUUID } from 'node:crypto';
import { MailOutcomeUnknownError } from '../mail/mail-errors.ts';
import type { Logger } from '../ports/logger.ts';
import type { Mailer } from '../ports/mailer.ts';
import type { CoreDeps } from '../deps.ts';
import type { Store } from '../ports/store.ts';
import type { AlertDelivery } from './alert.ts';
import type { SentMark } from './alert-store.ts';
import { alertEmail } from './alert-email.ts';
import { alertUnsubscribeUrl } from './alert-unsubscribe.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';

export type SenderDeps = Pick<CoreDeps, 'clock' | 'appUrl' | 'secret'> & {
  store: Pick<Store, 'getDeliveryBatch' | 'suppressedAmong' | 'markAlertSuppressed' | 'claimAlertSend' | 'releaseAlertClaim' | 'markAlertsSent'
    | 'dueAlertReminders' | 'claimAlertReminder' | 'getAlertFor' | 'actedSince'>;
  log: Logger;
};

export interface DeliveryTally {
  sent: number;
  /** Already sent, or claimed by a sender that may have sent it. */
  skipped: number;
  suppressed: number;
  failed: number;
}

/** Thrown when some sends of the message failed: the queue must deliver it again. */
export class DeliveryIncompleteError extends Error {
  constructor(readonly tally: DeliveryTally) {
    super(`alert delivery incomplete: ${tally.failed} failed`);
  }
}

export interface DeliverOptions {
  /** The paced mailer shared by every message this process handles (TANDEM_SEND_RATE). */
  mailer: Mailer;
  /** Between claim and send: tests use it to kill the sender there. */
  afterClaim?: (memberId: string) => Promise<void> | void;
  /**
   * Members in hand at once within a message (each claimed, then waiting for
   * its turn at the send rate). Enough to keep the rate's slots filled while
   * claims take a round trip; few enough that a sender killed mid-message
   * leaves few claims unsent. @default 8
   */
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = 8;

export async function deliverAlert(deps: SenderDeps, delivery: AlertDelivery, options: DeliverOptions): Promise<DeliveryTally> {
  const tally: DeliveryTally = { sent: 0, skipped: 0, suppressed: 0, failed: 0 };
  const { alert, recipients } = await deps.store.getDeliveryBatch(delivery.alertId, delivery.memberIds);
  if (!alert) return tally; // An alert that is gone has nobody left to tell.
  const pending = recipients.filter((r) => r.status === 'queued');
  tally.skipped += recipients.length - pending.length;
  const suppressed = await deps.store.suppressedAmong(pending.map((r) => r.email));

  // Only the claim stands between a member and their email: what went is marked once the message is done
  // (one write for all), and suppressions while the next sends go out.
  const sent: SentMark[] = [];
  const marks: Promise<void>[] = [];
  const markFailures: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const r = pending[next++]!;
      if (suppressed.has(r.email.toLowerCase())) {
        // Failing, it fails the message (after the others' sends), so the queue brings it back.
        marks.push(deps.store.markAlertSuppressed(alert.id, r.memberId).catch((error: unknown) => void markFailures.push(error)));
        tally.suppressed += 1;
        continue;
      }
      const claimId = randomUUID();
      const claim = await deps.store.claimAlertSend(alert.id, r.memberId, claimId, deps.clock.now().toISOString());
      if (!claim.claimed) {
        tally.skipped += 1;
        continue;
      }
      await options.afterClaim?.(r.memberId);
      const links = {
        answerUrl: `${deps.appUrl}/alerts/${alert.id}`,
        unsubscribeUrl: alertUnsubscribeUrl(deps.appUrl, deps.secret, r.memberId),
      };
      let messageId: string;
      try {
        await loadCatalog(r.language);
        ({ messageId } = await options.mailer.send(alertEmail(alert, r, links)));
      } catch (error) {
        if (error instanceof MailOutcomeUnknownError) {
          tally.skipped += 1; // It may have gone: never resent.
          continue;
        }
        await deps.store.releaseAlertClaim(alert.id, r.memberId, claimId).catch(() => undefined);
        deps.log.error('alert send failed', { alertId: alert.id, memberId: r.memberId, error: (error as Error).name });
        tally.failed += 1;
        continue;
      }
      tally.sent += 1;
      sent.push({ memberId: r.memberId, claimId, messageId, at: deps.clock.now().toISOString() });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) }, worker));
  } finally {
    // What went is marked in one write, whatever stopped the rest; a claim left "sending" still prevents a second email.
    await deps.store.markAlertsSent(alert.id, sent).catch((error: unknown) => {
      deps.log.error('alerts sent but not marked', { alertId: alert.id, count: sent.length, error: (error as Error).name });
    });
  }
  await Promise.all(marks);
  if (markFailures.length > 0) throw markFailures[0];
  deps.log.info('alert delivery', { alertId: alert.id, ...tally });
  if (tally.failed > 0) throw new DeliveryIncompleteError(tally);
  return tally;
}
