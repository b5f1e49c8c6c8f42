/**
 * A case's risk analysis, as protection desks keep one: a log of threats
 * (type, source, date, how credible), the defender's vulnerabilities and
 * capacities from a checklist with notes, and the resulting risk level, whose
 * history is kept so its course can be drawn. Coordinators only, on every
 * channel: it is stored in a partition of its own (like the sensitive
 * fields), so no case Query, list, digest, alert or export ever reads it.
 */
import { z } from 'zod';
import { isoDate, text } from '../domain/text.ts';

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const THREAT_TYPES = [
  'death_threat', 'physical_attack', 'judicial_harassment', 'arbitrary_detention', 'surveillance', 'raid',
  'smear_campaign', 'online_harassment', 'threat_to_family', 'other',
] as const;
export const THREAT_SOURCES = ['state_security', 'police', 'judiciary', 'armed_group', 'private_company', 'community', 'unknown', 'other'] as const;
export const CREDIBILITY = ['confirmed', 'likely', 'possible', 'doubtful'] as const;

export const VULNERABILITIES = [
  'known_home_address', 'works_alone', 'isolated_location', 'no_legal_support', 'dependants_at_risk',
  'health_condition', 'prior_detention', 'exposed_communications',
] as const;
export const CAPACITIES = [
  'legal_representation', 'support_network', 'safe_relocation', 'security_training', 'secure_communications',
  'international_visibility', 'emergency_contacts',
] as const;

/** At most this many threats and level changes are kept: enough for years of a case, bounded for one item. */
export const MAX_THREATS = 100;
export const MAX_LEVEL_HISTORY = 200;

export const threatSchema = z
  .object({
    type: z.enum(THREAT_TYPES),
    source: z.enum(THREAT_SOURCES),
    date: isoDate,
    credibility: z.enum(CREDIBILITY),
    note: text(1000).optional(),
  })
  .strict();

const factor = <T extends readonly [string, ...string[]]>(values: T) =>
  z.object({ factor: z.enum(values), note: text(500).optional() }).strict();

/** A full replacement, as the sensitive fields are: what is left out is cleared. */
export const riskAssessmentSchema = z
  .object({
    level: z.enum(RISK_LEVELS),
    threats: z.array(threatSchema).max(MAX_THREATS).default([]),
    vulnerabilities: z.array(factor(VULNERABILITIES)).max(VULNERABILITIES.length).default([]),
    capacities: z.array(factor(CAPACITIES)).max(CAPACITIES.length).default([]),
    summary: text(4000).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    for (const [list, name] of [[input.vulnerabilities, 'vulnerabilities'], [input.capacities, 'capacities']] as const) {
      const seen = new Set<string>();
      list.forEach((f, i) => {
        if (seen.has(f.factor)) {
          ctx.addIssue({ code: 'custom', path: [name, i, 'factor'], message: 'Each factor once.', params: { key: 'validation.risk.factorTwice' } });
        }
        seen.add(f.factor);
      });
    }
  });
export type RiskAssessmentInput = z.infer<typeof riskAssessmentSchema>;

export interface LevelChange {
  level: RiskLevel;
  at: string;
  by: string;
}

export interface RiskAssessment extends RiskAssessmentInput {
  caseId: string;
  /** Every change of level, oldest first (the chart's points). */
  levelHistory: LevelChange[];
  updatedAt: string;
  updatedBy: string;
  version: number;
}
