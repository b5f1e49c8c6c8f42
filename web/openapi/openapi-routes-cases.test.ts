/**
 * The routes of cases, case safety and members, declared with createRoute, and
 * `/api/openapi.json` cannot drift apart: each operation's request body, parameters (path, header
 * and query) and answers in the document are zod 4's own JSON Schema of the very schemas the route
 * validates with and types its answers by. The same check as openapi-routes.test.ts, on these
 * slices' operations.
 */
import type { RouteConfig } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseSafetyRoutes } from '../case-safety/index.ts';
import { casesRoutes } from '../cases/index.ts';
import { membersRoutes } from '../members/index.ts';
import { openApiDocument } from './openapi.ts';

const CONVERTED: RouteConfig[] = [...casesRoutes, ...caseSafetyRoutes, ...membersRoutes];
const doc = openApiDocument('https://tandem.example') as unknown as {
  paths: Record<string, Record<string, {
    operationId?: string; security?: unknown; parameters?: Array<{ name: string; in: string; required: boolean; schema: unknown }>;
    requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  }>>;
  components: { schemas: Record<string, unknown> };
};

/** The schema a document entry stands for, through its `$ref`. */
const resolve = (s: unknown) => {
  const target = (s as { $ref?: string } | undefined)?.$ref;
  return target ? doc.components.schemas[target.replace('#/components/schemas/', '')] : s;
};
const jsonSchema = (s: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  return rest;
};
/** The zod schema declared for JSON in a config's `content`. */
const mediaSchema = (content: object | undefined) => (content as Record<string, { schema?: unknown }> | undefined)?.['application/json']?.schema;
const name = (route: RouteConfig) => `${route.method.toUpperCase()} ${route.path}`;
const operationOf = (route: RouteConfig) => doc.paths[route.path]?.[route.method];

describe('cases, case safety and members declared with createRoute', () => {
  it.each(CONVERTED.map((route) => [name(route), route] as const))('%s: the document says what the route validates and sends', (_name, route) => {
    const operation = operationOf(route);
    expect(operation?.operationId).toBe(route.operationId);
    expect(operation?.security).toEqual(route.security);

    const body = mediaSchema(route.request?.body?.content);
    if (body instanceof z.ZodType) expect(resolve(operation?.requestBody?.content['application/json']?.schema)).toEqual(jsonSchema(body, 'input'));
    else expect(operation?.requestBody).toBeUndefined();

    for (const [key, location] of [['params', 'path'], ['headers', 'header'], ['query', 'query']] as const) {
      const declared = route.request?.[key];
      if (!(declared instanceof z.ZodObject)) continue;
      for (const [field, validator] of Object.entries(declared.shape as Record<string, z.ZodType>)) {
        const documented = operation?.parameters?.find((p) => p.name === field && p.in === location);
        const { description: _said, ...validated } = jsonSchema(validator, 'input');
        expect(documented?.schema, `${location} ${field}`).toEqual(validated);
      }
    }

    for (const [status, answer] of Object.entries(route.responses)) {
      expect(operation?.responses[status], `answer ${status}`).toBeDefined();
      const sent = 'content' in answer ? mediaSchema(answer.content) : undefined;
      if (!(sent instanceof z.ZodType)) continue;
      const documented = resolve(operation?.responses[status]?.content?.['application/json']?.schema) as { properties?: { items?: { items?: unknown } } };
      // A list is written as `{ items: [ref], nextCursor? }`: its items are the item's component.
      const item = sent instanceof z.ZodObject && sent.shape.items instanceof z.ZodArray ? sent.shape.items.element as z.ZodType : undefined;
      if (item) expect(resolve(documented.properties?.items?.items), `answer ${status} items`).toEqual(jsonSchema(item, 'output'));
      else expect(documented, `answer ${status}`).toEqual(jsonSchema(sent, 'output'));
    }
  });

  it('lists each of these operations once, and no other operation on their paths', () => {
    const declared = CONVERTED.map(name).sort();
    expect(new Set(declared).size).toBe(declared.length);
    const documented = [...new Set(CONVERTED.map((route) => route.path))].flatMap((path) =>
      Object.keys(doc.paths[path] ?? {}).map((method) => `${method.toUpperCase()} ${path}`)).sort();
    expect(documented).toEqual(declared);
  });

  it('documents the case list as a page: its items are the Case component, its cursor a string or null', () => {
    const list = resolve(doc.paths['/api/cases']?.get?.responses['200']?.content?.['application/json']?.schema) as {
      properties: { items: { items: unknown }; nextCursor: { type: unknown } };
    };
    expect(list.properties.items.items).toEqual({ $ref: '#/components/schemas/Case' });
    expect(list.properties.nextCursor.type).toEqual(['string', 'null']);
  });

  it('documents the CSV export as the file it is, and the XLSX export as a job, both with the case list\'s filters as their query', () => {
    const csv = doc.paths['/api/exports/cases.csv']?.get;
    const xlsxJob = doc.paths['/api/exports/cases.xlsx']?.post;
    expect(doc.paths['/api/exports/cases.xlsx']?.get).toBeUndefined();
    expect(csv?.responses['200']?.content).toEqual({ 'text/csv': { schema: { type: 'string' } } });
    expect(Object.keys(xlsxJob?.responses ?? {})).toContain('202');
    const list = doc.paths['/api/cases']?.get?.parameters?.map((p) => p.name) ?? [];
    expect(csv?.parameters?.map((p) => p.name).sort()).toEqual([...list, 'lang'].sort());
    // The job's workbook holds every matching case: no page size, no cursor.
    const filters = list.filter((name) => name !== 'limit' && name !== 'cursor');
    expect(xlsxJob?.parameters?.map((p) => p.name).sort()).toEqual([...filters, 'lang'].sort());
  });
});
