/** Fixtures for the digest's unit tests: a small network in week 2026-W48, built in memory. */
import type { DefenderCase } from '../../domain/case.ts';
import type { Member, Role } from '../../domain/member.ts';
import type { TimelineEvent } from '../../domain/timeline.ts';
import { emptyInputs, type DigestInputs } from '../inputs.ts';
import { digestWindow } from '../iso-week.ts';

export const WEEK = '2026-W48';
export const WINDOW = digestWindow(WEEK);
/** Inside the reported week (16–22 November 2026). */
export const DURING = '2026-11-18T10:00:00.000Z';
/** Before it. */
export const BEFORE = '2026-10-01T10:00:00.000Z';

let next = 0;
const id = () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;

export function member(role: Role, extra: Partial<Member> = {}): Member {
  const memberId = id();
  return { id: memberId, email: `${role}-${memberId.slice(-4)}@example.org`, name: `${role} ${memberId.slice(-4)}`, role, createdAt: BEFORE, version: 1, ...extra };
}

export function defenderCase(extra: Partial<DefenderCase> = {}): DefenderCase {
  return {
    id: id(), defenderName: `Defender ${next}`, country: 'CO', themes: ['land_environment'], riskStatuses: ['detained'],
    visibility: 'network', namedMemberIds: [], state: 'active', summary: 'Fixture summary.', recommendedActions: [],
    adopterCount: 1, createdAt: BEFORE, createdBy: 'c', updatedAt: BEFORE, updatedBy: 'c', version: 1, ...extra,
  };
}

export function event(c: DefenderCase, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id: id(), caseId: c.id, type: 'update', date: DURING.slice(0, 10), title: `News on ${c.defenderName}`, createdAt: DURING, createdBy: 'c', ...extra };
}

export function hearing(c: DefenderCase, at = '2026-11-30T09:30'): TimelineEvent {
  return event(c, { type: 'hearing', court: 'Fixture Court', hearingAt: at, title: 'Hearing', createdAt: BEFORE });
}

export function inputs(cases: DefenderCase[], extra: Partial<DigestInputs> = {}): DigestInputs {
  return { ...emptyInputs(), cases: new Map(cases.map((c) => [c.id, c])), ...extra };
}
