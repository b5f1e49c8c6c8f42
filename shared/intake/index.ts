/** Intake: reports of threats by web form, JSON or email, and their triage by coordinators. */
export * from './report.ts';
export type { ReportStore, ReportSummary, ReportTiming } from './report-store.ts';
export { submitReport, acceptReport, newReference, REPORT_LIMIT_PER_CLIENT, type IncomingReport } from './submit.ts';
export { acknowledgementEmail } from './acknowledgement-email.ts';
export { listReports, readReport, triageOverview, triageReport, assertStep, DEFAULT_DECLINED_RETENTION_DAYS, STATS_WINDOW } from './triage.ts';
export { AGE_BANDS, ageBand, minutesToFirstTriage, triageStats, type AgeBand, type TriageStats } from './triage-stats.ts';
export { convertReport, caseDraftFrom, consentNoteFor, visibilityFrom } from './convert.ts';
export { downloadReportAttachment, ATTACHMENT_LINK_SECONDS, type AttachmentDownload } from './report-attachments.ts';
