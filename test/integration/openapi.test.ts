/** The OpenAPI document describes every JSON route the app registers. */
import { describe, expect, it } from 'vitest';
import { makeHarness, bodyOf } from '../support/harness.ts';

describe('GET /api/openapi.json', () => {
  it('is OpenAPI 3.1 and documents every registered /api route and method', async () => {
    const h = await makeHarness();
    const doc = await bodyOf(await h.app.request('/api/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    const registered = h.app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(registered.length).toBeGreaterThan(0);
    expect(new Set(documented)).toEqual(new Set(registered));
  });

  it('carries the request schemas generated from zod, strict (no additional properties)', async () => {
    const h = await makeHarness();
    const doc = await bodyOf(await h.app.request('/api/openapi.json'));
    const create = doc.components.schemas.CreateCase;
    expect(create.additionalProperties).toBe(false);
    expect(create.required).toEqual(expect.arrayContaining(['defenderName', 'country', 'themes', 'visibility', 'summary']));
    // Several current statuses; the older single field is still documented, as an alternative.
    expect(create.properties.riskStatuses.items.enum).toContain('on_trial');
    expect(create.properties.riskStatus.description).toMatch(/Older clients/);
  });
});
