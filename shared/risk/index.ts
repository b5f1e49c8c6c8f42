export * from './risk-assessment.schema.ts';
export { readRiskAssessment, saveRiskAssessment, type RiskRead } from './risk-assessment.ts';
export type { RiskStore } from './risk-store.ts';
export { ANY_ACTION_COVERAGE, RAISED_LEVELS, RISK_GAP_RULE, findRiskGaps, raisedSince, type RaisedRisk, type RiskGap } from './risk-gap.ts';
