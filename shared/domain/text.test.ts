/**
 * `text(max)`: what people type, trimmed and bounded; one schema per length, shared by every field
 * of that length, so sharing must never let one field's use change another's.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { text } from './text.ts';

const messages = (r: { success: boolean; error?: z.ZodError }) => r.error?.issues.map((i) => i.message) ?? [];

describe('text(max)', () => {
  it('trims, then refuses empty, too long and control characters; keeps newlines and tabs', () => {
    expect(text(5).parse('  abc \n')).toBe('abc');
    expect(text(10).parse('a\nb\tc')).toBe('a\nb\tc');
    expect(messages(text(5).safeParse('   '))).toEqual(['Required.']);
    expect(messages(text(5).safeParse('abcdef'))).toEqual(['At most 5 characters.']);
    expect(text(5).safeParse(' abcde ').success).toBe(true);
    expect(messages(text(50).safeParse('bell\u0007'))).toEqual(['Contains control characters.']);
    expect(messages(text(50).safeParse('del\u007F'))).toEqual(['Contains control characters.']);
    expect(text(5).safeParse(12).success).toBe(false);
  });

  it('is one schema per length', () => {
    expect(text(120)).toBe(text(120));
    expect(text(120)).not.toBe(text(160));
  });

  it('a field that makes its text optional or describes it leaves the shared schema as it was', () => {
    const shared = text(77);
    const optional = shared.optional();
    const described = shared.describe('A note.');
    expect(optional.parse(undefined)).toBeUndefined();
    expect(shared.safeParse(undefined).success).toBe(false);
    expect(described.description).toBe('A note.');
    expect(shared.description).toBeUndefined();
    expect(text(77).description).toBeUndefined();
  });

  it('is documented with its bounds, as the chain of checks documented it', () => {
    expect(z.toJSONSchema(text(42))).toMatchObject({ type: 'string', minLength: 1, maxLength: 42 });
  });
});
