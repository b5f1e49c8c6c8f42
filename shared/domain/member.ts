/** Members of the network: coordinators, MPs and diplomats. The schemas; the model (./member-model.ts, no zod) is re-exported. */
import { z } from 'zod';
import { countryCode } from './case.ts';
import { ROLES } from './member-model.ts';

export * from './member-model.ts';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'At most 254 characters.')
  .pipe(z.email('Not an email address.'));

export const signInRequestSchema = z.object({ email: emailSchema }).strict();

export const newMemberSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1).max(120),
    role: z.enum(ROLES),
    parliament: z.string().trim().min(1).max(160).optional(),
    party: z.string().trim().min(1).max(120).optional(),
    mission: z.string().trim().min(1).max(160).optional(),
    country: countryCode.optional(),
  })
  .strict();
export type NewMember = z.infer<typeof newMemberSchema>;
