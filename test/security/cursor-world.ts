/**
 * A network where hidden items are newer (or due sooner) than the visible
 * ones, so that a list's reads cross hidden items before reaching what the
 * caller may see: 210 restricted cases naming nobody, cases paused after an
 * MP pledged on them, and requests on hidden cases due first. Every id a
 * caller must not learn is collected in `hidden`.
 */
import { randomUUID } from 'node:crypto';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { zeroTotals } from '#shared/digests/run.ts';
import type { Harness } from '../support/harness.ts';

export const CALLERS = ['anonymous', 'mp', 'another mp', 'diplomat', 'coordinator'] as const;
export type Caller = (typeof CALLERS)[number];

export interface CursorWorld {
  cookies: Record<Caller, string | undefined>;
  mp: Member;
  coordinator: Member;
  /** A visible case with several audit lines. */
  auditedCase: string;
  /** Ids of cases and requests each caller may see (cases by visibility, requests of KE, the MP's adoptions). */
  visibleCases: Record<Caller, Set<string>>;
  visibleRestricted: Record<Caller, Set<string>>;
  visibleRequests: Set<string>;
  /** Requests on cases that were paused or restricted away from everyone but coordinators. */
  hiddenRequests: Set<string>;
  visibleAdoptions: Set<string>;
  /** Case and request ids hidden from every caller but the coordinator. */
  hidden: Set<string>;
  hiddenCases: Set<string>;
}

export const HIDDEN_NEWER_CASES = 210;

async function inPool<T>(size: number, items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

export async function seedCursorWorld(h: Harness): Promise<CursorWorld> {
  const coordinator = await h.addMember('coordinator');
  const mp = await h.addMember('mp');
  const co = await h.signIn(coordinator);
  const cookies: Record<Caller, string | undefined> = {
    anonymous: undefined,
    mp: await h.signIn(mp),
    'another mp': await h.signIn(await h.addMember('mp')),
    diplomat: await h.signIn(await h.addMember('diplomat', { country: 'KE', mission: 'EU Delegation to Kenya' })),
    coordinator: co,
  };
  const hidden = new Set<string>();
  const hiddenCases = new Set<string>();
  const hiddenRequests = new Set<string>();
  const visibleRequests = new Set<string>();
  const visibleAdoptions = new Set<string>();
  const make = async (input: Partial<DefenderCase> & Record<string, unknown>) =>
    h.createCase(co, { country: 'KE', defenderName: `Cursor ${randomUUID().slice(0, 6)}`, ...input });
  const request = async (caseId: string, dueDate: string) => {
    const res = await h.json('POST', `/api/cases/${caseId}/action-requests`, { cookie: co, body: { actionType: 'trial_observation', dueDate } });
    if (res.status !== 201) throw new Error(`request answered ${res.status}`);
    return ((await res.json()) as { id: string }).id;
  };
  const pledge = async (caseId: string) => {
    const res = await h.json('POST', `/api/cases/${caseId}/pledges`, { cookie: cookies.mp, body: { actions: ['prison_visit'] } });
    if (res.status !== 201) throw new Error(`pledge answered ${res.status}`);
  };

  // Visible, oldest: three public, two network, one restricted naming the MP.
  const publicCases = [await make({ visibility: 'public' }), await make({ visibility: 'public' }), await make({ visibility: 'public' })];
  const networkCases = [await make({ visibility: 'network' }), await make({ visibility: 'network' })];
  const namingMp = await make({ visibility: 'restricted', namedMemberIds: [mp.id] });
  for (const c of [...publicCases, ...networkCases]) {
    visibleRequests.add(await request(c.id, '2026-12-20'));
    await pledge(c.id);
    visibleAdoptions.add(c.id);
  }
  await h.json('POST', `/api/cases/${publicCases[0]!.id}/events`, { cookie: co, body: { type: 'update', date: '2026-11-01', title: 'Audited' } });

  // Hidden, newer: cases the MP pledged on, then paused or restricted away from them; requests on them due first.
  h.clock.advance(60_000);
  for (let i = 0; i < 4; i++) {
    const c = await make({ visibility: 'network' });
    await pledge(c.id);
    hiddenCases.add(c.id);
    hiddenRequests.add(await request(c.id, '2026-12-01'));
    const etag = (await h.json('GET', `/api/cases/${c.id}`, { cookie: co })).headers.get('etag')!;
    const hide = i % 2 === 0
      ? await h.json('POST', `/api/cases/${c.id}/pause`, { cookie: co, body: { reason: 'Reprisal', basis: 'reprisal' } })
      : await h.json('PUT', `/api/cases/${c.id}/visibility`, { cookie: co, headers: { 'if-match': etag }, body: { visibility: 'restricted', basis: 'reprisal' } });
    if (hide.status !== 200) throw new Error(`hiding answered ${hide.status}`);
  }
  h.clock.advance(60_000);
  await inPool(6, Array.from({ length: HIDDEN_NEWER_CASES }, (_, i) => i), async () => {
    hiddenCases.add((await make({ visibility: 'restricted' })).id);
  });
  for (const id of [...hiddenCases, ...hiddenRequests]) hidden.add(id);

  // Two digest runs, so that their history has a second page.
  for (const week of ['2026-W47', '2026-W48']) {
    await h.store.saveDigestRun({
      id: randomUUID(), week, trigger: 'coordinator', startedAt: h.clock.now().toISOString(), status: 'finished', members: 0, totals: zeroTotals(),
    });
  }

  const ids = (list: DefenderCase[]) => new Set(list.map((c) => c.id));
  const all = new Set([...publicCases, ...networkCases, namingMp].map((c) => c.id));
  return {
    cookies, mp, coordinator, auditedCase: publicCases[0]!.id, hidden, hiddenCases, hiddenRequests, visibleRequests, visibleAdoptions,
    visibleRestricted: {
      anonymous: new Set(), mp: ids([namingMp]), 'another mp': new Set(), diplomat: new Set(), coordinator: new Set([namingMp.id, ...hiddenCases]),
    },
    visibleCases: {
      anonymous: ids(publicCases),
      mp: ids([...publicCases, ...networkCases, namingMp]),
      'another mp': ids([...publicCases, ...networkCases]),
      diplomat: ids([...publicCases, ...networkCases]),
      coordinator: new Set([...all, ...hiddenCases]),
    },
  };
}
