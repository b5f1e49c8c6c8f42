/**
 * Checks recorded answers against the OpenAPI document the app serves: the route and
 * method must be documented, the status listed for the operation, a JSON body must match
 * the schema documented for that status (ajv, JSON Schema 2020-12, the dialect of
 * OpenAPI 3.1), and an operation documented as needing a session must not have answered
 * a caller without one with success. Each schema is compiled once per document.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { RecordedAnswer } from './recorder.ts';

interface Operation {
  security?: Array<Record<string, string[]>>;
  responses: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}
type OpenApiDocument = { security?: Array<Record<string, string[]>>; paths: Record<string, Record<string, Operation>> };

const DOCUMENT_ID = 'https://tandem.invalid/openapi.json';
/** `/api/cases/{id}` as a pattern; a literal segment is preferred to a parameter where both match. */
const templatePattern = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
const pointer = (...parts: string[]) => `#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

export interface ContractChecker {
  /** Every way the answers break the contract, one line each (empty when they keep it). */
  check(answers: RecordedAnswer[]): string[];
}

/** `served` is the document as the app serves it (`openApiDocument(appUrl)`). */
export function contractChecker(served: object): ContractChecker {
  const document = served as OpenApiDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats.default(ajv);
  ajv.addFormat('binary', true);
  ajv.addSchema(document as object, DOCUMENT_ID);
  const compiled = new Map<string, ValidateFunction>();
  // Literal templates first: `/api/calendar/feed` before `/api/calendar/{x}`.
  const templates = Object.keys(document.paths)
    .map((template) => ({ template, pattern: templatePattern(template), parameters: (template.match(/\{/g) ?? []).length }))
    .sort((a, b) => a.parameters - b.parameters);

  const validatorFor = (template: string, method: string, status: string, mediaType: string) => {
    const key = `${method} ${template} ${status} ${mediaType}`;
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}${pointer('paths', template, method, 'responses', status, 'content', mediaType, 'schema')}` });
      compiled.set(key, validate);
    }
    return validate;
  };

  const problemsOf = (answer: RecordedAnswer): string[] => {
    const method = answer.method.toLowerCase();
    const route = templates.find((t) => t.pattern.test(answer.path) && document.paths[t.template]?.[method]);
    const said = `${answer.method} ${answer.path} → ${answer.status}`;
    if (!route) return [`${said}: no operation in the document for this route and method`];
    const operation = document.paths[route.template]![method]!;
    const where = `${answer.method} ${route.template} ${answer.status}`;
    const problems: string[] = [];
    const security = operation.security ?? document.security ?? [];
    const anonymousAllowed = security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0);
    if (!answer.withSession && answer.status < 400 && !anonymousAllowed) {
      problems.push(`${where}: answered a caller without a session, but the operation's security requires one`);
    }
    const documented = operation.responses[String(answer.status)];
    if (!documented) return [...problems, `${where}: status not documented for this operation`];
    if (answer.unparsable !== undefined) return [...problems, `${where}: the body is not JSON: ${answer.unparsable}`];
    if (answer.body === undefined) return problems;
    const mediaType = answer.contentType.split(';')[0]!.trim();
    const content = documented.content?.[mediaType];
    if (!content?.schema) return [...problems, `${where}: a body of type ${mediaType}, but the document gives it no schema`];
    const validate = validatorFor(route.template, method, String(answer.status), mediaType);
    if (!validate(answer.body)) {
      const errors = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '(body)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
      problems.push(`${where}: the body does not match its schema: ${errors.join('; ')}`);
    }
    return problems;
  };

  return {
    check: (answers) => [...new Set(answers.flatMap(problemsOf))],
  };
}
