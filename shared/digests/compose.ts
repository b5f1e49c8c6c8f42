/**
 * One member's digest for one week, composed in memory from the run's
 * inputs. The rule of what a member may read is the app's own
 * (`canSeeCase`), plus one stricter line for email: a paused case is in no
 * digest at all, whoever is named on it. Cases reach the digest only as
 * `CaseLine`s, a short list of fields picked here, so nothing else of a case
 * (and never a sensitive field, which the inputs do not hold) can slip in.
 */
import { canSeeCase } from '../access/visibility.ts';
import type { RiskStatus, Theme } from '../domain/case.ts';
import type { Member, Role, Viewer } from '../domain/member.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import type { DigestCase, DigestEvent, DigestGap, DigestInputs } from './inputs.ts';
import type { DigestWindow } from './iso-week.ts';
import type { DigestPreferences } from './preferences.ts';

export interface CaseLine {
  id: string;
  defenderName: string;
  country: string;
  riskStatuses: RiskStatus[];
}

/** A gap on a case as the digest lists it: the rule's code and its age, worded when rendered. */
export type GapLine = Pick<DigestGap, 'rule' | 'ageDays'>;

export interface Digest {
  week: string;
  member: { id: string; name: string; role: Role };
  /** Events of the week on the cases the member adopted or acted on: newest first, and the case with the newest event first. */
  updates: Array<{ case: CaseLine; events: Array<Pick<TimelineEvent, 'type' | 'date' | 'title' | 'proceeding'>> }>;
  /** Diplomats: open action requests for their country of posting, overdue first. */
  requests: Array<{ case: CaseLine; actionLabel: string; dueDate?: string; overdue: boolean }>;
  /** `hearingAt` in UTC; `timeZone` the court's (UTC for hearings stored before zones). */
  hearings: Array<{ case: CaseLine; court: string; hearingAt: string; timeZone: string }>;
  /** Cases opened this week that match the member's countries or themes. */
  newCases: Array<CaseLine & { themes: Theme[] }>;
  /** The member's actions a coordinator verified in the window, when they chose to hear of it here (issue 11). */
  verified: Array<{ case: CaseLine; actionKey: string; date: string }>;
  /**
   * Coordinators only. Active cases no MP has adopted yet (the first
   * `GAP_LIST_LIMIT` named, with their own gaps), then the other cases with
   * gaps, one entry per case: no case is listed twice.
   */
  gaps?: {
    unadopted: Array<CaseLine & { gaps: GapLine[] }>;
    unadoptedCount: number;
    other: Array<{ case: CaseLine; gaps: GapLine[] }>;
  };
}

/** How many unadopted cases a coordinator's digest names (the rest is a count). */
export const GAP_LIST_LIMIT = 10;

const line = (c: DigestCase): CaseLine => ({ id: c.id, defenderName: c.defenderName, country: c.country, riskStatuses: c.riskStatuses });

export const viewerOf = (m: Member): Viewer => ({ kind: 'member', id: m.id, email: m.email, name: m.name, role: m.role });

/** May this case appear in this member's email? The app's visibility rule, and never while paused. */
export function digestMaySee(member: Member, c: DigestCase): boolean {
  return c.pausedAt === undefined && canSeeCase(viewerOf(member), c);
}

const inWindow = (at: string, w: DigestWindow) => at >= w.from && at < w.to;

