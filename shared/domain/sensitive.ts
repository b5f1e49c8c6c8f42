/**
 * Sensitive fields of a case: coordinators only. They are stored apart from
 * the case (their own partition), so no list, page, digest or export query
 * ever reads them by accident; each read is audited.
 */
import { z } from 'zod';
import { text } from './text.ts';

export const SENSITIVE_FIELDS = ['contactDetails', 'exactLocation', 'legalNotes', 'riskAccount'] as const;
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

export const SENSITIVE_LABELS: Record<SensitiveField, string> = {
  contactDetails: 'Contact details',
  exactLocation: 'Exact location',
  legalNotes: 'Legal notes',
  riskAccount: "The defender's own account of the risk",
};

/** The intake report a case was opened from: set when the report is converted, never edited, never shown beyond coordinators. */
export interface SourceReport {
  reportId: string;
  reference: string;
}

export interface SensitiveFields {
  caseId: string;
  /** Read with the fields (stored apart, so replacing the fields keeps it). */
  sourceReport?: SourceReport;
  contactDetails?: string;
  exactLocation?: string;
  legalNotes?: string;
  riskAccount?: string;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

/** A full replacement: a field left out is cleared. */
export const sensitiveFieldsSchema = z
  .object({
    contactDetails: text(2000).optional(),
    exactLocation: text(500).optional(),
    legalNotes: text(4000).optional(),
    riskAccount: text(4000).optional(),
  })
  .strict();
export type SensitiveInput = z.infer<typeof sensitiveFieldsSchema>;
