/**
 * The pieces every slice's OpenAPI part is written with (each `web/<feature>/<feature>.openapi.ts`,
 * spread into the document by `web/openapi/openapi.ts`): a zod schema as JSON Schema, the problem
 * answer, the usual error statuses, a JSON body by reference, a uuid path parameter, If-Match.
 */
import { z } from 'zod';

/** A zod schema as the JSON Schema of what a client sends (or, with `output`, of what it gets). */
export const schema = (s: z.ZodType, io: 'input' | 'output' = 'input') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' });
export const problem = { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
export const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 413: problem, 415: problem, 500: problem, 503: problem };
export const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
/** A uuid in the path, optionally with what it names. */
export const uuidParam = (name: string, description?: string) =>
  ({ name, in: 'path', required: true, ...(description ? { description } : {}), schema: { type: 'string', format: 'uuid' } });
export const ifMatch = { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } };
