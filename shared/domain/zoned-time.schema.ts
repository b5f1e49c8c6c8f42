/** A time zone as a field (./zoned-time.ts, which loads no zod, holds the conversions). */
import { z } from 'zod';
import { canonicalTimeZone } from './zoned-time.ts';

/** An IANA time zone name the runtime knows; the value is its canonical id. */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((name) => canonicalTimeZone(name) !== undefined, 'Not a known time zone.')
  .transform((name) => canonicalTimeZone(name) ?? name);
