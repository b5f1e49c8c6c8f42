/**
 * Demo digest settings: the demo members follow a few countries and themes
 * (one reads French, one Spanish) and one trial is scheduled next week, so
 * the next Monday's digest has something for each of them. All fictional.
 */
import { randomUUID } from 'node:crypto';
import { addEvent } from '#shared/cases/timeline.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member, Viewer } from '#shared/domain/member.ts';
import { DEFAULT_PREFERENCES, type DigestPreferences } from '#shared/digests/preferences.ts';
import type { CoreDeps } from '#shared/deps.ts';

const DEMO_PREFERENCES: Record<string, Partial<DigestPreferences>> = {
  'mp.one@example.org': { countries: ['CO', 'GT'], themes: ['land_environment'] },
  'mp.two@example.org': { countries: ['KE', 'EG'], themes: ['journalism'], language: 'fr' },
  'diplomat@example.org': { themes: ['indigenous_peoples'], language: 'es' },
};

export async function seedDigest(deps: CoreDeps, coordinator: Viewer, members: Map<string, Member>, cases: DefenderCase[]): Promise<void> {
  for (const [email, prefs] of Object.entries(DEMO_PREFERENCES)) {
    const m = members.get(email);
    if (!m) continue;
    await deps.store.savePreferences(m.id, { ...DEFAULT_PREFERENCES, ...prefs }, m.version, {
      id: randomUUID(), at: deps.clock.now().toISOString(), actorId: 'seed', action: 'member.preferences_updated', memberId: m.id,
    });
  }
  const rosa = cases.find((c) => c.defenderName === 'Rosa Ixchel');
  if (rosa) {
    const day = new Date(deps.clock.now().getTime() + 9 * 86_400_000).toISOString().slice(0, 10);
    await addEvent(deps, coordinator, rosa.id, undefined, {
      type: 'hearing', date: day, title: 'Trial hearing: usurpation charges', court: 'Fictional Criminal Court of Sololá', hearingAt: `${day}T15:00`,
    });
  }
}
