/**
 * The sign-in routes, declared with createRoute, and their entries in `/api/openapi.json` cannot
 * drift apart (test/support/declared-routes.ts says how they are held).
 */
import { describe, expect, it } from 'vitest';
import { documentMatchesRoutes, operationOf } from '../../test/support/declared-routes.ts';
import { authRoutes } from '../auth/index.ts';

describe('the sign-in routes declared with createRoute', () => {
  documentMatchesRoutes(authRoutes);

  it('asks no session to request a link or to sign out, and one for who am I', () => {
    expect(authRoutes.map((route) => [route.operationId, operationOf(route)?.security])).toEqual([
      ['requestSignInLink', []], ['signOut', []], ['getMe', [{ session: [] }]],
    ]);
  });
});
