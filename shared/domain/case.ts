/**
 * Defender cases: the vocabulary (risk statuses, themes, visibility, state)
 * and the zod schemas every input about a case is checked against.
 */
import { z } from 'zod';
import { COUNTRY_CODES } from './countries.ts';

export const RISK_STATUSES = [
  'threatened', 'attacked', 'disappeared', 'detained', 'charged', 'on_trial',
  'sentenced', 'released', 'acquitted', 'relocated', 'killed',
] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const THEMES = [
  'land_environment', 'journalism', 'women_hrds', 'lgbti_rights', 'labour',
  'indigenous_peoples', 'lawyers', 'minority_rights', 'freedom_of_religion',
  'students_academics', 'anti_corruption', 'democracy_elections',
] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What the defender consented to. `public`: public pages and digests;
 * `network`: signed-in members; `restricted`: coordinators (and, later,
 * members a coordinator names).
 */
export const VISIBILITIES = ['public', 'network', 'restricted'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const CASE_STATES = ['active', 'dormant', 'closed'] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const RISK_STATUS_LABELS: Record<RiskStatus, string> = {
  threatened: 'Threatened', attacked: 'Attacked', disappeared: 'Disappeared',
  detained: 'Detained', charged: 'Charged', on_trial: 'On trial', sentenced: 'Sentenced',
  released: 'Released', acquitted: 'Acquitted', relocated: 'Relocated', killed: 'Killed',
};

export const THEME_LABELS: Record<Theme, string> = {
  land_environment: 'Land and environment', journalism: 'Journalism', women_hrds: 'Women HRDs',
  lgbti_rights: 'LGBTI rights', labour: 'Labour rights', indigenous_peoples: 'Indigenous peoples',
  lawyers: 'Lawyers', minority_rights: 'Minority rights', freedom_of_religion: 'Freedom of religion',
  students_academics: 'Students and academics', anti_corruption: 'Anti-corruption',
  democracy_elections: 'Democracy and elections',
};

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  public: 'Public: public pages and digests',
  network: 'Network: signed-in members only',
  restricted: 'Restricted: coordinators only',
};

/** A stored defender case (the non-sensitive part; sensitive fields live apart). */
export interface DefenderCase {
  id: string;
  defenderName: string;
  country: string;
  themes: Theme[];
  organisation?: string;
  riskStatus: RiskStatus;
  visibility: Visibility;
  state: CaseState;
  summary: string;
  recommendedActions: string[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Optimistic-locking counter, exposed as the ETag. */
  version: number;
}

/** Trims, then refuses empty strings and control characters other than newlines and tabs. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'Required.')
    .max(max, `At most ${max} characters.`)
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'Contains control characters.');

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => COUNTRY_CODES.has(c), 'Not an ISO 3166-1 alpha-2 country code.');

const caseFields = {
  defenderName: text(120),
  country: countryCode,
  themes: z
    .array(z.enum(THEMES))
    .min(1, 'Choose at least one theme.')
    .max(THEMES.length)
    .refine((t) => new Set(t).size === t.length, 'Themes repeat.'),
  organisation: text(160).optional(),
  riskStatus: z.enum(RISK_STATUSES),
  visibility: z.enum(VISIBILITIES),
  state: z.enum(CASE_STATES),
  summary: text(4000),
  recommendedActions: z.array(text(300)).max(20, 'At most 20 recommended actions.'),
};

export const createCaseSchema = z
  .object({
    ...caseFields,
    state: caseFields.state.default('active'),
    recommendedActions: caseFields.recommendedActions.default([]),
  })
  .strict();
export type CreateCaseInput = z.infer<typeof createCaseSchema>;

export const updateCaseSchema = z
  .object(caseFields)
  .partial()
  .strict()
  .refine((u) => Object.keys(u).length > 0, 'Send at least one field to change.');
export type UpdateCaseInput = z.infer<typeof updateCaseSchema>;

export const caseListQuerySchema = z
  .object({
    country: countryCode.optional(),
    status: z.enum(RISK_STATUSES).optional(),
    theme: z.enum(THEMES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z.string().max(2000).optional(),
  })
  .strict();
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const caseIdSchema = z.string().uuid('Not a case id.');
