/**
 * Reading and saving a case's risk analysis: coordinators only (others get
 * 404 for a case they may not see, 403 for one they may, as for the sensitive
 * fields), every read audited before it happens, every save audited with the
 * names of the parts that changed (never their content).
 */
import { requireCoordinatorFor } from '../access/roles.ts';
import { getCase } from '../cases/index.ts';
import { caseIdSchema, type DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { NotFoundError, PreconditionFailedError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { CaseStore } from '../ports/store.ts';
import type { Clock } from '../ports/clock.ts';
import type { RiskStore } from './risk-store.ts';
import { requireVersion } from '../writes/versions.ts';
import { MAX_LEVEL_HISTORY, riskAssessmentSchema, type RiskAssessment } from './risk-assessment.schema.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** A case nobody has assessed yet (version 0). */
const none = (caseId: string): RiskAssessment => ({
  caseId, level: 'low', threats: [], vulnerabilities: [], capacities: [], levelHistory: [], updatedAt: '', updatedBy: '', version: 0,
});

/** What the risk analysis uses (docs/architecture.md, "Narrow dependencies"): its port, the case for the access check, the clock. */
export interface RiskDeps {
  store: Pick<RiskStore, 'readRiskAssessment' | 'saveRiskAssessment'> & Pick<CaseStore, 'getCase'>;
  clock: Clock;
}

export interface RiskRead {
  case: DefenderCase;
  assessment: RiskAssessment;
  /** False until the first save: the page then asks for a level instead of showing "low". */
  assessed: boolean;
}

export async function readRiskAssessment(deps: RiskDeps, viewer: Viewer, id: string): Promise<RiskRead> {
  const actor = await requireCoordinatorFor(viewer, () => getCase(deps, viewer, id));
  const caseId = parseOrThrow(caseIdSchema, id, 'id');
  const found = await deps.store.readRiskAssessment(caseId, auditEntry(deps.clock.now().toISOString(), actor, 'risk.read', { caseId }));
  if (!found.case) throw new NotFoundError('case');
  return { case: found.case, assessment: found.assessment ?? none(caseId), assessed: Boolean(found.assessment) };
}

const PARTS = ['level', 'threats', 'vulnerabilities', 'capacities', 'summary'] as const;
/** Key order aside: items come back from the store with their attributes in another order. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(canonical)
    : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]))
      : value;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a ?? null)) === JSON.stringify(canonical(b ?? null));

/** Replaces the assessment; If-Match carries its own version ("0" before the first save). */
export async function saveRiskAssessment(
  deps: RiskDeps, viewer: Viewer, id: string, ifMatch: string | undefined, body: unknown,
): Promise<RiskAssessment> {
  const actor = await requireCoordinatorFor(viewer, () => getCase(deps, viewer, id));
  const input = parseOrThrow(riskAssessmentSchema, body);
  const expected = requireVersion(ifMatch);
  // One read of the case and its analysis; not audited as a read: the save's own audit line records this visit.
  const stored = await deps.store.readRiskAssessment(parseOrThrow(caseIdSchema, id, 'id'));
  if (!stored.case) throw new NotFoundError('case');
  const found = stored.case;
  const previous = stored.assessment ?? none(found.id);
  if (previous.version !== expected) throw stale();
  const at = deps.clock.now().toISOString();
  const levelChanged = previous.version === 0 || previous.level !== input.level;
  const levelHistory = levelChanged ? [...previous.levelHistory, { level: input.level, at, by: actor.id }].slice(-MAX_LEVEL_HISTORY) : previous.levelHistory;
  const next: RiskAssessment = { caseId: found.id, ...input, levelHistory, updatedAt: at, updatedBy: actor.id, version: expected + 1 };
  try {
    await deps.store.saveRiskAssessment(next, expected, auditEntry(at, actor, 'risk.updated', { caseId: found.id, fields: PARTS.filter((p) => previous.version === 0 ? p in input : !same(previous[p], input[p])) }));
  } catch (error) {
    if (error instanceof PreconditionFailedError) throw stale();
    throw error;
  }
  return next;
}

const stale = () => new PreconditionFailedError('The risk analysis changed since you read it.', { wording: { key: 'risk.errors.changed' } });
