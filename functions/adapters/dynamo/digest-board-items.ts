/**
 * The digest board: what a digest preview and the send page's count read
 * instead of the whole network, kept by the table's stream
 * (digest-projector.ts) and rebuilt by `npm run backfill:digests`.
 *
 * - `DIGEST_BOARD` (one partition): a card per case (`CASE#<id>`: the case
 *   without its summary and recommended actions, who took part in it, its
 *   hearings, the requests filed under its posting's open key and its coverage
 *   markers, as records: no rule applied), a copy of each member
 *   (`MEMBER#<id>`), each suppressed address (`SUPPRESSED#<email>`), and
 *   `READY` once the backfill has built it, naming the cards' format.
 * - Beside each week's news (`NEWS#<week>`, `EVENT#…`, written with the event):
 *   the notes made that week (`NOTE#<at>#<memberId>#<kind>#<itemId>`) and the members
 *   the digest reporting that week was claimed for (`SENT#<memberId>`: the digest of
 *   week W reports W − 1, so its send records sit beside W − 1's news).
 *
 * So a preview is the board and the week (two Queries) and composes from the
 * same records, assembled by the same rules (shared/digests/assemble.ts), as
 * the job that reads the base items (digest-records.ts). The board never
 * decides what a member receives: the job reads the cases themselves when it
 * sends.
 */
import type { Member } from '#shared/domain/member.ts';
import type { DigestBoard } from '#shared/digests/board.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import type { DigestNote } from '#shared/notifications/index.ts';
import type { DigestCase } from '#shared/digests/inputs.ts';
import type { DigestCoverageRecord, DigestRecords, DigestRequestRecord } from '#shared/digests/records.ts';
import { addWeeks, isoWeekOf, type DigestWindow } from '#shared/digests/iso-week.ts';
import { requestRecordOf, weekEventsFrom } from './digest-records.ts';
import { caseFromItem } from './items.ts';
import { stripKeys } from './keys.ts';

type Item = Record<string, unknown>;

export const BOARD_PK = 'DIGEST_BOARD';
export const boardKeys = {
  ready: { pk: BOARD_PK, sk: 'READY' },
  card: (caseId: string) => ({ pk: BOARD_PK, sk: `CASE#${caseId}` }),
  member: (memberId: string) => ({ pk: BOARD_PK, sk: `MEMBER#${memberId}` }),
  suppressed: (email: string) => ({ pk: BOARD_PK, sk: `SUPPRESSED#${email}` }),
  note: (n: Pick<DigestNote, 'at' | 'memberId' | 'kind' | 'itemId'>) => ({ pk: `NEWS#${isoWeekOf(new Date(n.at))}`, sk: `NOTE#${n.at}#${n.memberId}#${n.kind}#${n.itemId}` }),
  /** Beside the news the digest of `week` reports: the week before it (digestWindow). */
  sent: (week: string, memberId: string) => ({ pk: `NEWS#${addWeeks(week, -1)}`, sk: `SENT#${memberId}` }),
};

/**
 * The cards' format, written on `READY` by the backfill. Format 2 (issue 10): requests as stored records
 * (`actionType`, any status under the open key), where format 1 kept them filtered and labelled. A board
 * of another format reads as not built (previews read as the job does) until the backfill, which `npm start`
 * runs, rebuilds it.
 */
export const BOARD_FORMAT = 2;

/** Case fields no digest shows: left off the card, so the board stays small (and holds no case text). */
const LEFT_OFF = ['summary', 'recommendedActions', 'closedReason', 'organisation', 'nameLower'];

/** What the digest reads of a case's partition: every item but the consent ledger, events that are not hearings and sensitive fields. */
export interface CaseCard {
  case: DigestCase;
  /** The members who took part: the job's rule (case children carrying a `memberId`, not the consent ledger). */
  participants: string[];
  hearings: TimelineEvent[];
  requests: DigestRequestRecord[];
  markers: DigestCoverageRecord[];
}

