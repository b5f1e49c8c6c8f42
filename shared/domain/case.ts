/**
 * Defender cases: the vocabulary (risk statuses, themes, visibility, state)
 * and the zod schemas every input about a case is checked against.
 */
import { z } from 'zod';
import { COUNTRY_CODES } from './countries.ts';
import { text } from './text.ts';

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
 * `network`: signed-in members; `restricted`: coordinators and the members
 * a coordinator names on the case.
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
  restricted: 'Restricted: coordinators and named members only',
};

/** On what basis a visibility was chosen or changed (the consent ledger). */
export const CONSENT_BASES = ['explicit_consent', 'partner_request', 'vital_interest', 'reprisal'] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];

export const CONSENT_BASIS_LABELS: Record<ConsentBasis, string> = {
  explicit_consent: "The defender's explicit consent",
  partner_request: "A partner organisation's request",
  vital_interest: 'Vital interest (the defender cannot be asked)',
  reprisal: 'Reprisal or risk of reprisal',
};

/** A stored defender case (the non-sensitive part; sensitive fields live apart). */
export interface DefenderCase {
  id: string;
  defenderName: string;
  country: string;
  themes: Theme[];
  organisation?: string;
  /**
   * The defender's current risk statuses, at least one, none twice (detained and charged at
   * once). Items stored before several statuses existed carry a single `riskStatus`: the store
   * reads it as a list of one (`withRiskStatuses`).
   */
  riskStatuses: RiskStatus[];
  /** When the statuses last changed; absent on older records: use createdAt. */
  riskStatusSince?: string;
  /** When the case entered each of its statuses (the gap view's clock); absent on older records: riskStatusSince. */
  statusSince?: Partial<Record<RiskStatus, string>>;
  visibility: Visibility;
  /** Members (besides coordinators) who may see a restricted case. Empty otherwise. */
  namedMemberIds: string[];
  /** Set while publicity is paused after a reprisal (visibility is then restricted). */
  pausedAt?: string;
  /**
   * While paused: the members the pause notice went to (those already acting
   * on the case). They keep its page and API to follow the coordinators'
   * guidance, and see it in no list, feed or email.
   */
  pausedFollowerIds?: string[];
  /**
   * On a case not consented as public: when a coordinator cleared MPs' public action
   * (public statements, social media, actions logged as public). A change of visibility
   * ends it; a pause suspends it.
   */
  publicActionClearedAt?: string;
  state: CaseState;
  /** Why the case was closed; required when state is closed. */
  closedReason?: string;
  summary: string;
  recommendedActions: string[];
  /** MPs who pledged on the case (kept in step with pledges, in the same transaction). */
  adopterCount: number;
  /**
   * Judgments on the case final and not executed, as `<day it became final>#<proceeding id>` (a
   * string set, added to and deleted from atomically by the proceedings' writes; absent when empty).
   * Read by the gap view (shared/proceedings/execution-gaps.ts).
   */
  executionWatch?: Set<string>;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Optimistic-locking counter, exposed as the ETag. */
  version: number;
}

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => COUNTRY_CODES.has(c), 'Not an ISO 3166-1 alpha-2 country code.');

const memberIds = z
  .array(z.string().uuid('Not a member id.'))
  .max(100, 'At most 100 named members.')
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Members repeat.', params: { key: 'validation.repeats' } });

const caseFields = {
  defenderName: text(120),
  country: countryCode,
  themes: z
    .array(z.enum(THEMES))
    .min(1, 'Choose at least one theme.')
    .max(THEMES.length)
    .refine((t) => new Set(t).size === t.length, { message: 'Themes repeat.', params: { key: 'validation.repeats' } }),
  organisation: text(160).optional(),
  riskStatuses: z
    .array(z.enum(RISK_STATUSES))
    .min(1, 'Choose at least one risk status.')
    .max(RISK_STATUSES.length)
    .refine((s) => new Set(s).size === s.length, { message: 'Risk statuses repeat.', params: { key: 'validation.repeats' } }),
  riskStatus: z.enum(RISK_STATUSES).describe('Older clients: one current risk status, read as riskStatuses: [riskStatus]. Give one of the two, not both.'),
  state: z.enum(CASE_STATES),
  closedReason: text(500).optional(),
  summary: text(4000),
  recommendedActions: z.array(text(300)).max(20, 'At most 20 recommended actions.'),
};

