/**
 * What coordinators may set on a member (PATCH /api/members/{id}) and what an
 * invitation (POST /api/members) carries. `null` clears an optional field.
 * Interests are the countries and themes the member follows: they are the
 * digest's and the alerts' follows, stored with the member's preferences.
 */
import { z } from 'zod';
import { countryCode, THEMES } from '../domain/case.ts';
import { emailSchema, ROLES } from '../domain/member.ts';
import { text } from '../domain/text.ts';
import { UI_LANGUAGES } from '../i18n/languages.ts';

const unique = (values: readonly string[]) => new Set(values).size === values.length;

export const interestsSchema = z
  .object({
    countries: z.array(countryCode).max(60, 'At most 60 countries.').refine(unique, { message: 'Countries repeat.', params: { key: 'validation.repeats' } }),
    themes: z.array(z.enum(THEMES)).max(THEMES.length).refine(unique, { message: 'Themes repeat.', params: { key: 'validation.repeats' } }),
  })
  .strict();
export type Interests = z.infer<typeof interestsSchema>;

const committees = z.array(text(120)).max(20, 'At most 20 committees.');

export const memberChangesSchema = z
  .object({
    name: text(120),
    role: z.enum(ROLES),
    parliament: text(160).nullable(),
    party: text(120).nullable(),
    committees,
    /** The parliament's country (MPs) or the country of posting (diplomats). */
    country: countryCode.nullable(),
    /** The diplomat's mission: with `country`, their posting. */
    mission: text(160).nullable(),
    interests: interestsSchema,
    active: z.boolean(),
  })
  .partial()
  .strict();
export type MemberChanges = z.infer<typeof memberChangesSchema>;

export const inviteMemberSchema = z
  .object({
    email: emailSchema,
    name: text(120),
    role: z.enum(ROLES),
    parliament: text(160).optional(),
    party: text(120).optional(),
    committees: committees.optional(),
    country: countryCode.optional(),
    mission: text(160).optional(),
    interests: interestsSchema.optional(),
    /** The language of the welcome email (and of the member's pages until they choose). */
    language: z.enum(UI_LANGUAGES).default('en'),
  })
  .strict();
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;
