import { describe, expect, it } from 'vitest';
import { addWeeks, digestWindow, isoWeekOf, mayBeSent, weekStart } from './iso-week.ts';
import { isoWeekSchema } from './iso-week.schema.ts';

describe('ISO weeks', () => {
  it.each([
    ['2026-11-23T09:00:00Z', '2026-W48'],
    ['2026-11-22T23:59:59Z', '2026-W47'],
    ['2025-12-29T00:00:00Z', '2026-W01'],
    ['2027-01-03T12:00:00Z', '2026-W53'],
    ['2021-01-03T12:00:00Z', '2020-W53'],
    ['2024-12-30T00:00:00Z', '2025-W01'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(new Date(date))).toBe(week);
  });

  it('starts a week on its Monday at 00:00 UTC', () => {
    expect(weekStart('2026-W48')?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(weekStart('2026-W01')?.toISOString()).toBe('2025-12-29T00:00:00.000Z');
  });

  it('refuses weeks that do not exist', () => {
    expect(weekStart('2021-W53')).toBeUndefined();
    expect(weekStart('2026-W00')).toBeUndefined();
    expect(isoWeekSchema.safeParse('2026-W54').success).toBe(false);
    expect(isoWeekSchema.safeParse('2026-48').success).toBe(false);
    expect(isoWeekSchema.safeParse('2026-W53').success).toBe(true);
  });

  it('adds weeks across years', () => {
    expect(addWeeks('2026-W53', 1)).toBe('2027-W01');
    expect(addWeeks('2026-W01', -1)).toBe('2025-W52');
  });

  it("a week's digest reports the seven days before its Monday and the hearings of the fourteen days from it", () => {
    expect(digestWindow('2026-W48')).toEqual({
      week: '2026-W48',
      from: '2026-11-16T00:00:00.000Z',
      to: '2026-11-23T00:00:00.000Z',
      hearingsFrom: '2026-11-23T00:00',
      hearingsTo: '2026-12-07T00:00',
    });
  });

  it('may be sent once the week it reports has ended', () => {
    expect(mayBeSent('2026-W48', new Date('2026-11-23T00:00:00Z'))).toBe(true);
    expect(mayBeSent('2026-W48', new Date('2026-11-22T23:59:59Z'))).toBe(false);
    // On the Monday of W49, W50 reports a week that has just begun.
    expect(mayBeSent('2026-W50', new Date('2026-11-30T09:00:00Z'))).toBe(false);
  });
});
