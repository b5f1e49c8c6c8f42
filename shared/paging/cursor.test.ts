import { describe, expect, it } from 'vitest';
import { openCursor, sealCursor, unsealCursor } from './cursor.ts';
import { ValidationError } from '../errors/index.ts';

const scope = { list: 'cases', caller: 'member:m1', filter: { country: 'KE' } };
const position = { pk: 'CASE#1', sk: 'CASE', gsi2sk: '2026-11-01T00:00:00.000Z#1' };

describe('list cursors', () => {
  it('round-trip a position for the same list, caller and filter', () => {
    expect(openCursor('k', scope, sealCursor('k', scope, position))).toEqual(position);
  });

  it('are opaque: nothing of the position shows, and the same position seals differently each time', () => {
    const a = sealCursor('k', scope, position);
    const b = sealCursor('k', scope, position);
    expect(a).not.toBe(b);
    for (const reading of [a, Buffer.from(a, 'base64url').toString('latin1')]) {
      expect(reading).not.toMatch(/CASE|gsi|2026/);
    }
  });

  it('are refused for another list, caller or filter', () => {
    const cursor = sealCursor('k', scope, position);
    for (const other of [{ ...scope, list: 'requests' }, { ...scope, caller: 'anonymous' }, { ...scope, filter: { country: 'CO' } }]) {
      expect(() => openCursor('k', other, cursor)).toThrow(ValidationError);
    }
  });

  it('are refused when altered, made up, or sealed with another key', () => {
    const cursor = sealCursor('k', scope, position);
    const flipped = Buffer.from(cursor, 'base64url');
    flipped[20] = flipped[20]! ^ 1;
    for (const bad of [flipped.toString('base64url'), `${cursor}x`, 'nonsense', '', sealCursor('other', scope, position)]) {
      expect(() => openCursor('k', scope, bad)).toThrow(ValidationError);
    }
    expect(unsealCursor('k', 'eyJwayI6IkNBU0UjMSJ9')).toBeUndefined();
  });
});
