/**
 * The pieces every slice's OpenAPI part is written with (each `web/<feature>/<feature>.openapi.ts`,
 * spread into the document by `web/openapi/openapi.ts`): a zod schema as JSON Schema, the problem
 * answer, the usual error statuses, JSON bodies by reference, lists, a uuid path parameter, If-Match,
 * Idempotency-Key, and the security requirements.
 */
import { z } from 'zod';

/**
 * A zod schema as the JSON Schema of what a client sends (or, with `output`, of what it gets).
 * Output objects come out with `additionalProperties: false`, so the contract test fails on a
 * field the document does not name (a field that leaked). `$schema` is left out: the document's
 * dialect (OpenAPI 3.1: JSON Schema 2020-12) already says it, and it may only stand at a root.
 */
export const schema = (s: z.ZodType, io: 'input' | 'output' = 'input') => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  return rest;
};
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const problem = { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: ref('Problem') } } };
export const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 413: problem, 415: problem, 500: problem, 503: problem };
export const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
/** A JSON answer whose body is the named component schema. */
export const answer = (description: string, name: string) => ({ description, content: json(name) });
/**
 * The component schema of a list: `{ items: [Item], nextCursor }`; `nextCursor` (absent or null on
 * the last page) is given back as `?cursor=` for the next one.
 */
export const listOf = (itemName: string, paged = true) => ({
  type: 'object',
  required: ['items'],
  additionalProperties: false,
  properties: {
    items: { type: 'array', items: ref(itemName) },
    ...(paged ? { nextCursor: { type: ['string', 'null'], description: 'Pass as ?cursor= for the next page; absent or null on the last one.' } } : {}),
  },
});
/** A uuid in the path, optionally with what it names. */
export const uuidParam = (name: string, description?: string) =>
  ({ name, in: 'path', required: true, ...(description ? { description } : {}), schema: { type: 'string', format: 'uuid' } });
export const ifMatch = { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } };
export const idempotencyKey = { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 128 } };
/** Query parameters from a zod object, each optional. */
export const queryParameters = (s: z.ZodObject) =>
  Object.entries(s.shape).map(([name, field]) => ({ name, in: 'query', required: false, schema: schema(field as z.ZodType) }));

/**
 * Security requirements, as the authorization matrix has them (test/security/authorization-table.ts):
 * `anyone` needs no session (public, or the same answer whoever asks); `sessionOptional` answers
 * anyone and says more to members (a public case to visitors, a network case to members); the
 * document's default is a session.
 */
export const anyone: Array<Record<string, string[]>> = [];
export const sessionOptional: Array<Record<string, string[]>> = [{}, { session: [] }];
