/** An ISO week as a field (./iso-week.ts, which loads no zod, holds the calendar). */
import { z } from 'zod';
import { ISO_WEEK_PATTERN, weekStart, windowFitsTimeline } from './iso-week.ts';

export const isoWeekSchema = z
  .string()
  .regex(ISO_WEEK_PATTERN, 'Use an ISO week such as 2026-W48.')
  .refine((w) => weekStart(w) !== undefined, 'This year has no such week.')
  .refine(windowFitsTimeline, 'This week is too far ahead.');
