/** What the risk analysis needs from the store (the DynamoDB adapter: functions/adapters/dynamo/risk-store.ts). */
import type { DefenderCase } from '../domain/case.ts';
import type { AuditEntry } from '../writes/records.ts';
import type { RiskAssessment } from './risk-assessment.schema.ts';
import type { RaisedRisk } from './risk-gap.ts';

export interface RiskStore {
  /**
   * Writes the audit line first, then reads the case and its assessment: no read goes unrecorded.
   * Without an audit line only for a save, whose own audit line records the visit.
   */
  readRiskAssessment(caseId: string, audit?: AuditEntry): Promise<{ case?: DefenderCase; assessment?: RiskAssessment }>;
  /** Saves if the stored version is still `expectedVersion` (0: none yet), with its audit line, in one transaction. */
  saveRiskAssessment(assessment: RiskAssessment, expectedVersion: number, audit: AuditEntry): Promise<void>;
  /**
   * The cases whose analysis rose to high or critical at or before `raisedBy` (ISO instant) and is still
   * there, oldest rise first, each with its case and the last time any action was logged on it
   * (one Query of the raised-risk index, then a BatchGet per 50 cases). For the coordinators' gap view only.
   */
  listRaisedRisks(raisedBy: string): Promise<RaisedRisk[]>;
}
