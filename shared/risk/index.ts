export * from './risk-assessment.schema.ts';
export { readRiskAssessment, saveRiskAssessment, type RiskRead } from './risk-assessment.ts';
export type { RiskStore } from './risk-store.ts';
