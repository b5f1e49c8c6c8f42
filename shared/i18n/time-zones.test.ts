import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../domain/countries.ts';
import { canonicalTimeZone, mainTimeZoneOf, TIME_ZONES } from './time-zones.ts';

describe('time zones', () => {
  it('gives every known country a zone the runtime supports, and UTC to an unknown or missing one', () => {
    const withoutZone = [...COUNTRY_CODES].filter((code) => mainTimeZoneOf(code) === 'UTC');
    expect(withoutZone).toEqual([]);
    expect(mainTimeZoneOf('HN')).toBe('America/Tegucigalpa');
    expect(mainTimeZoneOf('RU')).toBe('Europe/Moscow');
    expect(mainTimeZoneOf('ZZ')).toBe('UTC');
    expect(mainTimeZoneOf(undefined)).toBe('UTC');
    for (const code of COUNTRY_CODES) expect(TIME_ZONES).toContain(mainTimeZoneOf(code));
  });

  it('accepts a current name the runtime spells otherwise, and refuses what is no zone', () => {
    expect(canonicalTimeZone('Europe/Paris')).toBe('Europe/Paris');
    expect(TIME_ZONES).toContain(canonicalTimeZone('Europe/Kyiv'));
    expect(TIME_ZONES).toContain(canonicalTimeZone('Asia/Kolkata'));
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    for (const bad of ['Mars/Olympus', '', 'x'.repeat(80), 42, undefined, '+05:00 ']) expect(canonicalTimeZone(bad)).toBeUndefined();
  });

  it('lists UTC first, then every zone once', () => {
    expect(TIME_ZONES[0]).toBe('UTC');
    expect(new Set(TIME_ZONES).size).toBe(TIME_ZONES.length);
    expect(TIME_ZONES.length).toBeGreaterThan(300);
  });
});
