/**
 * Holds `/api/openapi.json` to the routes a slice declares with createRoute: each operation's
 * request body, path, header and query parameters and answers in the document are zod 4's own
 * JSON Schema of the very schemas the route validates with and types its answers by, every
 * declared status is listed, and no other operation sits on the slice's paths. A slice's test
 * (web/openapi/openapi-routes-<feature>.test.ts) calls it with the routes its index exports.
 */
import type { RouteConfig } from '@hono/zod-openapi';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument } from '../../web/openapi/openapi.ts';

type Parameter = { name: string; in: string; required: boolean; schema: unknown };
type Media = Record<string, { schema: unknown }>;
type Operation = { operationId?: string; security?: unknown; parameters?: Parameter[]; requestBody?: { content: Media }; responses: Record<string, { content?: Media }> };

/** The whole document, for a slice's own further checks. */
export const doc = openApiDocument('https://tandem.example') as unknown as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

/** The schema a document entry stands for, through its `$ref`. */
export const resolve = (s: unknown) => {
  const target = (s as { $ref?: string } | undefined)?.$ref;
  return target ? doc.components.schemas[target.replace('#/components/schemas/', '')] : s;
};
/** The schema with every `$ref` replaced by its component, as far down as it goes. */
const resolveAll = (s: unknown): unknown => {
  const found = resolve(s);
  if (Array.isArray(found)) return found.map(resolveAll);
  if (found && typeof found === 'object') return Object.fromEntries(Object.entries(found).map(([key, value]) => [key, resolveAll(value)]));
  return found;
};
const jsonSchema = (s: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  return rest;
};
/** The zod schema declared for `mediaType` in a config's `content`. */
const mediaSchema = (content: object | undefined, mediaType = 'application/json') => (content as Record<string, { schema?: unknown }> | undefined)?.[mediaType]?.schema;
const name = (route: RouteConfig) => `${route.method.toUpperCase()} ${route.path}`;
export const operationOf = (route: RouteConfig) => doc.paths[route.path]?.[route.method];

function expectParameters(route: RouteConfig, operation: Operation | undefined) {
  for (const [key, location] of [['params', 'path'], ['headers', 'header'], ['query', 'query']] as const) {
    const declared = route.request?.[key];
    if (!(declared instanceof z.ZodObject)) continue;
    for (const [field, validator] of Object.entries(declared.shape as Record<string, z.ZodType>)) {
      const documented = operation?.parameters?.find((p) => p.name === field && p.in === location);
      const { description: _said, ...validated } = jsonSchema(validator, 'input');
      expect(documented?.schema, `${location} ${field}`).toEqual(validated);
    }
  }
  const declaredNames = (['params', 'headers', 'query'] as const).flatMap((key) => {
    const declared = route.request?.[key];
    return declared instanceof z.ZodObject ? Object.keys(declared.shape) : [];
  });
  expect((operation?.parameters ?? []).map((p) => p.name).sort(), 'no parameter the route does not declare').toEqual(declaredNames.sort());
}

function expectAnswers(route: RouteConfig, operation: Operation | undefined) {
  expect(Object.keys(operation?.responses ?? {}).sort(), 'statuses').toEqual(Object.keys(route.responses).sort());
  for (const [status, answer] of Object.entries(route.responses)) {
    const content = 'content' in answer ? answer.content : undefined;
    expect(Object.keys(operation?.responses[status]?.content ?? {}), `answer ${status}: media types`).toEqual(Object.keys(content ?? {}));
    const sent = mediaSchema(content);
    if (!(sent instanceof z.ZodType)) {
      // A binary or non-JSON answer is documented as declared (a zod schema as its JSON Schema).
      const declared = Object.fromEntries(Object.entries((content ?? {}) as Media).map(([type, media]) => [
        type, { ...media, schema: media.schema instanceof z.ZodType ? jsonSchema(media.schema, 'output') : media.schema },
      ]));
      if (content) expect(operation?.responses[status]?.content, `answer ${status}`).toEqual(declared);
      continue;
    }
    const documented = resolve(operation?.responses[status]?.content?.['application/json']?.schema) as { properties?: { items?: { items?: unknown } } };
    // A list is written as `{ items: [ref] }`: its items are the item's component.
    const item = sent instanceof z.ZodObject && sent.shape.items instanceof z.ZodArray ? sent.shape.items.element as z.ZodType : undefined;
    if (item && documented.properties?.items?.items) expect(resolve(documented.properties.items.items), `answer ${status}'s items`).toEqual(jsonSchema(item, 'output'));
    // A component written from parts (its parts by reference) must say what zod says of the whole.
    else expect(resolveAll(documented), `answer ${status}`).toEqual(jsonSchema(sent, 'output'));
  }
}

/** One test per declared route, and one that its paths hold no other operation. */
export function documentMatchesRoutes(routes: RouteConfig[]) {
  it.each(routes.map((route) => [name(route), route] as const))('%s: the document says what the route validates and sends', (_name, route) => {
    const operation = operationOf(route);
    expect(operation?.operationId).toBe(route.operationId);
    expect(operation?.security, 'security as the authorization matrix has it').toEqual(route.security);

    const body = mediaSchema(route.request?.body?.content);
    if (body instanceof z.ZodType) expect(resolve(operation?.requestBody?.content['application/json']?.schema)).toEqual(jsonSchema(body, 'input'));
    else if (route.request?.body) expect(operation?.requestBody?.content).toEqual(route.request.body.content);
    else expect(operation?.requestBody).toBeUndefined();

    expectParameters(route, operation);
    expectAnswers(route, operation);
  });

  it('lists each declared operation once, and no other operation on their paths', () => {
    const declared = routes.map(name).sort();
    expect(new Set(declared).size).toBe(declared.length);
    const documented = [...new Set(routes.map((route) => route.path))].flatMap((path) =>
      Object.keys(doc.paths[path] ?? {}).map((method) => `${method.toUpperCase()} ${path}`)).sort();
    expect(documented).toEqual(declared);
  });
}
