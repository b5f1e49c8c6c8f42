/**
 * Where the repository is, computed from this file rather than from the
 * working directory, so `cdk synth` and the tests bundle the same sources
 * wherever they are started from.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A path inside the repository, from a repository-relative one. */
export const fromRoot = (relative: string): string => join(REPO_ROOT, relative);
