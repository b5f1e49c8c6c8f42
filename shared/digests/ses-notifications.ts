/**
 * Bounces and complaints from SES, delivered by SNS: a permanent bounce or
 * a complaint puts the address on the suppression list that every digest
 * send checks; a transient bounce (mailbox full, server busy) changes
 * nothing. Accepts both shapes SES publishes: configuration-set event
 * publishing (`eventType`) and identity notifications (`notificationType`).
 *
 * The SNS envelope and SES's JSON are parsed leniently on purpose (not
 * `.strict()` like requests): AWS documents that it may add fields, and an
 * unknown field must not make us drop a complaint.
 */
import { z } from 'zod';
import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import type { Suppression } from '../digests/run.ts';
import { auditEntry } from '../writes/audit-entry.ts';

const recipients = z.array(z.object({ emailAddress: z.string() }).loose()).default([]);

const sesMessage = z
  .object({
    eventType: z.string().optional(),
    notificationType: z.string().optional(),
    bounce: z.object({ bounceType: z.string(), bounceSubType: z.string().optional(), bouncedRecipients: recipients, feedbackId: z.string().optional() }).loose().optional(),
    complaint: z.object({ complainedRecipients: recipients, complaintFeedbackType: z.string().optional(), feedbackId: z.string().optional() }).loose().optional(),
  })
  .loose();

const snsEvent = z.object({ Records: z.array(z.object({ Sns: z.object({ Message: z.string() }).loose() }).loose()) }).loose();

export interface SesEventsDeps {
  store: Pick<Store, 'suppressAddress'>;
  clock: Clock;
  log: Logger;
}

/** `Jane <jane@example.org>` or `jane@example.org` → `jane@example.org`. */
const addressOf = (value: string): string => (/<([^<>]+)>\s*$/.exec(value)?.[1] ?? value).trim().toLowerCase();

/** The suppressions one SES notification calls for (none for a transient bounce or a delivery). */
export function suppressionsIn(message: unknown, at: string): Suppression[] {
  const parsed = sesMessage.safeParse(message);
  if (!parsed.success) return [];
  const m = parsed.data;
  const type = m.eventType ?? m.notificationType;
  if (type === 'Bounce' && m.bounce?.bounceType === 'Permanent') {
    return m.bounce.bouncedRecipients.map((r) => ({
      email: addressOf(r.emailAddress), reason: 'bounce' as const, at,
      ...(m.bounce?.bounceSubType ? { detail: m.bounce.bounceSubType } : {}),
      ...(m.bounce?.feedbackId ? { feedbackId: m.bounce.feedbackId } : {}),
    }));
  }
  if (type === 'Complaint' && m.complaint) {
    return m.complaint.complainedRecipients.map((r) => ({
      email: addressOf(r.emailAddress), reason: 'complaint' as const, at,
      ...(m.complaint?.complaintFeedbackType ? { detail: m.complaint.complaintFeedbackType } : {}),
      ...(m.complaint?.feedbackId ? { feedbackId: m.complaint.feedbackId } : {}),
    }));
  }
  return [];
}

/**
 * The SES-events function's use case: every record of the SNS event, every
 * recipient in it. A record that is not JSON is logged and skipped (SNS
 * would redeliver it forever otherwise); a store failure throws, so that
 * Lambda retries the whole event (suppressing twice is harmless).
 */
export async function handleSesEvents(deps: SesEventsDeps, event: unknown): Promise<{ suppressed: number; ignored: number }> {
  const parsed = snsEvent.safeParse(event);
  if (!parsed.success) {
    deps.log.error('ses events: not an SNS event');
    return { suppressed: 0, ignored: 1 };
  }
  let suppressed = 0;
  let ignored = 0;
  for (const record of parsed.data.Records) {
    let message: unknown;
    try {
      message = JSON.parse(record.Sns.Message);
    } catch {
      deps.log.error('ses events: message is not JSON');
      ignored++;
      continue;
    }
    const at = deps.clock.now().toISOString();
    const found = suppressionsIn(message, at);
    if (found.length === 0) ignored++;
    for (const s of found) {
      await deps.store.suppressAddress(s, auditEntry(at, 'ses', 'mail.suppressed', { fields: [s.reason] }));
      suppressed++;
    }
  }
  deps.log.info('ses events handled', { suppressed, ignored });
  return { suppressed, ignored };
}
