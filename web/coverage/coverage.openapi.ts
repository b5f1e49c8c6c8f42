/** The OpenAPI part for the coverage figures, from the zod schemas that validate and describe them. */
import { coverageFiguresSchema, coverageQuerySchema } from '#shared/coverage/index.ts';
import { answer, problem, queryParameters, schema } from '../ui/openapi-parts.ts';

export const coverageSchemas = {
  CoverageFigures: schema(coverageFiguresSchema, 'output'),
};

export function coveragePaths() {
  return {
    '/api/coverage': {
      get: {
        operationId: 'getCoverage', tags: ['Coverage'],
        summary: 'Coverage figures (coordinators): cases by country, adoption, twins, open and overdue requests, actions per month, median days to a first answer, pledge fulfilment, urgent alerts, open gaps by kind (counted every 15 minutes), intake reports with their triage age; from the aggregates the table\'s stream keeps',
        parameters: queryParameters(coverageQuerySchema),
        responses: {
          200: answer('The figures', 'CoverageFigures'),
          400: problem, 401: problem, 403: problem, 500: problem, 503: problem,
        },
      },
    },
  };
}