/** The case's card from its partition's items; undefined when the case item is gone. */
export function caseCard(partition: readonly Item[]): Item | undefined {
  const caseItem = partition.find((i) => i.itemType === 'case');
  if (!caseItem) return undefined;
  const stripped = stripKeys<Item>(caseItem);
  const kept = Object.fromEntries(Object.entries(stripped).filter(([k]) => !LEFT_OFF.includes(k)));
  const participants = [...new Set(partition
    .filter((i) => typeof i.memberId === 'string' && i.itemType !== 'case' && i.itemType !== 'consent')
    .map((i) => String(i.memberId)))].sort();
  const hearings = partition
    .filter((i) => i.itemType === 'event' && i.type === 'hearing' && typeof i.hearingAt === 'string')
    .map((i) => {
      const { description: _description, ...hearing } = stripKeys<TimelineEvent>(i);
      return hearing;
    });
  // As the job's Query of a posting's requests: those its write filed under the open key.
  const requests = partition
    .filter((i) => i.itemType === 'request' && String(i.gsi1sk ?? '').startsWith('REQUEST#OPEN#'))
    .map(requestRecordOf);
  const markers = partition.filter((i) => i.itemType === 'coverage').map((i) => stripKeys<DigestCoverageRecord>(i));
  return { ...boardKeys.card(String(stripped.id)), itemType: 'digest_card', case: kept, participants, hearings, requests, markers };
}

export const memberCopy = (member: Item) => ({ ...boardKeys.member(String(member.id)), itemType: 'digest_member', member: stripKeys<Item>(member) });
export const suppressedCopy = (email: string) => ({ ...boardKeys.suppressed(email), itemType: 'digest_suppressed', email });

export function noteCopy(note: Item): Item {
  const { kind, itemId, memberId, caseId, actionKey, date, at } = note as unknown as DigestNote;
  return {
    ...boardKeys.note({ at, memberId, kind, itemId }), itemType: 'digest_note_copy', kind, itemId, memberId, caseId, actionKey, date, at,
    // It goes when the note goes.
    ...(typeof note.expiresAt === 'number' ? { expiresAt: note.expiresAt } : {}),
  };
}

export const sentMarker = (week: string, memberId: string, expiresAt?: unknown) => ({
  ...boardKeys.sent(week, memberId), itemType: 'digest_sent', memberId, ...(typeof expiresAt === 'number' ? { expiresAt } : {}),
});

/** The board's items and the week's into the digest's records; undefined until the board is built in this format. */
export function boardFrom(boardItems: readonly Item[], weekItems: readonly Item[], window: DigestWindow): DigestBoard | undefined {
  if (!boardItems.some((i) => i.sk === boardKeys.ready.sk && i.format === BOARD_FORMAT)) return undefined;
  const cards = boardItems.filter((i) => i.itemType === 'digest_card') as unknown as CaseCard[];
  const participations = new Map<string, string[]>();
  for (const card of cards) {
    for (const memberId of card.participants) participations.set(memberId, [...(participations.get(memberId) ?? []), card.case.id]);
  }
  // As the job's Query of byKind HEARINGS: from the window's end, for fourteen days, by time.
  const calendarKey = (h: TimelineEvent) => `${h.hearingAt}#${h.caseId}#${h.id}`;
  const records: DigestRecords = {
    cases: cards.map((card) => caseFromItem(card.case as unknown as Item)),
    participations,
    hearings: cards.flatMap((c) => c.hearings)
      .filter((h) => calendarKey(h) >= window.hearingsFrom && calendarKey(h) <= window.hearingsTo)
      .sort((a, b) => (calendarKey(a) < calendarKey(b) ? -1 : 1)),
    requests: cards.flatMap((c) => c.requests),
    markers: cards.flatMap((c) => c.markers),
    events: weekEventsFrom(weekItems.filter((i) => i.itemType === 'news'), window),
    notes: weekItems
    .filter((i) => i.itemType === 'digest_note_copy' && String(i.at) >= window.from && String(i.at) < window.to)
    .sort((a, b) => String(a.sk).localeCompare(String(b.sk)))
    .map(({ kind, itemId, memberId, caseId, actionKey, date, at }) => ({ kind, itemId, memberId, caseId, actionKey, date, at }) as DigestNote),
  };
  const members = boardItems
    .filter((i) => i.itemType === 'digest_member')
    .map((i) => i.member as Member)
    // The members list's order (byKind MEMBERS: the lower-cased name, then the id).
    .sort((a, b) => `${a.name.toLowerCase()}#${a.id}`.localeCompare(`${b.name.toLowerCase()}#${b.id}`));
  return {
    members,
    suppressed: boardItems.filter((i) => i.itemType === 'digest_suppressed').map((i) => String(i.email).toLowerCase()),
    sentTo: weekItems.filter((i) => i.itemType === 'digest_sent').map((i) => String(i.memberId)),
    records,
  };
}
