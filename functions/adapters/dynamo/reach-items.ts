/**
 * The alert reach: one item per country (`REACH#COUNTRY#<cc>`) and per theme
 * (`REACH#THEME#<theme>`) listing the members an urgent alert on such a case
 * could reach through them, with the few facts the compose page's count needs.
 * The count then reads the case's country and themes in one BatchGet, however
 * many members follow them (shared/alerts/reach.ts).
 *
 * An item holds one attribute per member, `M#<memberId>` = `<role>|<country>|<flags>`
 * (flags: `f` follows it, `p` a diplomat posted to that country). Attributes
 * at the top level rather than a map, so that setting one member's entry on an
 * item that does not exist yet creates it in one UpdateItem.
 *
 * Only active members with alerts on are listed: everyone else receives no
 * alert whatever their follows. The table's stream keeps the items
 * (reach-projector.ts) from each member item's old and new image.
 *
 * Where it stops: an item is at most 409,600 bytes (names and values) and an
 * entry 45 to 50 (`M#` and a uuid, then `mp|FR|f`), so about 8,000 members
 * per country or theme. An update that would pass the limit marks the item
 * `full` instead (reach-projector.ts); a count that meets a full item is made
 * the send's own way (the follows index, then the members), still right but
 * growing with the followers again.
 */
import { THEMES, type Theme } from '#shared/domain/case-model.ts';
import type { Role } from '#shared/domain/member.ts';
import type { ReachEntry } from '#shared/alerts/index.ts';
import { followsOf } from './follow-items.ts';

export type ReachKind = 'COUNTRY' | 'THEME';
export const reachKey = (kind: ReachKind, value: string) => ({ pk: `REACH#${kind}#${value}`, sk: 'REACH' });
export const ENTRY_PREFIX = 'M#';

type Item = Record<string, unknown>;

/** Every reach item `member` (a member item's image) belongs to, with its entry there: `pk` → value. */
export function reachEntriesOf(member: Item | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!member || member.itemType !== 'member' || member.active === false || member.alertsOff === true) return out;
  const role = String(member.role);
  const country = typeof member.country === 'string' ? member.country : '';
  const follows = followsOf(member.preferences);
  const countryFlags = new Map<string, string>();
  for (const cc of follows.countries) countryFlags.set(cc, 'f');
  if (role === 'diplomat' && country) countryFlags.set(country, `${countryFlags.get(country) ?? ''}p`);
  for (const [cc, flags] of countryFlags) out.set(reachKey('COUNTRY', cc).pk, `${role}|${country}|${flags}`);
  for (const theme of follows.themes) out.set(reachKey('THEME', theme).pk, `${role}|${country}|f`);
  return out;
}

/** The entries of one reach item as the core reads them (the item's own country or theme is `kind`/`value`). */
export function reachOf(item: Item): ReachEntry[] {
  const pk = String(item.pk);
  const [, kind, value] = pk.split('#') as [string, ReachKind, string];
  const out: ReachEntry[] = [];
  for (const [name, raw] of Object.entries(item)) {
    if (!name.startsWith(ENTRY_PREFIX) || typeof raw !== 'string') continue;
    const [role, country, flags = ''] = raw.split('|') as [Role, string, string];
    const theme = kind === 'THEME' && (THEMES as readonly string[]).includes(value) ? (value as Theme) : undefined;
    out.push({
      memberId: name.slice(ENTRY_PREFIX.length), role, ...(country ? { country } : {}),
      followsCountry: kind === 'COUNTRY' && flags.includes('f'),
      posted: kind === 'COUNTRY' && flags.includes('p'),
      ...(theme && flags.includes('f') ? { followsTheme: theme } : {}),
    });
  }
  return out;
}