export function composeDigest(member: Member, prefs: DigestPreferences, inputs: DigestInputs, window: DigestWindow): Digest {
  const visible = (id: string): DigestCase | undefined => {
    const c = inputs.cases.get(id);
    return c && digestMaySee(member, c) ? c : undefined;
  };
  const mine = new Set(inputs.participations.get(member.id) ?? []);
  // A diplomat follows the country of posting without having to say so.
  const countries = new Set([...prefs.countries, ...(member.role === 'diplomat' && member.country ? [member.country] : [])]);
  const themes = new Set(prefs.themes);
  const interesting = (c: DigestCase) => countries.has(c.country) || c.themes.some((t) => themes.has(t));

  const byCase = new Map<string, Digest['updates'][number]>();
  for (const e of newestFirst(inputs.events)) {
    const c = mine.has(e.caseId) && inWindow(e.createdAt, window) ? visible(e.caseId) : undefined;
    if (!c) continue;
    const entry = byCase.get(c.id) ?? { case: line(c), events: [] };
    entry.events.push({ type: e.type, date: e.date, title: e.title, ...(e.proceeding ? { proceeding: e.proceeding } : {}) });
    byCase.set(c.id, entry);
  }
  // A Map keeps insertion order: the case whose event came first in newest-first order leads.
  const updates = [...byCase.values()];

  const requests: Digest['requests'] = [];
  if (member.role === 'diplomat' && member.country) {
    const today = window.hearingsFrom.slice(0, 10);
    for (const r of inputs.openRequests) {
      const c = r.country === member.country ? visible(r.caseId) : undefined;
      if (!c) continue;
      requests.push({ case: line(c), actionLabel: r.actionLabel, ...(r.dueDate ? { dueDate: r.dueDate } : {}), overdue: !!r.dueDate && r.dueDate < today });
    }
    requests.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9'));
  }

  const hearings: Digest['hearings'] = [];
  for (const h of inputs.hearings) {
    const c = visible(h.caseId);
    if (!c || c.state === 'closed' || !h.hearingAt || h.hearingAt < window.hearingsFrom || h.hearingAt >= window.hearingsTo) continue;
    if (member.role === 'coordinator' || mine.has(c.id) || interesting(c)) {
      hearings.push({ case: line(c), court: h.court ?? '', hearingAt: h.hearingAt, timeZone: h.timeZone ?? 'UTC' });
    }
  }
  hearings.sort((a, b) => a.hearingAt.localeCompare(b.hearingAt));

  const newCases: Digest['newCases'] = [];
  for (const c of inputs.cases.values()) {
    if (inWindow(c.createdAt, window) && c.state !== 'closed' && !byCase.has(c.id) && interesting(c) && digestMaySee(member, c)) {
      newCases.push({ ...line(c), themes: [...c.themes] });
    }
  }
  newCases.sort((a, b) => a.defenderName.localeCompare(b.defenderName));

  // Checked again now: a case hidden or paused since the note was written is left out.
  const verified: Digest['verified'] = [];
  for (const n of inputs.notes) {
    const c = n.memberId === member.id && n.kind === 'actionVerified' ? visible(n.caseId) : undefined;
    if (c) verified.push({ case: line(c), actionKey: n.actionKey, date: n.date });
  }

  return {
    week: window.week,
    member: { id: member.id, name: member.name, role: member.role },
    updates, requests, hearings, newCases, verified,
    ...(member.role === 'coordinator' ? { gaps: gapSummary(member, inputs, visible) } : {}),
  };
}

/** The one order of events in a digest: newest first (by the event's date, then by when it was posted). */
function newestFirst(events: DigestEvent[]): DigestEvent[] {
  return [...events].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

function gapSummary(member: Member, inputs: DigestInputs, visible: (id: string) => DigestCase | undefined): NonNullable<Digest['gaps']> {
  const gapsOf = new Map<string, GapLine[]>();
  for (const g of inputs.gaps) {
    if (visible(g.caseId)) gapsOf.set(g.caseId, [...(gapsOf.get(g.caseId) ?? []), { rule: g.rule, ageDays: g.ageDays }]);
  }
  // From the case records today: active cases no MP has adopted yet, most recently updated first.
  const unadopted = [...inputs.cases.values()]
    .filter((c) => c.state === 'active' && c.adopterCount === 0 && digestMaySee(member, c))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const named = unadopted.slice(0, GAP_LIST_LIMIT);
  const listed = new Set(named.map((c) => c.id));
  const other = [...gapsOf].flatMap(([caseId, gaps]) => {
    const c = listed.has(caseId) ? undefined : visible(caseId);
    return c ? [{ case: line(c), gaps }] : [];
  });
  return { unadopted: named.map((c) => ({ ...line(c), gaps: gapsOf.get(c.id) ?? [] })), unadoptedCount: unadopted.length, other };
}

/** Nothing new: no email. */
export function isEmpty(d: Digest): boolean {
  const gaps = d.gaps ? d.gaps.unadoptedCount + d.gaps.other.length : 0;
  return d.updates.length + d.requests.length + d.hearings.length + d.newCases.length + d.verified.length + gaps === 0;
}
