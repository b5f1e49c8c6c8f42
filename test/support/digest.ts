/**
 * Helpers for the digest tests: run the job against the harness's table,
 * count the digests each address received, act inside the reported week,
 * and plant what issues 4 and 5 will store (a child of a case naming a member).
 */
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Member } from '#shared/domain/member.ts';
import { DEFAULT_PREFERENCES, type DigestPreferences } from '#shared/digests/preferences.ts';
import { runDigest, type DigestRunOptions, type JobDeps } from '#shared/digests/run-digest.ts';
import type { DigestRun } from '#shared/digests/run.ts';
import type { Mailer } from '#shared/ports/mailer.ts';
import { createDocumentClient } from '#functions/adapters/dynamo/index.ts';
import type { Harness } from './harness.ts';

/** The harness clock starts on Monday 2026-11-23 09:00 UTC: this week's digest is 2026-W48. */
export const WEEK = '2026-W48';
const DAY = 86_400_000;

export const FAST: DigestRunOptions = { pacing: { ratePerSecond: 1000 }, concurrency: 4 };

export function runWeek(h: Harness, options: Partial<DigestRunOptions> & { mailer?: Mailer; deps?: Partial<JobDeps> } = {}): Promise<DigestRun> {
  const { mailer, deps, ...rest } = options;
  return runDigest({ ...h.deps, ...(mailer ? { mailer } : {}), ...deps }, { week: WEEK, trigger: 'cli' }, { ...FAST, ...rest });
}

/** Runs `act` with the clock three days back, inside the week W48 reports (16–22 November). */
export async function duringReportedWeek<T>(h: Harness, act: () => Promise<T>): Promise<T> {
  h.clock.advance(-3 * DAY);
  try {
    return await act();
  } finally {
    h.clock.advance(3 * DAY);
  }
}

/** Digests in the outbox (sign-in mails left out), by recipient. */
export async function digestsByRecipient(h: Harness): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const mail of await h.outbox.list()) {
    if (mail.headers['list-unsubscribe'] === undefined) continue;
    counts.set(mail.to, (counts.get(mail.to) ?? 0) + 1);
  }
  return counts;
}

export async function setPreferences(h: Harness, member: Member, prefs: Partial<DigestPreferences>): Promise<void> {
  await h.store.savePreferences(member.id, { ...DEFAULT_PREFERENCES, ...prefs }, member.version, {
    id: randomUUID(), at: h.clock.now().toISOString(), actorId: member.id, action: 'member.preferences_updated', memberId: member.id,
  });
  member.version += 1;
}

/**
 * What a pledge (issue 4) leaves: a child of the case naming the member, also indexed under the member
 * in byScope (pledge-items.ts), where a preview finds the cases its member took part in.
 */
export async function plantParticipation(h: Harness, caseId: string, memberId: string): Promise<void> {
  const doc = createDocumentClient({ region: 'local', endpoint: inject('dynamoEndpoint') });
  await doc.send(new PutCommand({
    TableName: h.table,
    Item: { pk: `CASE#${caseId}`, sk: `PLEDGE#${memberId}`, itemType: 'pledge', caseId, memberId, gsi1pk: `MEMBER#${memberId}`, gsi1sk: `PLEDGE#${caseId}` },
  }));
}

/** A mailer that fails (before SES would accept anything) once `okSends` messages went through. */
export function failingAfter(mailer: Mailer, okSends: number, failure: () => Error): Mailer & { attempts: number } {
  const wrapped = {
    attempts: 0,
    async send(email: Parameters<Mailer['send']>[0]) {
      wrapped.attempts += 1;
      if (wrapped.attempts > okSends) throw failure();
      return mailer.send(email);
    },
  };
  return wrapped;
}
