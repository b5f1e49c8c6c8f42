import { afterEach, describe, expect, it, vi } from 'vitest';
import { COUNTRY_CODES } from './countries.ts';
import { countriesWithZones, mainTimeZoneOf } from './country-zones.ts';
import { canonicalTimeZone, localToUtc, offsetMinutes, utcToLocal } from './zoned-time.ts';

describe('wall times in IANA zones, through Intl', () => {
  it('a zone without daylight saving: 14:00 in Tegucigalpa is 20:00 UTC, all year', () => {
    expect(localToUtc('2027-03-10T14:00', 'America/Tegucigalpa')).toBe('2027-03-10T20:00');
    expect(localToUtc('2027-07-10T14:00', 'America/Tegucigalpa')).toBe('2027-07-10T20:00');
    expect(utcToLocal(Date.parse('2027-03-10T20:00:00Z'), 'America/Tegucigalpa')).toBe('2027-03-10T14:00');
  });

  it('Paris across the March change: +1 before, +2 after, and the skipped half hour does not exist', () => {
    expect(localToUtc('2027-03-27T10:00', 'Europe/Paris')).toBe('2027-03-27T09:00');
    expect(localToUtc('2027-03-28T10:00', 'Europe/Paris')).toBe('2027-03-28T08:00');
    expect(localToUtc('2027-03-28T02:30', 'Europe/Paris')).toBeUndefined();
    expect(localToUtc('2027-03-28T01:59', 'Europe/Paris')).toBe('2027-03-28T00:59');
    expect(localToUtc('2027-03-28T03:00', 'Europe/Paris')).toBe('2027-03-28T01:00');
    expect(offsetMinutes(Date.parse('2027-03-28T00:59:00Z'), 'Europe/Paris')).toBe(60);
    expect(offsetMinutes(Date.parse('2027-03-28T01:00:00Z'), 'Europe/Paris')).toBe(120);
  });

  it('the hour repeated in October reads as its first occurrence; half-hour zones and the far side of the date line work', () => {
    expect(localToUtc('2027-10-31T02:30', 'Europe/Paris')).toBe('2027-10-31T00:30');
    expect(localToUtc('2027-01-05T09:00', 'Asia/Kolkata')).toBe('2027-01-05T03:30');
    expect(localToUtc('2027-01-05T09:00', 'Asia/Kathmandu')).toBe('2027-01-05T03:15');
    expect(localToUtc('2027-01-05T09:00', 'Pacific/Auckland')).toBe('2027-01-04T20:00');
    expect(localToUtc('2027-02-30T09:00', 'UTC')).toBeUndefined();
  });

  it('knows IANA names (aliases to the runtime\'s id) and refuses offsets and nonsense', () => {
    expect(canonicalTimeZone('America/Tegucigalpa')).toBe('America/Tegucigalpa');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Europe/Kyiv')).toBeDefined();
    for (const bad of ['+05:00', 'Mars/Olympus_Mons', 'europe', '', 'Europe/Paris; DROP']) expect(canonicalTimeZone(bad), bad).toBeUndefined();
  });
});

describe('each country\'s main time zone', () => {
  it('names a zone the runtime knows for every country but the uninhabited ones', () => {
    const missing = [...COUNTRY_CODES].filter((code) => !countriesWithZones().includes(code));
    expect(missing.sort()).toEqual(['AQ', 'BV', 'HM']);
    const unknown = countriesWithZones().filter((code) => canonicalTimeZone(mainTimeZoneOf(code)) !== mainTimeZoneOf(code));
    expect(unknown).toEqual([]);
  });

  it('picks the capital\'s zone where a country has several', () => {
    expect(mainTimeZoneOf('HN')).toBe('America/Tegucigalpa');
    expect(mainTimeZoneOf('FR')).toBe('Europe/Paris');
    expect(mainTimeZoneOf('US')).toBe('America/New_York');
    expect(mainTimeZoneOf('RU')).toBe('Europe/Moscow');
    expect(mainTimeZoneOf('BR')).toBe('America/Sao_Paulo');
    expect(mainTimeZoneOf('AQ')).toBe('UTC');
  });
});

describe('the runtime\'s list of zones', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is asked for on first use, once, not when the module loads (a cold start does not pay for it)', async () => {
    const asked = vi.spyOn(Intl, 'supportedValuesOf');
    vi.resetModules();
    const fresh = await import('./zoned-time.ts');
    expect(asked).not.toHaveBeenCalled();
    expect(fresh.timeZones()).toContain('Europe/Paris');
    expect(fresh.timeZones()).toContain('UTC');
    expect(fresh.isListedTimeZone('America/Tegucigalpa')).toBe(true);
    expect(fresh.isListedTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('lists each zone once, sorted', async () => {
    const { timeZones } = await import('./zoned-time.ts');
    const zones = timeZones();
    expect(new Set(zones).size).toBe(zones.length);
    expect([...zones].sort()).toEqual(zones);
  });
});
