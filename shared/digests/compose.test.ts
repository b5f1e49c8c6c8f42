import { describe, expect, it } from 'vitest';
import { composeDigest, isEmpty } from './compose.ts';
import { DEFAULT_PREFERENCES, type DigestPreferences } from './preferences.ts';
import { BEFORE, DURING, WINDOW, defenderCase, event, hearing, inputs, member } from './testing/fixtures.ts';

const prefs = (extra: Partial<DigestPreferences> = {}): DigestPreferences => ({ ...DEFAULT_PREFERENCES, ...extra });

describe('composing a digest', () => {
  it("lists this week's events on the cases the member adopted or acted on, and only those", () => {
    const mp = member('mp');
    const adopted = defenderCase();
    const other = defenderCase();
    const data = inputs([adopted, other], {
      events: [event(adopted), event(other), event(adopted, { createdAt: BEFORE })],
      participations: new Map([[mp.id, [adopted.id]]]),
    });

    const digest = composeDigest(mp, prefs(), data, WINDOW);

    expect(digest.updates.map((u) => [u.case.id, u.events.length])).toEqual([[adopted.id, 1]]);
  });

  it('lists new cases of the week matching a country or a theme of interest', () => {
    const mp = member('mp');
    const byCountry = defenderCase({ country: 'KE', createdAt: DURING });
    const byTheme = defenderCase({ country: 'BR', themes: ['journalism'], createdAt: DURING });
    const neither = defenderCase({ country: 'BR', createdAt: DURING });
    const old = defenderCase({ country: 'KE' });

    const digest = composeDigest(mp, prefs({ countries: ['KE'], themes: ['journalism'] }), inputs([byCountry, byTheme, neither, old]), WINDOW);

    expect(digest.newCases.map((c) => c.id).sort()).toEqual([byCountry.id, byTheme.id].sort());
  });

  it("gives diplomats their posting's cases and open requests, overdue first", () => {
    const diplomat = member('diplomat', { country: 'CO' });
    const c = defenderCase({ createdAt: DURING });
    const elsewhere = defenderCase({ country: 'KE' });
    const data = inputs([c, elsewhere], {
      openRequests: [
        { id: 'r1', caseId: c.id, country: 'CO', actionLabel: 'Trial observation', dueDate: '2026-12-01', status: 'open' },
        { id: 'r2', caseId: c.id, country: 'CO', actionLabel: 'Prison visit', dueDate: '2026-11-20', status: 'open' },
        { id: 'r3', caseId: elsewhere.id, country: 'KE', actionLabel: 'Démarche', status: 'open' },
      ],
    });

    const digest = composeDigest(diplomat, prefs(), data, WINDOW);

    expect(digest.newCases.map((x) => x.id)).toEqual([c.id]);
    expect(digest.requests.map((r) => [r.actionLabel, r.overdue])).toEqual([['Prison visit', true], ['Trial observation', false]]);
  });

  it('lists hearings of the next 14 days on followed cases, by time; coordinators get all of them', () => {
    const mp = member('mp');
    const coordinator = member('coordinator');
    const followed = defenderCase({ country: 'KE' });
    const unrelated = defenderCase({ country: 'BR' });
    const data = inputs([followed, unrelated], {
      hearings: [hearing(followed, '2026-12-03T08:00'), hearing(followed, '2026-11-24T10:00'), hearing(unrelated), hearing(followed, '2026-12-07T00:00')],
    });

    expect(composeDigest(mp, prefs({ countries: ['KE'] }), data, WINDOW).hearings.map((h) => h.hearingAt)).toEqual(['2026-11-24T10:00', '2026-12-03T08:00']);
    expect(composeDigest(coordinator, prefs(), data, WINDOW).hearings).toHaveLength(3);
  });

  it('gives coordinators a gap summary: active cases without an adopter, and the gap rows', () => {
    const coordinator = member('coordinator');
    const unadopted = defenderCase({ adopterCount: 0 });
    const dormant = defenderCase({ adopterCount: 0, state: 'dormant' });
    const covered = defenderCase({ adopterCount: 2 });
    const data = inputs([unadopted, dormant, covered], { gaps: [{ caseId: covered.id, rule: 'detained_no_detention_visit', ageDays: 3 }] });

    const digest = composeDigest(coordinator, prefs(), data, WINDOW);

    expect(digest.gaps?.unadopted.map((c) => c.id)).toEqual([unadopted.id]);
    expect(digest.gaps?.other.map((g) => g.case.id)).toEqual([covered.id]);
    expect(composeDigest(member('mp'), prefs(), data, WINDOW).gaps).toBeUndefined();
  });

  it('names each case once in the gap summary: an unadopted case carries its own gaps, a case with two gaps is one entry', () => {
    const coordinator = member('coordinator');
    const unadoptedWithGap = defenderCase({ adopterCount: 0 });
    const twoGaps = defenderCase({ adopterCount: 1 });
    const data = inputs([unadoptedWithGap, twoGaps], {
      gaps: [
        { caseId: unadoptedWithGap.id, rule: 'on_trial_no_trial_observation', ageDays: 2 },
        { caseId: twoGaps.id, rule: 'detained_no_detention_visit', ageDays: 5 },
        { caseId: twoGaps.id, rule: 'judgment_not_executed', ageDays: 40 },
      ],
    });

    const gaps = composeDigest(coordinator, prefs(), data, WINDOW).gaps!;

    expect(gaps.unadopted.map((c) => [c.id, c.gaps])).toEqual([[unadoptedWithGap.id, [{ rule: 'on_trial_no_trial_observation', ageDays: 2 }]]]);
    expect(gaps.other.map((g) => [g.case.id, g.gaps])).toEqual([[twoGaps.id, [{ rule: 'detained_no_detention_visit', ageDays: 5 }, { rule: 'judgment_not_executed', ageDays: 40 }]]]);
  });

  it('orders updates newest first: events within a case, and cases by their newest event', () => {
    const mp = member('mp');
    const older = defenderCase();
    const newer = defenderCase();
    const data = inputs([older, newer], {
      events: [
        event(older, { date: '2026-11-16', title: 'older-1' }),
        event(newer, { date: '2026-11-17', title: 'newer-1' }),
        event(older, { date: '2026-11-18', title: 'older-2' }),
        event(newer, { date: '2026-11-20', title: 'newer-2' }),
      ],
      participations: new Map([[mp.id, [older.id, newer.id]]]),
    });

    const digest = composeDigest(mp, prefs(), data, WINDOW);

    expect(digest.updates.map((u) => u.events.map((e) => e.title))).toEqual([['newer-2', 'newer-1'], ['older-2', 'older-1']]);
  });

  it('leaves out restricted cases unless the member is named, and paused cases always', () => {
    const named = member('mp');
    const other = member('mp');
    const restricted = defenderCase({ visibility: 'restricted', namedMemberIds: [named.id], createdAt: DURING });
    const paused = defenderCase({ visibility: 'restricted', namedMemberIds: [named.id], pausedAt: DURING, createdAt: DURING });
    const data = inputs([restricted, paused], {
      events: [event(restricted), event(paused)],
      hearings: [hearing(restricted), hearing(paused)],
      participations: new Map([[named.id, [restricted.id, paused.id]], [other.id, [restricted.id, paused.id]]]),
    });
    const interested = prefs({ countries: ['CO'] });

    const forNamed = composeDigest(named, interested, data, WINDOW);
    const forOther = composeDigest(other, interested, data, WINDOW);
    const forCoordinator = composeDigest(member('coordinator'), interested, data, WINDOW);

    expect(forNamed.updates.map((u) => u.case.id)).toEqual([restricted.id]);
    expect(forNamed.hearings.map((h) => h.case.id)).toEqual([restricted.id]);
    expect(JSON.stringify(forNamed)).not.toContain(paused.id);
    expect(isEmpty(forOther)).toBe(true);
    expect(JSON.stringify(forCoordinator)).not.toContain(paused.id);
  });

  it('is empty when there is nothing new for the member', () => {
    const mp = member('mp');
    expect(isEmpty(composeDigest(mp, prefs({ countries: ['KE'] }), inputs([defenderCase({ createdAt: DURING })]), WINDOW))).toBe(true);
  });

  it('carries only the listed case fields, never summaries or other record fields', () => {
    const mp = member('mp');
    const c = defenderCase({ createdAt: DURING, summary: 'planted-summary', organisation: 'planted-org' });
    const digest = composeDigest(mp, prefs({ countries: ['CO'] }), inputs([c]), WINDOW);
    expect(digest.newCases).toHaveLength(1);
    expect(JSON.stringify(digest)).not.toMatch(/planted/);
  });
});
