/** What the risk analysis needs from the store (the DynamoDB adapter: functions/adapters/dynamo/risk-store.ts). */
import type { DefenderCase } from '../domain/case.ts';
import type { AuditEntry } from '../writes/records.ts';
import type { RiskAssessment } from './risk-assessment.schema.ts';

export interface RiskStore {
  /**
   * Writes the audit line first, then reads the case and its assessment: no read goes unrecorded.
   * Without an audit line only for a save, whose own audit line records the visit.
   */
  readRiskAssessment(caseId: string, audit?: AuditEntry): Promise<{ case?: DefenderCase; assessment?: RiskAssessment }>;
  /** Saves if the stored version is still `expectedVersion` (0: none yet), with its audit line, in one transaction. */
  saveRiskAssessment(assessment: RiskAssessment, expectedVersion: number, audit: AuditEntry): Promise<void>;
}