type Ctx = z.RefinementCtx;
const onlyRestrictedNames = (v: { visibility: Visibility; namedMemberIds: string[] }, ctx: Ctx) => {
  if (v.visibility !== 'restricted' && v.namedMemberIds.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['namedMemberIds'], message: 'Only a restricted case names members.', params: { key: 'validation.case.namesOnlyRestricted' } });
  }
};
/** `riskStatus` is the older single form of `riskStatuses`: one of the two, never both. */
const oneFormOfStatus = (required: boolean) => (v: { riskStatuses?: RiskStatus[]; riskStatus?: RiskStatus }, ctx: Ctx) => {
  if (v.riskStatuses !== undefined && v.riskStatus !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['riskStatus'], message: 'Give riskStatuses or riskStatus, not both.', params: { key: 'validation.case.riskStatusBoth' } });
  } else if (required && v.riskStatuses === undefined && v.riskStatus === undefined) {
    ctx.addIssue({ code: 'invalid_type', expected: 'array', path: ['riskStatuses'], message: 'Choose at least one risk status.' });
  }
};
/** The input with its statuses as a list (an older client's single `riskStatus` becomes a list of one). */
function asStatusList<T extends { riskStatuses?: RiskStatus[]; riskStatus?: RiskStatus }>(v: T): Omit<T, 'riskStatus'> {
  const { riskStatus, ...rest } = v;
  return riskStatus === undefined ? rest : { ...rest, riskStatuses: [riskStatus] };
}

const closedNeedsReason = (v: { state?: CaseState; closedReason?: string }, ctx: Ctx) => {
  if (v.state === 'closed' && !v.closedReason) {
    ctx.addIssue({ code: 'custom', path: ['closedReason'], message: 'Say why the case is closed.', params: { key: 'validation.case.closedNeedsReason' } });
  }
};

/**
 * A visibility change: the level, who is named (restricted only), and the
 * basis recorded in the consent ledger.
 */
export const visibilityChangeSchema = z
  .object({
    visibility: z.enum(VISIBILITIES),
    namedMemberIds: memberIds.default([]),
    basis: z.enum(CONSENT_BASES),
    note: text(1000).optional(),
  })
  .strict()
  .superRefine(onlyRestrictedNames);
export type VisibilityChange = z.infer<typeof visibilityChangeSchema>;

export const createCaseSchema = z
  .object({
    ...caseFields,
    state: caseFields.state.default('active'),
    recommendedActions: caseFields.recommendedActions.default([]),
    visibility: z.enum(VISIBILITIES),
    namedMemberIds: memberIds.default([]),
    consentBasis: z.enum(CONSENT_BASES),
    consentNote: text(1000).optional(),
    riskStatuses: caseFields.riskStatuses.optional(),
    riskStatus: caseFields.riskStatus.optional(),
  })
  .strict()
  .superRefine(onlyRestrictedNames)
  .superRefine(closedNeedsReason)
  .superRefine(oneFormOfStatus(true))
  .transform((v) => asStatusList(v) as Omit<typeof v, 'riskStatus' | 'riskStatuses'> & { riskStatuses: RiskStatus[] });
export type CreateCaseInput = z.input<typeof createCaseSchema>;

/** Edits of the case record. Visibility changes go through `visibilityChangeSchema` (they need a basis). */
export const updateCaseSchema = z
  .object(caseFields)
  .partial()
  .strict()
  .refine((u) => Object.keys(u).length > 0, { message: 'Send at least one field to change.', params: { key: 'validation.case.nothingToChange' } })
  .superRefine(oneFormOfStatus(false))
  .transform(asStatusList);
export type UpdateCaseInput = z.infer<typeof updateCaseSchema>;

/** A stored case as the domain sees it: an older item's single `riskStatus` read as a list of one. */
export function withRiskStatuses(stored: DefenderCase & { riskStatus?: RiskStatus }): DefenderCase {
  // Most items already are: returned as read, not copied (a case list reads dozens per request).
  if (!('riskStatus' in stored) && Array.isArray(stored.riskStatuses) && stored.riskStatuses.length > 0) return stored;
  const { riskStatus, ...rest } = stored;
  if (Array.isArray(rest.riskStatuses) && rest.riskStatuses.length > 0) return rest;
  return { ...rest, riskStatuses: riskStatus ? [riskStatus] : [] };
}

/** `status=detained,charged`: cases holding any of them. */
const statusFilter = z
  .string()
  .max(300)
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.enum(RISK_STATUSES)).min(1).max(RISK_STATUSES.length));

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const caseListQuerySchema = z
  .object({
    country: countryCode.optional(),
    status: statusFilter.optional().describe('One risk status, or several separated by commas: cases holding any of them.'),
    theme: z.enum(THEMES).optional(),
    /** Intersected with what the caller may see: asking for more never shows more. */
    visibility: z.enum(VISIBILITIES).optional(),
    state: z.enum(CASE_STATES).optional(),
    /** Part of the defender's name or pseudonym. */
    q: text(100).optional(),
    noAdopter: flag.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z.string().max(2000).optional(),
  })
  .strict();
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const caseIdSchema = z.string().uuid('Not a case id.');
