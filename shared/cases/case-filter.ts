/**
 * The case list's filters other than visibility, on one case. The store
 * applies visibility in its query and these here, so that it knows every
 * case the caller may see along the way and can end a page on one of them.
 */
import type { DefenderCase } from '../domain/case.ts';
import type { CaseFilter } from '../ports/store.ts';

export function matchesCaseFilter(filter: CaseFilter, c: DefenderCase): boolean {
  return filter.states.includes(c.state)
    && (filter.country === undefined || c.country === filter.country)
    && (filter.statuses === undefined || c.riskStatuses.some((s) => filter.statuses!.includes(s)))
    && (filter.theme === undefined || c.themes.includes(filter.theme))
    && (filter.nameContains === undefined || c.defenderName.toLowerCase().includes(filter.nameContains))
    && (!filter.noAdopter || c.adopterCount === 0);
}
