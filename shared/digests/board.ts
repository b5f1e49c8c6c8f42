/**
 * The digest board as the core reads it: what the stream keeps for previews
 * and the send page's count (functions/adapters/dynamo/digest-board-items.ts),
 * as the same records the job reads, so the rules that assemble, compose and
 * count (assemble.ts, compose.ts, plan.ts) are the job's own.
 */
import type { Member } from '../domain/member.ts';
import type { DigestRecords } from './records.ts';

export interface DigestBoard {
  /** Every member (deactivated ones too, as a member's own item reads), in the members list's order (lower-cased name, then id). */
  members: Member[];
  /** Suppressed addresses, lower-cased. */
  suppressed: string[];
  /** The members the week's digest was claimed for (its send records). */
  sentTo: string[];
  /** Every case's records, its coverage markers included (the board keeps them all). */
  records: DigestRecords;
}
