/** The EU Guidelines action type as a field of a request or a logged action (./eu-guidelines.ts holds the types themselves). */
import { z } from 'zod';
import { EU_ACTION_CODES } from './eu-guidelines.ts';

/** The schema for an action type field: one of the codes, with a readable message. */
export const euActionCode = z.enum(EU_ACTION_CODES, { message: 'Choose an EU Guidelines action type.' });
