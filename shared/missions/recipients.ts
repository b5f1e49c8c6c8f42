/**
 * Who receives an action request: the diplomats posted in the request's
 * country, and on a restricted case only those of them the case names (the
 * others may not see it). A request that would reach nobody is refused, and
 * the request form shows who will receive it.
 */
import { countryName } from '../domain/countries.ts';
import type { DefenderCase } from '../domain/case.ts';
import { ConflictError } from '../errors/index.ts';

export interface PostedDiplomat {
  id: string;
  name: string;
  mission?: string;
}

/** The diplomats posted in one country. */
export interface PostingRoster {
  country: string;
  diplomats: PostedDiplomat[];
}

type CaseAccess = Pick<DefenderCase, 'visibility' | 'namedMemberIds'>;

/** The diplomats of `roster` who would see a request on `c`. */
export function recipientsOf(roster: PostingRoster | undefined, c: CaseAccess): PostedDiplomat[] {
  const posted = roster?.diplomats ?? [];
  return c.visibility === 'restricted' ? posted.filter((d) => c.namedMemberIds.includes(d.id)) : posted;
}

/** What a write must find true: a diplomat posted in `country`, one of the named members on a restricted case. */
export function recipientsRule(c: CaseAccess, country: string): { country: string; anyOf?: string[] } {
  return c.visibility === 'restricted' ? { country, anyOf: c.namedMemberIds } : { country };
}

/** The refusal of a request that reaches nobody (409), saying why. */
export function reachesNobody(c: CaseAccess, country: string): ConflictError {
  const restricted = c.visibility === 'restricted';
  return new ConflictError(
    restricted
      ? `This restricted case names no diplomat posted in ${countryName(country)}: nobody would receive the request. Name one on the case, or ask another posting.`
      : `No diplomat of the network is posted in ${countryName(country)}: nobody would receive the request. Ask another posting.`,
    // The country goes as its code: the reader's language names it (shared/i18n/wording.ts).
    { wording: { key: restricted ? 'missions.errors.restrictedNobody' : 'missions.errors.nobodyPosted', values: { country } } },
  );
}
