/**
 * Demo timeline events and sensitive fields for a few seeded cases, written
 * through the same use cases as real data. Dates are relative to today so
 * the demo always looks current. All fictional.
 */
import { addEvent } from '#shared/cases/timeline.ts';
import { saveSensitive } from '#shared/case-safety/sensitive.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { CoreDeps } from '#shared/deps.ts';

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

export async function seedTimeline(deps: CoreDeps, coordinator: Viewer, cases: DefenderCase[]): Promise<void> {
  const now = deps.clock.now();
  const byName = (name: string) => cases.find((c) => c.defenderName === name);
  const julian = byName('Julián Mora');
  if (julian) {
    await addEvent(deps, coordinator, julian.id, undefined, { type: 'threat', date: daysAgo(now, 60), title: 'Anonymous threats after the strike call' });
    await addEvent(deps, coordinator, julian.id, undefined, { type: 'arrest', date: daysAgo(now, 21), title: 'Detained at the plantation gate', description: 'Held at the regional police station; no charge filed.' });
    await saveSensitive(deps, coordinator, julian.id, '"0"', {
      contactDetails: 'Family contact through the union office only (fictional).',
      legalNotes: 'Lawyer: fictional firm; habeas corpus filed.',
    });
  }
  const wanjiru = byName('Wanjiru Kamau');
  if (wanjiru) {
    await addEvent(deps, coordinator, wanjiru.id, undefined, { type: 'charge', date: daysAgo(now, 30), title: 'Charged with incitement' });
  }
}
