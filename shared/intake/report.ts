/**
 * Intake reports: what a defender, a partner or a witness tells the network about a threat, by the
 * public form, the JSON API or email. A report is sensitive as a whole: it lives in partitions of its
 * own (never under a case, never in a list, digest or export), the reporter's contact details in a
 * further item read only with an audit line, and coordinators alone triage it.
 */
import { z } from 'zod';
import { countryCode } from '../domain/case.ts';
import { emailSchema } from '../domain/member.ts';
import { isoDate, text } from '../domain/text.ts';
import type { UiLanguage } from '../i18n/languages.ts';

export const YES_NO = ['yes', 'no'] as const;
export const DANGER_ANSWERS = ['yes', 'no', 'unknown'] as const;

/**
 * What the form and `POST /api/reports` accept. Only what is needed: what happened and when, where,
 * who is at risk, whether anyone is in immediate danger, how (if at all) to reach the reporter, and
 * the consent choices. `website` is the honeypot: people never see it, form-filling robots do.
 */
export const reportSchema = z
  .object({
    whatHappened: text(4000),
    happenedOn: isoDate.optional(),
    country: countryCode,
    region: text(120).optional(),
    atRisk: text(200),
    organisation: text(160).optional(),
    immediateDanger: z.enum(DANGER_ANSWERS),
    reporterName: text(120).optional(),
    contactEmail: emailSchema.optional(),
    contactOther: text(300).optional(),
    mayShareWithNetwork: z.enum(YES_NO),
    mayPublish: z.enum(YES_NO),
    website: z.string().max(500).optional(),
  })
  .strict();
export type ReportInput = z.infer<typeof reportSchema>;

export const REPORT_STATUSES = ['new', 'in_review', 'converted', 'duplicate', 'declined'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_SOURCES = ['web', 'email'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

/** A stored report, without the reporter's contact details (those live apart: `ReportContact`). */
export interface Report {
  id: string;
  /** What the reporter is given to quote: short, unguessable, no meaning. */
  reference: string;
  status: ReportStatus;
  source: ReportSource;
  /** The reporter's language (the page's, or English for email): the acknowledgement is in it. */
  language: UiLanguage;
  receivedAt: string;
  whatHappened: string;
  happenedOn?: string;
  /** Absent for email reports until a coordinator converts them. */
  country?: string;
  region?: string;
  atRisk?: string;
  organisation?: string;
  immediateDanger: (typeof DANGER_ANSWERS)[number];
  /** Email reports do not say: unknown until someone asks the reporter. */
  mayShareWithNetwork: (typeof YES_NO)[number] | 'unknown';
  mayPublish: (typeof YES_NO)[number] | 'unknown';
  /** Whether a `ReportContact` exists (anonymous reports have none). */
  hasContact: boolean;
  /** The first move out of `new`: the start of the triage clock's answer. */
  firstTriagedAt?: string;
  triagedBy?: string;
  note?: string;
  /** The case it became (converted) or joined (duplicate). */
  caseId?: string;
  /** Files the email brought that were kept (PDF, JPEG, PNG up to 10 MB each): coordinators download them. */
  attachments?: ReportAttachment[];
  /** Files the email brought that were not kept, and why: the coordinator can ask the reporter for them another way. */
  refusedAttachments?: RefusedAttachment[];
  version: number;
}

/** The types a report may bring, checked from the content (never from the name or the declared type). */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** More than this many files in one email are refused: a report is a few documents, not an archive. */
export const MAX_ATTACHMENTS = 10;

/** Where a report's file lives in the file store. */
export const reportFileKey = (reportId: string, attachmentId: string) => `reports/${reportId}/${attachmentId}`;

/** A kept file: its content is in the file store under `reports/<reportId>/<id>`. */
export interface ReportAttachment {
  id: string;
  /** The name the sender gave it (shown to coordinators only, like the rest of the report). */
  filename: string;
  contentType: AttachmentType;
  size: number;
}

export const REFUSAL_REASONS = ['type', 'size', 'count', 'virus'] as const;
export interface RefusedAttachment {
  filename: string;
  size: number;
  reason: (typeof REFUSAL_REASONS)[number];
}

/** How to reach the reporter: sensitive, read only with an audit line. */
export interface ReportContact {
  reportId: string;
  reporterName?: string;
  email?: string;
  other?: string;
}

/** A coordinator's triage step. Converting happens through `POST /api/reports/{id}/case`, which creates the case. */
export const TRIAGE_STATUSES = ['in_review', 'duplicate', 'declined'] as const;
export const triageSchema = z
  .object({
    status: z.enum(TRIAGE_STATUSES),
    note: text(1000).optional(),
    /** For a duplicate: the existing case the report joins (as a timeline event there). */
    caseId: z.string().uuid('Not a case id.').optional(),
  })
  .strict()
  .refine((b) => b.status !== 'duplicate' || b.caseId !== undefined, {
    path: ['caseId'], message: 'A duplicate names the case it duplicates.', params: { key: 'validation.field.caseId.duplicate' },
  })
  .refine((b) => b.status === 'duplicate' || b.caseId === undefined, {
    path: ['caseId'], message: 'Only a duplicate names a case.', params: { key: 'validation.field.caseId.onlyDuplicate' },
  });

/** Which status may follow which: new → in review → converted, duplicate or declined (or straight from new). */
export const NEXT_STATUSES: Record<ReportStatus, readonly ReportStatus[]> = {
  new: ['in_review', 'converted', 'duplicate', 'declined'],
  in_review: ['converted', 'duplicate', 'declined'],
  converted: [],
  duplicate: [],
  declined: [],
};

export const reportListQuerySchema = z
  .object({
    status: z.enum(REPORT_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
