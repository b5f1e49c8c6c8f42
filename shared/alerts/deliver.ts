/**
 * The sender: one queue message (an alert and up to 25 of its members) at a
 * time, the same code in the sender Lambda and in `npm start`'s local
 * poller. Exactly once per alert and member, as the digest does it: each
 * recipient's record is claimed (queued → sending) by a conditional write
 * before the send, and marked sent after. A redelivered message, a second
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
import type { AlertDelivery } from './alert.ts';
import { alertEmail } from './alert-email.ts';
import { alertUnsubscribeUrl } from './alert-unsubscribe.ts';

export type SenderDeps = Pick<CoreDeps, 'store' | 'clock' | 'appUrl' | 'secret'> & { log: Logger };

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
  /** Members sent at once within a message. @default 5 */
  concurrency?: number;
}

export async function deliverAlert(deps: SenderDeps, delivery: AlertDelivery, options: DeliverOptions): Promise<DeliveryTally> {
  const tally: DeliveryTally = { sent: 0, skipped: 0, suppressed: 0, failed: 0 };
  const { alert, recipients } = await deps.store.getDeliveryBatch(delivery.alertId, delivery.memberIds);
  if (!alert) return tally; // An alert that is gone has nobody left to tell.
  const pending = recipients.filter((r) => r.status === 'queued');
  tally.skipped += recipients.length - pending.length;
  const suppressed = await deps.store.suppressedAmong(pending.map((r) => r.email));

  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const r = pending[next++]!;
      if (suppressed.has(r.email.toLowerCase())) {
        await deps.store.markAlertSuppressed(alert.id, r.memberId);
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
      await deps.store.markAlertSent(alert.id, r.memberId, claimId, messageId, deps.clock.now().toISOString()).catch((error: unknown) => {
        // Sent all the same; the claim left "sending" still prevents a second email.
        deps.log.error('alert sent but not marked', { alertId: alert.id, memberId: r.memberId, error: (error as Error).name });
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 5) }, worker));
  deps.log.info('alert delivery', { alertId: alert.id, ...tally });
  if (tally.failed > 0) throw new DeliveryIncompleteError(tally);
  return tally;
}
