/**
 * What a direct upload was asked for, signed by the app (HMAC with its secret) and handed back
 * when it completes: the upload's id, the case, the member who asked, what the file is to hang
 * on, the "coordinators only" flag and when the ticket stops being honoured. Nothing is stored
 * when an upload is asked for: the ticket is the whole request, and the quarantined file's
 * single use (it is deleted on completion, and the attachment takes the upload's id) stops a replay.
 */
import { hmac, safeEqual } from '../crypto/tokens.ts';
import type { AttachmentTarget } from './attachment.ts';

export interface UploadTicket {
  uploadId: string;
  caseId: string;
  memberId: string;
  target?: AttachmentTarget;
  sensitive: boolean;
  /** Epoch milliseconds. */
  expiresAt: number;
}

const PURPOSE = 'attachment upload ticket:';

export function signTicket(secret: string, ticket: UploadTicket): string {
  const payload = Buffer.from(JSON.stringify(ticket)).toString('base64url');
  return `${payload}.${hmac(secret, PURPOSE + payload)}`;
}

/** The ticket if the app signed it and it has not expired; null otherwise (tampered, cut, expired, not a ticket). */
export function readTicket(secret: string, text: string, now: Date): UploadTicket | null {
  const [payload, signature, ...rest] = text.split('.');
  if (!payload || !signature || rest.length > 0 || !safeEqual(signature, hmac(secret, PURPOSE + payload))) return null;
  try {
    const ticket = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as UploadTicket;
    return typeof ticket.expiresAt === 'number' && ticket.expiresAt > now.getTime() ? ticket : null;
  } catch {
    return null;
  }
}
