/** Parliamentary actions as fields of a pledge or a logged action (./parliamentary-actions.ts holds the codes). */
import { z } from 'zod';
import { PARLIAMENTARY_ACTIONS } from './parliamentary-actions.ts';

/** One action code, e.g. `parliamentaryActionSchema.parse('prison_visit')`. */
export const parliamentaryActionSchema = z.enum(PARLIAMENTARY_ACTIONS, { error: 'Not a parliamentary action.' });

/** A list of distinct actions, at least one. */
export const parliamentaryActionListSchema = z
  .array(parliamentaryActionSchema)
  .min(1, 'Choose at least one action.')
  .max(PARLIAMENTARY_ACTIONS.length)
  .refine((a) => new Set(a).size === a.length, { message: 'Actions repeat.', params: { key: 'validation.repeats' } });
