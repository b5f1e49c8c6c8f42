/**
 * The OpenAPI 3.1 document for the JSON API, generated from the same zod
 * schemas that validate requests (zod 4's JSON Schema output), so the two
 * cannot disagree.
 */
import { z } from 'zod';
import { caseListQuerySchema, createCaseSchema, updateCaseSchema } from '#shared/domain/case.ts';
import { signInRequestSchema } from '#shared/domain/member.ts';
import { missionPaths, missionSchemas } from './missions.openapi.ts';

const schema = (s: z.ZodType, io: 'input' | 'output' = 'input') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' });

const problem = { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 413: problem, 415: problem, 429: problem, 500: problem, 503: problem };

function queryParameters(s: z.ZodObject) {
  return Object.entries(s.shape).map(([name, field]) => ({
    name, in: 'query', required: false, schema: schema(field as z.ZodType),
  }));
}

export function openApiDocument(serverUrl: string) {
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
  return {
    openapi: '3.1.0',
    info: { title: 'Tandem API', version: '0.1.0', description: 'Parliamentary protection of human rights defenders.' },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: '__Host-tandem_session' } },
      schemas: {
        CreateCase: schema(createCaseSchema),
        UpdateCase: schema(updateCaseSchema),
        SignIn: schema(signInRequestSchema),
        Case: { type: 'object', description: 'A defender case (never with sensitive fields).' },
        ...missionSchemas,
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' },
            requestId: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
      },
    },
    security: [{ session: [] }],
    paths: {
      '/api/auth/sign-in': {
        post: {
          summary: 'Email a one-time sign-in link (same answer for unknown addresses)', security: [],
          requestBody: { required: true, content: json('SignIn') },
          responses: { 202: { description: 'Accepted' }, ...errors },
        },
      },
      '/api/auth/sign-out': { post: { summary: 'End the session', responses: { 204: { description: 'Signed out' } } } },
      '/api/me': { get: { summary: 'The signed-in member', responses: { 200: { description: 'Member' }, 401: problem } } },
      '/api/cases': {
        get: {
          summary: 'Cases the caller may see, most recently updated first',
          parameters: queryParameters(caseListQuerySchema),
          responses: { 200: { description: '{ items, nextCursor }' }, ...errors },
        },
        post: {
          summary: 'Create a case (coordinators)',
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 128 } }],
          requestBody: { required: true, content: json('CreateCase') },
          responses: { 201: { description: 'Created', content: json('Case') }, 422: problem, ...errors },
        },
      },
      '/api/cases/{id}': {
        get: { summary: 'One case (404 if the caller may not see it)', parameters: [idParam], responses: { 200: { description: 'Case with ETag', content: json('Case') }, ...errors } },
        patch: {
          summary: 'Edit a case (coordinators); If-Match required',
          parameters: [idParam, { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json('UpdateCase') },
          responses: { 200: { description: 'Updated', content: json('Case') }, 412: problem, 428: problem, ...errors },
        },
      },
      ...missionPaths,
    },
  };
}
