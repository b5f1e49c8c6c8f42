/**
 * The coverage figures' route, declared with createRoute, and its entry in `/api/openapi.json`
 * cannot drift apart (test/support/declared-routes.ts says how they are held).
 */
import { describe, expect, it } from 'vitest';
import { documentMatchesRoutes, operationOf } from '../../test/support/declared-routes.ts';
import { coverageRoutes } from '../coverage/index.ts';

describe('the coverage route declared with createRoute', () => {
  documentMatchesRoutes(coverageRoutes);

  it('documents its three optional query parameters', () => {
    expect(operationOf(coverageRoutes[0]!)?.parameters?.map((p) => [p.name, p.in, p.required])).toEqual([
      ['from', 'query', false], ['to', 'query', false], ['country', 'query', false],
    ]);
  });
});
