/**
 * Each stage of a proceeding (lodged, communicated, decided, final) is a timeline event of its case,
 * written in the proceeding's own transaction. The event is derived from the proceeding alone: its
 * id from the proceeding's id and the stage, its day the stage's date, its posting time the moment the
 * stage was first dated (kept on the proceeding as `stagesPostedAt`, so the week's news line keeps its
 * key). A write compares the events of the proceeding before and after: a date set adds its event, a
 * date moved moves it, a date cleared removes it, and a save that changes no stage writes none, which
 * makes saving the same proceeding twice harmless.
 */
import { createHash } from 'node:crypto';
import type { ProceedingEventType, TimelineEvent } from '../domain/timeline.ts';
import type { Proceeding } from './proceeding.ts';

/** The stages that become events, and the event type of each. */
export const STAGE_EVENT_TYPES = {
  lodgedDate: 'proceeding_lodged',
  communicatedDate: 'proceeding_communicated',
  decisionDate: 'proceeding_decided',
  judgmentFinalDate: 'proceeding_final',
} as const satisfies Record<string, ProceedingEventType>;
export type EventStage = keyof typeof STAGE_EVENT_TYPES;
const STAGES = Object.keys(STAGE_EVENT_TYPES) as EventStage[];

/** A stable id per proceeding and stage (a name-based UUID, RFC 9562 version 5 layout). */
export function stageEventId(proceedingId: string, stage: EventStage): string {
  const hex = createHash('sha1').update(`proceeding-stage:${proceedingId}:${stage}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** When each dated stage was first dated: kept as it was, the stages dated now at `at`, those cleared dropped. */
export function stagesPostedAt(before: Proceeding | undefined, next: Omit<Proceeding, 'stagesPostedAt'>, at: string): Partial<Record<EventStage, string>> {
  const posted: Partial<Record<EventStage, string>> = {};
  for (const stage of STAGES) {
    if (next[stage]) posted[stage] = (before?.[stage] ? before.stagesPostedAt?.[stage] : undefined) ?? at;
  }
  return posted;
}

/**
 * The proceeding's stage events as they are stored. A stage dated before stage events existed has no
 * posting time and no event: the proceeding's next save adds it.
 */
export function stageEvents(p: Proceeding): TimelineEvent[] {
  return STAGES.flatMap((stage) => {
    const date = p[stage];
    const createdAt = p.stagesPostedAt?.[stage];
    if (!date || !createdAt) return [];
    const event: TimelineEvent = {
      id: stageEventId(p.id, stage), caseId: p.caseId, type: STAGE_EVENT_TYPES[stage], date,
      // The words come from the catalogs (domain/timeline-title.ts); the title holds what no catalog has.
      title: p.reference ?? '',
      proceeding: { id: p.id, internationalBody: p.internationalBody, ...(p.otherBody ? { otherBody: p.otherBody } : {}) },
      createdAt, createdBy: p.updatedBy, version: 1,
    };
    return [event];
  });
}

/** One stage event changed: added (no `before`), removed (no `after`), moved or reworded (both). */
export interface StageEventChange {
  before?: TimelineEvent;
  after?: TimelineEvent;
}

const sameEvent = (a: TimelineEvent, b: TimelineEvent): boolean =>
  a.date === b.date && a.title === b.title && a.createdAt === b.createdAt && JSON.stringify(a.proceeding) === JSON.stringify(b.proceeding);

/** What a write must change on the timeline: nothing when no stage's event differs. */
export function stageEventChanges(before: Proceeding | undefined, next: Proceeding): StageEventChange[] {
  const old = new Map((before ? stageEvents(before) : []).map((e) => [e.id, e]));
  const changes: StageEventChange[] = [];
  for (const after of stageEvents(next)) {
    const was = old.get(after.id);
    old.delete(after.id);
    // An unchanged event keeps its author: it is not written again.
    if (!was || !sameEvent(was, after)) changes.push({ ...(was ? { before: was } : {}), after: was ? { ...after, createdBy: was.createdBy } : after });
  }
  for (const gone of old.values()) changes.push({ before: gone });
  return changes;
}
