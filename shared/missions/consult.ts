/**
 * Consult before acting (EU Guidelines): action that could expose a defender
 * needs their consent. On a case not consented as public, a public-facing
 * action may be requested or logged only with the confirmation that it was
 * cleared with the coordinator (who consulted the defender); the confirmation
 * is stored with the request or action.
 */
import type { Visibility } from '../domain/case.ts';
import { euActionType, type EuActionCode } from '../domain/eu-guidelines.ts';
import { ValidationError } from '../errors/index.ts';

/** True when this action on a case of this visibility needs the clearance confirmation. */
export const needsClearance = (visibility: Visibility, code: EuActionCode): boolean =>
  visibility !== 'public' && euActionType(code).publicFacing;

export const CLEARANCE_MESSAGE =
  'This case is not consented as public: confirm that this public action was cleared with the coordinator.';

/** Throws a validation error on `publicActionCleared` when the confirmation is needed and missing. */
export function requireClearance(visibility: Visibility, code: EuActionCode, cleared: true | undefined): void {
  if (needsClearance(visibility, code) && cleared !== true) {
    throw new ValidationError([{ path: 'publicActionCleared', message: CLEARANCE_MESSAGE, key: 'missions.errors.clearanceNeeded' }]);
  }
}
