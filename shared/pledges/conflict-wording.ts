/**
 * The pledge store's conflicts are thrown by the adapter in English (its
 * message is how callers tell them apart); this gives each its catalog words,
 * so the API's 409 and the pages say it in the reader's language.
 */
import { ConflictError } from '../errors/index.ts';
import { CONFLICTS } from './pledge-store.ts';

const CONFLICT_KEYS: Record<string, string> = {
  [CONFLICTS.pledgeExists]: 'pledges.errors.pledgeExists',
  [CONFLICTS.twinTaken]: 'pledges.errors.twinTaken',
  [CONFLICTS.alreadyCoSigned]: 'pledges.errors.alreadyCoSigned',
};

/** Returns the error, worded when it is one of the store's known conflicts. */
export function wordStoreConflict(error: unknown): unknown {
  if (error instanceof ConflictError && !error.wording) {
    const key = CONFLICT_KEYS[error.message];
    if (key) error.wording = { key };
  }
  return error;
}
