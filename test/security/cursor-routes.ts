/**
 * Every route that hands out a cursor (API `nextCursor`, a CSV `Link`
 * header, a page's `rel="next"` link), how to page through it and who may.
 * The leak test checks that this table covers every cursor the app emits.
 */
import type { Caller, CursorWorld } from './cursor-world.ts';

export interface CursorRoute {
  /** As the app registers it: `GET /api/cases`. */
  route: string;
  path(w: CursorWorld): string;
  callers: readonly Caller[];
  /** Each filter is one list to page through; the first is the default list. */
  filters: ReadonlyArray<Record<string, string>>;
  /** The page size asked for (routes without `limit` have a fixed one). */
  limit?: string;
  /** The ids a caller must get over all pages, when the table knows them. */
  expected?(w: CursorWorld, caller: Caller, filter: Record<string, string>): Set<string>;
  /** The ids of one page's items (API routes). */
  ids?(body: unknown): string[];
}

type Items = { items: Array<Record<string, unknown>> };
const itemIds = (body: unknown) => (body as Items).items.map((i) => String(i.id));
const NO_MATCH = { q: 'nomatch-xyz' };
const members = ['mp', 'another mp', 'diplomat', 'coordinator'] as const;
const everyone = ['anonymous', ...members] as const;

/** Cases of the KE world a caller sees, under a filter (a name nobody has matches none). */
const casesFor = (w: CursorWorld, caller: Caller, filter: Record<string, string>) =>
  filter.q ? new Set<string>() : filter.visibility === 'restricted' ? w.visibleRestricted[caller] : w.visibleCases[caller];

export const CURSOR_ROUTES: CursorRoute[] = [
  {
    route: 'GET /api/cases', path: () => '/api/cases', callers: everyone, limit: '1',
    filters: [{}, { country: 'KE' }, NO_MATCH, { ...NO_MATCH, country: 'KE' }, { visibility: 'restricted' }],
    expected: casesFor, ids: itemIds,
  },
  { route: 'GET /cases', path: () => '/cases', callers: everyone, filters: [{}, NO_MATCH, { ...NO_MATCH, country: 'KE' }] },
  {
    route: 'GET /api/action-requests', path: () => '/api/action-requests', callers: ['diplomat', 'coordinator'], limit: '1',
    filters: [{ country: 'KE' }, { country: 'KE', status: 'closed' }],
    expected: (w, caller, filter) =>
      filter.status === 'closed' ? new Set() : caller === 'coordinator' ? new Set([...w.visibleRequests, ...w.hiddenRequests]) : w.visibleRequests,
    ids: itemIds,
  },
  { route: 'GET /requests', path: () => '/requests', callers: ['diplomat', 'coordinator'], filters: [{ country: 'KE' }] },
  {
    route: 'GET /api/me/pledges', path: () => '/api/me/pledges', callers: ['mp', 'another mp'], limit: '1', filters: [{}],
    expected: (w, caller) => caller === 'mp' ? w.visibleAdoptions : new Set(),
    ids: (body) => (body as Items).items.map((i) => String((i.case as { id: string }).id)),
  },
  { route: 'GET /my-cases', path: () => '/my-cases', callers: ['mp'], limit: '1', filters: [{}] },
  { route: 'GET /api/gaps', path: () => '/api/gaps', callers: ['coordinator'], filters: [{}, { country: 'KE' }] },
  { route: 'GET /gaps', path: () => '/gaps', callers: ['coordinator'], filters: [{}, { country: 'KE' }] },
  { route: 'GET /api/cases/:id/audit', path: (w) => `/api/cases/${w.auditedCase}/audit`, callers: ['coordinator'], limit: '1', filters: [{}], ids: itemIds },
  { route: 'GET /cases/:id/audit', path: (w) => `/cases/${w.auditedCase}/audit`, callers: ['coordinator'], limit: '1', filters: [{}] },
  { route: 'GET /api/members/:id/audit', path: (w) => `/api/members/${w.mp.id}/audit`, callers: ['coordinator'], limit: '1', filters: [{}], ids: itemIds },
  { route: 'GET /members/:id/audit', path: (w) => `/members/${w.mp.id}/audit`, callers: ['coordinator'], limit: '1', filters: [{}] },
  { route: 'GET /api/digest-runs', path: () => '/api/digest-runs', callers: ['coordinator'], limit: '1', filters: [{}], ids: itemIds },
  { route: 'GET /digest-runs', path: () => '/digest-runs', callers: ['coordinator'], limit: '1', filters: [{}] },
  { route: 'GET /api/exports/cases.csv', path: () => '/api/exports/cases.csv', callers: ['coordinator'], filters: [{}, NO_MATCH] },
];

/** The cursor a response hands out, wherever it carries it. */
export function cursorOf(res: Response, text: string): string | undefined {
  const link = res.headers.get('link')?.match(/<([^>]+)>;\s*rel="next"/)?.[1];
  const href = link ?? text.match(/<a href="([^"]+)" rel="next"/)?.[1]?.replace(/&amp;/g, '&');
  if (href) return new URL(href, 'http://localhost').searchParams.get('cursor') ?? undefined;
  if (!(res.headers.get('content-type') ?? '').includes('json')) return undefined;
  const next = (JSON.parse(text) as { nextCursor?: unknown }).nextCursor;
  return typeof next === 'string' ? next : undefined;
}
