import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { ValidationError } from '../errors/index.ts';

describe('list cursors', () => {
  it('round-trips a position', () => {
    const position = { pk: 'CASE#1', sk: 'CASE', gsi2sk: '2026-11-01T00:00:00.000Z#1' };
    expect(decodeCursor('k', encodeCursor('k', position))).toEqual(position);
  });

  it('refuses a cursor whose body was altered', () => {
    const cursor = encodeCursor('k', { pk: 'CASE#1' });
    const [, signature] = cursor.split('.');
    const forged = `${Buffer.from(JSON.stringify({ pk: 'CASE#2' })).toString('base64url')}.${signature}`;
    expect(() => decodeCursor('k', forged)).toThrow(ValidationError);
  });

  it('refuses a cursor signed with another key', () => {
    expect(() => decodeCursor('k', encodeCursor('other', { pk: 'x' }))).toThrow(ValidationError);
  });
});
