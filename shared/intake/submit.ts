/**
 * Receiving a report from the public form or the JSON API: checked, limited per client, stored,
 * acknowledged (only when the reporter gave an address, with the reference and none of the content).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sha256 } from '../crypto/tokens.ts';
import type { AcceptDeps, SubmitDeps } from './intake-deps.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { refuseOver } from '../limits/fixed-window.ts';
import { acknowledgementEmail } from './acknowledgement-email.ts';
import { reportSchema, type Report, type ReportContact } from './report.ts';
import { auditEntry } from '../writes/audit-entry.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';

const HOUR = 3600;
/** Reports per client (source address) per hour; past it, that client gets 429 and nobody else does. */
export const REPORT_LIMIT_PER_CLIENT = 10;

/** Crockford's base32 without I, L, O, U: easy to read aloud on a phone line. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** `R-XXXX-XXXX`: 40 random bits, so a reference cannot be guessed from another. */
export function newReference(): string {
  const chars = [...randomBytes(8)].map((b) => ALPHABET[b % 32]).join('');
  return `R-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * Stores the report and returns its reference. A filled honeypot gets a reference that looks the
 * same and stores nothing: the robot learns nothing. `client` is the source address, as for sign-in.
 */
export async function submitReport(deps: SubmitDeps, body: unknown, client: string, language: UiLanguage): Promise<{ reference: string }> {
  const input = parseOrThrow(reportSchema, body);
  await refuseOver(deps, `report-client:${sha256(client)}`, HOUR, REPORT_LIMIT_PER_CLIENT);
  const reference = newReference();
  if (input.website) return { reference };
  const { reporterName, contactEmail, contactOther, website: _honeypot, ...content } = input;
  await acceptReport(deps, { id: randomUUID(), reference, status: 'new', source: 'web', language, ...content }, { reporterName, email: contactEmail, other: contactOther });
  return { reference };
}

/** A report as its channel read it: what the store adds (receipt time, version, whether a contact exists) comes later. */
export type IncomingReport = Omit<Report, 'receivedAt' | 'hasContact' | 'version'>;

/**
 * The one way a report enters triage, whatever the channel (form, JSON, email): stored with its audit
 * line and its contact details apart, then acknowledged if the reporter gave an address.
 */
export async function acceptReport(
  deps: AcceptDeps, incoming: IncomingReport, contact: Omit<ReportContact, 'reportId'>, options: { acknowledge?: boolean } = {},
): Promise<Report> {
  const at = deps.clock.now().toISOString();
  const given = Object.fromEntries(Object.entries(contact).filter(([, value]) => Boolean(value))) as Omit<ReportContact, 'reportId'>;
  const hasContact = Object.keys(given).length > 0;
  const report: Report = { ...incoming, receivedAt: at, hasContact, version: 1 };
  await deps.store.createReport(report, hasContact ? { reportId: report.id, ...given } : undefined, auditEntry(at, 'public', 'report.received', { reportId: report.id }));
  if (given.email && options.acknowledge !== false) {
    await loadCatalog(report.language);
    await deps.mailer.send(acknowledgementEmail(given.email, report.reference, report.language, report.source));
  }
  return report;
}
