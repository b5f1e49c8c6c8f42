/**
 * The timeline corrections' routes, the proceedings' (the UN draft's DOCX download too) and the XLSX
 * export's job routes, declared with createRoute, and
 * their entries in `/api/openapi.json` cannot drift apart (test/support/declared-routes.ts says how).
 */
import { describe, expect, it } from 'vitest';
import { documentMatchesRoutes, operationOf } from '../../test/support/declared-routes.ts';
import { correctionsRoutes } from '../corrections/index.ts';
import { exportsRoutes } from '../exports/index.ts';
import { proceedingsRoutes } from '../proceedings/index.ts';

describe('the corrections, the proceedings and the export jobs declared with createRoute', () => {
  documentMatchesRoutes(correctionsRoutes);
  documentMatchesRoutes(proceedingsRoutes);
  documentMatchesRoutes(exportsRoutes);

  it('asks If-Match of both corrections, with the case and the event in the path', () => {
    for (const route of correctionsRoutes) {
      expect(operationOf(route)?.parameters?.map((p) => [p.name, p.in])).toEqual([['id', 'path'], ['eventId', 'path'], ['If-Match', 'header']]);
    }
  });

  it('answers the UN draft as a DOCX file, its language optional', () => {
    const docx = proceedingsRoutes.find((r) => r.path.endsWith('un-sr.docx'))!;
    const operation = operationOf(docx)!;
    expect(Object.keys((operation.responses as Record<string, { content?: object }>)['200']!.content!)).toEqual(['application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    expect(operation.parameters?.map((p) => [p.name, p.in, p.required])).toEqual([['id', 'path', true], ['language', 'query', false]]);
  });
});
