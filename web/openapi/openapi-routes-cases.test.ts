/**
 * The routes of cases, case safety and members, declared with createRoute, and
 * `/api/openapi.json` cannot drift apart: each operation's request body, parameters (path, header
 * and query) and answers in the document are zod 4's own JSON Schema of the very schemas the route
 * validates with and types its answers by (test/support/declared-routes.ts), and the case list
 * and the exports as they are.
 */
import { describe, expect, it } from 'vitest';
import { doc, documentMatchesRoutes, resolve } from '../../test/support/declared-routes.ts';
import { caseSafetyRoutes } from '../case-safety/index.ts';
import { casesRoutes } from '../cases/index.ts';
import { membersRoutes } from '../members/index.ts';

describe('cases, case safety and members declared with createRoute', () => {
  documentMatchesRoutes([...casesRoutes, ...caseSafetyRoutes, ...membersRoutes]);

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
