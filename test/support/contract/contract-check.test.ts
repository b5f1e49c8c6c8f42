/** The contract check itself: each way an answer can break the document is reported, and a kept contract is silent. */
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '#web/openapi/openapi.ts';
import { contractChecker } from './contract-check.ts';
import type { RecordedAnswer } from './recorder.ts';

const checker = contractChecker(openApiDocument('http://localhost'));
const caseId = '6f1c0a3e-8f7e-4d0c-9d7e-2a9c1b3d4e5f';
const base: RecordedAnswer = { method: 'GET', path: `/api/cases/${caseId}/proceedings`, status: 200, contentType: 'application/json', withSession: true, body: { items: [] } };

describe('the contract check', () => {
  it('passes an answer that keeps the document', () => {
    expect(checker.check([base])).toEqual([]);
  });

  it('fails a route the document does not have, naming it', () => {
    expect(checker.check([{ ...base, path: '/api/cases/x/undocumented' }])).toEqual([
      'GET /api/cases/x/undocumented → 200: no operation in the document for this route and method',
    ]);
  });

  it('fails a status the operation does not list', () => {
    expect(checker.check([{ ...base, status: 418 }])).toEqual(['GET /api/cases/{id}/proceedings 418: status not documented for this operation']);
  });

  it("fails a body that does not match its schema, with ajv's error", () => {
    const [problem] = checker.check([{ ...base, body: { items: [{ id: 'not a proceeding' }] } }]);
    expect(problem).toMatch(/^GET \/api\/cases\/\{id\}\/proceedings 200: the body does not match its schema: \/items\/0 /);
  });

  it('fails a field the schema does not name (a field that leaked)', () => {
    const [problem] = checker.check([{ ...base, body: { items: [], secret: 'x' } }]);
    expect(problem).toContain('"additionalProperty":"secret"');
  });

  it('fails success without a session on an operation that needs one, and not on an open one', () => {
    expect(checker.check([{ ...base, path: '/api/calendar/feed', body: { active: false }, withSession: false }])).toEqual([
      "GET /api/calendar/feed 200: answered a caller without a session, but the operation's security requires one",
    ]);
    expect(checker.check([{ ...base, withSession: false }])).toEqual([]);
  });

  it('fails a JSON body where the status documents none', () => {
    expect(checker.check([{ ...base, method: 'DELETE', path: '/api/calendar/feed', status: 204, body: {} }])).toEqual([
      'DELETE /api/calendar/feed 204: a body of type application/json, but the document gives it no schema',
    ]);
  });
});
