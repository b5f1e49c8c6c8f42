/**
 * Defender cases as the domain holds them: the vocabulary (risk statuses, themes, visibility,
 * state, consent bases), the stored case, and how an older item is read. No zod here: the
 * adapters and what a cold start reads import this; the schemas are in ./case.ts, which
 * re-exports all of it.
 */
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

/** A stored case as the domain sees it: an older item's single `riskStatus` read as a list of one. */
export function withRiskStatuses(stored: DefenderCase & { riskStatus?: RiskStatus }): DefenderCase {
  // Most items already are: returned as read, not copied (a case list reads dozens per request).
  if (!('riskStatus' in stored) && Array.isArray(stored.riskStatuses) && stored.riskStatuses.length > 0) return stored;
  const { riskStatus, ...rest } = stored;
  if (Array.isArray(rest.riskStatuses) && rest.riskStatuses.length > 0) return rest;
  return { ...rest, riskStatuses: riskStatus ? [riskStatus] : [] };
}
