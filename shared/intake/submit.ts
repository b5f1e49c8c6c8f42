/**
 * Receiving a report from the public form or the JSON API: checked, limited per client, stored,
 * acknowledged (only when the reporter gave an address, with the reference and none of the content).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sha256 } from '../crypto/tokens.ts';
import type { CoreDeps } from '../deps.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { refuseOver } from '../limits/fixed-window.ts';
import { acknowledgementEmail } from './acknowledgement-email.ts';
import { reportSchema, type Report, type ReportContact } from './report.ts';

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
export async function submitReport(deps: CoreDeps, body: unknown, client: string, language: UiLanguage): Promise<{ reference: string }> {
  const input = parseOrThrow(reportSchema, body);
  await refuseOver(deps, `report-client:${sha256(client)}`, HOUR, REPORT_LIMIT_PER_CLIENT);
  const reference = newReference();
  if (input.website) return { reference };
  const { reporterName, contactEmail, contactOther, website: _honeypot, ...content } = input;
  const id = randomUUID();
  const at = deps.clock.now().toISOString();
  const hasContact = Boolean(reporterName || contactEmail || contactOther);
  const report: Report = {
    id, reference, status: 'new', source: 'web', language, receivedAt: at, ...content, hasContact, version: 1,
  };
  const contact: ReportContact | undefined = hasContact
    ? { reportId: id, ...(reporterName ? { reporterName } : {}), ...(contactEmail ? { email: contactEmail } : {}), ...(contactOther ? { other: contactOther } : {}) }
    : undefined;
  await deps.store.createReport(report, contact, { id: randomUUID(), at, actorId: 'public', action: 'report.received', reportId: id });
  if (contactEmail) await deps.mailer.send(acknowledgementEmail(contactEmail, reference, language));
  return { reference };
}
