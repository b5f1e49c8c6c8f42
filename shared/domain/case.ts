/**
 * Defender cases: the zod schemas every input about a case is checked against, and (from
 * ./case-model.ts, which loads no zod) the vocabulary and the stored case.
 */
import { z } from 'zod';
import { CASE_STATES, CONSENT_BASES, RISK_STATUSES, THEMES, VISIBILITIES, type CaseState, type RiskStatus, type Visibility } from './case-model.ts';
import { COUNTRY_CODES } from './countries.ts';
import { text } from './text.ts';

export * from './case-model.ts';

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
