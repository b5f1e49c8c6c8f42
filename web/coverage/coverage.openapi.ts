/** The OpenAPI part for the coverage figures, from the zod schemas that validate and describe them. */
import { coverageFiguresSchema, coverageQuerySchema } from '#shared/coverage/index.ts';
import { schema, problem } from '../ui/openapi-parts.ts';

export const coverageSchemas = {
  CoverageFigures: schema(coverageFiguresSchema, 'output'),
};

export function coveragePaths() {
  const parameters = Object.entries(coverageQuerySchema.shape).map(([name, field]) => ({ name, in: 'query', required: false, schema: schema(field, 'input') }));
  return {
    '/api/coverage': {
      get: {
        summary: 'Coverage figures (coordinators): cases by country, adoption, twins, open and overdue requests, actions per month, median days to a first answer, pledge fulfilment, urgent alerts; from the aggregates the table\'s stream keeps',
        parameters,
        responses: {
          200: { description: 'The figures', content: { 'application/json': { schema: { $ref: '#/components/schemas/CoverageFigures' } } } },
          400: problem, 401: problem, 403: problem, 500: problem, 503: problem,
        },
      },
    },
  };
}
