/**
 * As openapi-routes.test.ts, for the slices declared with createRoute after the first three:
 * missions (with the gap view), intake, digests, calendar, imports and the proceedings' DOCX
 * download. Each operation's request body, path, header and query parameters and answers in the
 * document are zod 4's own JSON Schema of the very schemas the route validates with and types its
 * answers by; non-JSON answers keep their real content types.
 */
import type { RouteConfig } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calendarRoutes } from '../calendar/index.ts';
import { digestRoutes } from '../digests/index.ts';
import { importRoutes } from '../imports/index.ts';
import { intakeRoutes } from '../intake/index.ts';
import { missionRoutes } from '../missions/index.ts';
import { openApiDocument } from './openapi.ts';

const SLICES: Record<string, RouteConfig[]> = { missions: missionRoutes, intake: intakeRoutes, digests: digestRoutes, calendar: calendarRoutes, imports: importRoutes };
const CONVERTED = Object.values(SLICES).flat();

type Parameter = { name: string; in: string; required: boolean; description?: string; schema: unknown };
const doc = openApiDocument('https://tandem.example') as unknown as {
  paths: Record<string, Record<string, { operationId?: string; security?: unknown; parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components: { schemas: Record<string, unknown> };
};

/** The schema a document entry stands for, through its `$ref`. */
const resolve = (s: unknown) => {
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
const mediaSchema = (content: object | undefined) => (content as Record<string, { schema?: unknown }> | undefined)?.['application/json']?.schema;
const name = (route: RouteConfig) => `${route.method.toUpperCase()} ${route.path}`;
const operationOf = (route: RouteConfig) => doc.paths[route.path]?.[route.method];

describe('routes declared with createRoute (missions, gaps, intake, digests, calendar, imports, the DOCX)', () => {
  it.each(CONVERTED.map((route) => [name(route), route] as const))('%s: the document says what the route validates', (_name, route) => {
    const operation = operationOf(route);
    expect(operation?.operationId).toBe(route.operationId);
    expect(operation?.security, 'security as declared').toEqual(route.security);

    const body = mediaSchema(route.request?.body?.content);
    if (body instanceof z.ZodType) expect(resolve(operation?.requestBody?.content['application/json']?.schema)).toEqual(jsonSchema(body, 'input'));
    else if (!route.request?.body) expect(operation?.requestBody).toBeUndefined();

    for (const [key, location] of [['params', 'path'], ['headers', 'header'], ['query', 'query']] as const) {
      const declared = route.request?.[key];
      if (!(declared instanceof z.ZodObject)) continue;
      const fields = Object.entries(declared.shape as Record<string, z.ZodType>);
      expect(operation?.parameters?.filter((p) => p.in === location).map((p) => p.name), `${location} parameters`).toEqual(fields.map(([field]) => field));
      for (const [field, validator] of fields) {
        const documented = operation?.parameters?.find((p) => p.name === field && p.in === location);
        const { description: _said, ...validated } = jsonSchema(validator, 'input');
        expect(documented?.schema, `${location} ${field}`).toEqual(validated);
      }
    }

    expect(Object.keys(operation?.responses ?? {}).sort(), 'statuses').toEqual(Object.keys(route.responses).sort());
    for (const [status, answer] of Object.entries(route.responses)) {
      const content = 'content' in answer ? answer.content as Record<string, unknown> | undefined : undefined;
      expect(Object.keys(operation?.responses[status]?.content ?? {}), `answer ${status}: media types`).toEqual(Object.keys(content ?? {}));
      const sent = mediaSchema(content);
      if (!(sent instanceof z.ZodType)) continue;
      const documented = resolve(operation?.responses[status]?.content?.['application/json']?.schema) as { properties?: { items?: { items?: unknown } } };
      // A list is written as `{ items: [ref] }`: its items are the item's component.
      const item = sent instanceof z.ZodObject && sent.shape.items instanceof z.ZodArray ? sent.shape.items.element as z.ZodType : undefined;
      if (item) expect(resolve(documented.properties?.items?.items), `answer ${status}: items`).toEqual(jsonSchema(item, 'output'));
      // A component written by hand (its parts by reference) must say what zod says of the whole.
      else expect(resolveAll(documented), `answer ${status}`).toEqual(jsonSchema(sent, 'output'));
    }
  });

  it.each(Object.entries(SLICES))('%s: each operation listed once, and no other operation on its paths', (_slice, routes) => {
    const declared = routes.map(name).sort();
    expect(new Set(declared).size).toBe(declared.length);
    const documented = [...new Set(routes.map((route) => route.path))].flatMap((path) =>
      Object.keys(doc.paths[path] ?? {}).map((method) => `${method.toUpperCase()} ${path}`)).sort();
    expect(documented).toEqual(declared);
  });
});
