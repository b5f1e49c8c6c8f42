/**
 * Optimistic locking at the edge of the core: every mutable item carries a `version`, its ETag is
 * that number in quotes, and an update names the version it edited in If-Match (428 without it).
 */
import { PreconditionRequiredError } from '../errors/index.ts';

/** Reads `"3"` or `W/"3"` as version 3; anything else is undefined. */
export function versionFromETag(etag: string | undefined): number | undefined {
  const match = etag?.trim().match(/^(?:W\/)?"(\d{1,9})"$/);
  return match ? Number(match[1]) : undefined;
}

export const etagOf = (item: { version: number }): string => `"${item.version}"`;

/** The version the client says it edited, from If-Match: 428 when missing or unreadable. */
export function requireVersion(ifMatch: string | undefined): number {
  if (ifMatch === undefined) throw new PreconditionRequiredError();
  const expected = versionFromETag(ifMatch);
  if (expected === undefined) throw new PreconditionRequiredError('If-Match must be the ETag of the case, such as "3".');
  return expected;
}
