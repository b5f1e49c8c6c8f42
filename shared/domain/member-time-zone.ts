/**
 * The time zone a member reads times in: the zone they saved (proposed by the
 * browser at their first sign-in, editable in settings), else the main zone of
 * their country, else UTC. Emails and pages both use it, so a member sees one
 * hour for one instant wherever it reaches them.
 */
import { mainTimeZoneOf } from './country-zones.ts';
import { canonicalTimeZone, isListedTimeZone } from './zoned-time.ts';

export function memberTimeZone(saved: unknown, country?: string): string {
  const zone = typeof saved === 'string' ? canonicalTimeZone(saved) : undefined;
  return zone && isListedTimeZone(zone) ? zone : mainTimeZoneOf(country ?? '');
}
