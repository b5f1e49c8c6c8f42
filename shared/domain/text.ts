/** Shared zod building blocks for free text and links typed by people. */
import { z } from 'zod';

/** Trims, then refuses empty strings and control characters other than newlines and tabs. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'Required.')
    .max(max, `At most ${max} characters.`)
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'Contains control characters.');

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
