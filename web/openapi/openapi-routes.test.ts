/**
 * The risk analysis's and the alerts' routes, declared with createRoute, and `/api/openapi.json`
 * cannot drift apart (test/support/declared-routes.ts says how they are held; the proceedings are
 * held in openapi-routes-corrections-proceedings-exports.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { documentMatchesRoutes, operationOf } from '../../test/support/declared-routes.ts';
import { alertRoutes } from '../alerts/index.ts';
import { riskRoutes } from '../risk/index.ts';

describe('the risk analysis and the alerts declared with createRoute', () => {
  documentMatchesRoutes([...riskRoutes, ...alertRoutes]);

  it('documents If-Match as required (428 when missing) and path ids as uuids, while letting the use case answer them', () => {
    const save = operationOf(riskRoutes[1]!);
    expect(save?.parameters).toEqual(expect.arrayContaining([
      { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } },
      { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
    ]));
    expect(save?.responses).toHaveProperty('428');
  });
});
