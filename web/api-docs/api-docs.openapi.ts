/** The reference page's operation in the OpenAPI document (web/openapi/openapi.ts). */
import { anyone, problem } from '../ui/openapi-parts.ts';

export const apiDocsPaths = () => ({
  '/api/docs': {
    get: {
      operationId: 'getApiReference', tags: ['Documentation'], security: anyone,
      summary: 'This document as a reference page (HTML, Redoc)',
      responses: { 200: { description: 'The reference page', content: { 'text/html': { schema: { type: 'string' } } } }, 500: problem },
    },
  },
});
