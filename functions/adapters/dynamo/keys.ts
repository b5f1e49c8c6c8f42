/** Key builders: the only place that knows how items are addressed. */
export const keys = {
  case: (id: string) => ({ pk: `CASE#${id}`, sk: 'CASE' }),
  /** Children of a case share its partition, so one Query reads the whole case. */
  event: (caseId: string, date: string, createdAt: string, id: string) => ({ pk: `CASE#${caseId}`, sk: `EVENT#${date}#${createdAt}#${id}` }),
  consent: (caseId: string, at: string, id: string) => ({ pk: `CASE#${caseId}`, sk: `CONSENT#${at}#${id}` }),
  pledge: (caseId: string, memberId: string) => ({ pk: `CASE#${caseId}`, sk: `PLEDGE#${memberId}` }),
  action: (caseId: string, date: string, id: string) => ({ pk: `CASE#${caseId}`, sk: `ACTION#${date}#${id}` }),
  coSignature: (caseId: string, actionId: string, memberId: string) => ({ pk: `CASE#${caseId}`, sk: `COSIGN#${actionId}#${memberId}` }),
  /** At most one twin per case: the item exists while an MP holds the place. */
  twin: (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'TWIN' }),
  /** Not under the case: the case's Query must never read sensitive fields. */
  sensitive: (caseId: string) => ({ pk: `SENSITIVE#${caseId}`, sk: 'SENSITIVE' }),
  /** The intake report a case came from: beside its sensitive fields, read with them, never with the case. */
  caseSource: (caseId: string) => ({ pk: `SENSITIVE#${caseId}`, sk: 'SOURCE' }),
  /** The risk analysis, apart for the same reason: coordinators only, on every channel. */
  riskAssessment: (caseId: string) => ({ pk: `RISK#${caseId}`, sk: 'RISK' }),
  member: (id: string) => ({ pk: `MEMBER#${id}`, sk: 'MEMBER' }),
  /** Intake reports: partitions of their own, never under a case; the reporter's contact apart, as a case's sensitive fields are. */
  report: (id: string) => ({ pk: `REPORT#${id}`, sk: 'REPORT' }),
  reportContact: (id: string) => ({ pk: `REPORTCONTACT#${id}`, sk: 'CONTACT' }),
  joinRequest: (id: string) => ({ pk: `JOIN#${id}`, sk: 'JOIN' }),
  email: (email: string) => ({ pk: `EMAIL#${email}`, sk: 'EMAIL' }),
  token: (hash: string) => ({ pk: `TOKEN#${hash}`, sk: 'TOKEN' }),
  session: (hash: string) => ({ pk: `SESSION#${hash}`, sk: 'SESSION' }),
  idempotency: (scope: string, key: string) => ({ pk: `IDEMPOTENCY#${scope}#${key}`, sk: 'IDEMPOTENCY' }),
  rate: (bucket: string, windowEndsAt: number) => ({ pk: `RATE#${bucket}#${windowEndsAt}`, sk: 'RATE' }),
  audit: (scope: string, at: string, id: string) => ({ pk: `AUDIT#${scope}`, sk: `${at}#${id}` }),
  /** One per member and ISO week: the digest's at-most-once record. */
  digestSend: (week: string, memberId: string) => ({ pk: `DIGEST#${week}`, sk: `MEMBER#${memberId}` }),
  digestRun: (id: string) => ({ pk: `DIGESTRUN#${id}`, sk: 'RUN' }),
  /** An imported case's id in the spreadsheet it came from: a re-import finds the case here. */
  externalCase: (externalId: string) => ({ pk: `EXTERNAL#${externalId}`, sk: 'EXTERNAL' }),
  suppressed: (email: string) => ({ pk: `SUPPRESSED#${email}`, sk: 'SUPPRESSED' }),
};

/** Attributes that exist only for addressing; stripped before items reach the core. */
export const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'itemType', 'expiresAt', 'nameLower'] as const;

const KEY_SET: ReadonlySet<string> = new Set(KEY_ATTRIBUTES);

/**
 * Copied attribute by attribute, the keys left out: deleting them from a spread copy turned each
 * item into a slow dictionary object, paid again by every later read of it (a page reads dozens).
 */
export function stripKeys<T>(item: Record<string, unknown>): T {
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(item)) if (!KEY_SET.has(k)) copy[k] = item[k];
  return copy as T;
}
