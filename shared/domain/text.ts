/** Shared zod building blocks for free text and links typed by people. */
import { z } from 'zod';

const noControlCharacters = (s: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s);

const textOfLength = (max: number) =>
  // One `check` with every check, not a chain: each link of a chain builds a schema of its own.
  z.string().check(z.trim(), z.minLength(1, 'Required.'), z.maxLength(max, `At most ${max} characters.`), z.refine(noControlCharacters, 'Contains control characters.'));

/**
 * One schema per length, shared: a zod schema is immutable (`.optional()`, `.describe()` and
 * `.openapi()` return new ones), and the app asks for 59 texts of 9 lengths. Built once, they cost a
 * cold start 54 zod objects rather than 540 (issue 14).
 */
const texts = new Map<number, ReturnType<typeof textOfLength>>();

/** Trims, then refuses empty strings and control characters other than newlines and tabs. */
export const text = (max: number) => {
  let schema = texts.get(max);
  if (!schema) texts.set(max, (schema = textOfLength(max)));
  return schema;
};

/** Only https links: evidence and references must not be javascript:, data: or plain http. */
export const httpsUrl = z
  .string()
  .trim()
  .max(2000, 'At most 2000 characters.')
  .refine((s) => {
    try {
      const url = new URL(s);
      return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'Must be an https:// link.');

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD.')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'Not a real date.');

/** A local date and time, `YYYY-MM-DDTHH:mm`, as typed in a datetime-local field. */
export const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use the form YYYY-MM-DDTHH:mm.')
  .refine((d) => !Number.isNaN(Date.parse(`${d}:00Z`)), 'Not a real date and time.');
