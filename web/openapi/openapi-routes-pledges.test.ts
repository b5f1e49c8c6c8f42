/**
 * The pledges' and logged actions' routes, declared with createRoute, and their entries in
 * `/api/openapi.json` cannot drift apart (test/support/declared-routes.ts says how they are held).
 */
import { describe, expect, it } from 'vitest';
import { documentMatchesRoutes, operationOf } from '../../test/support/declared-routes.ts';
import { pledgesRoutes } from '../pledges/index.ts';

describe('the pledges routes declared with createRoute', () => {
  documentMatchesRoutes(pledgesRoutes);

  it('documents the 14 JSON routes of pledges and logged actions, "my pledges" as a page of adoptions', () => {
    expect(pledgesRoutes).toHaveLength(14);
    const mine = operationOf(pledgesRoutes.find((r) => r.operationId === 'listMyPledges')!);
    expect(mine?.parameters?.map((p) => [p.name, p.in, p.required])).toEqual([['limit', 'query', false], ['cursor', 'query', false]]);
  });
});
