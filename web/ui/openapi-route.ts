/**
 * Routes declared once with `@hono/zod-openapi`: each slice writes its JSON routes as `createRoute`
 * configs in `web/<feature>/<feature>-api.routes.ts`, mounts them on `apiApp()`, and hands the same
 * configs to `openApiPart()`, which writes its entries of `/api/openapi.json`. The zod schemas of
 * `shared/<feature>` thus validate the request, type the handler (`c.req.valid(...)`) and describe
 * the operation.
 *
 * Why the document is not the library's own (`getOpenAPI31Document`): its JSON Schema converter
 * drops what zod 4's `toJSONSchema` keeps (array `maxItems`, defaults, `anyOf` with null), so the
 * document would promise less than the route enforces. `openApiPart` walks the same configs and
 * writes each schema with `schema()` (zod's own converter), as every hand-written part does.
 */
import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { ValidationError } from '#shared/errors/index.ts';
import { fieldErrors } from '#shared/errors/validation.ts';
import type { AppEnv } from '../env.ts';
import { readJson } from '../middleware/json-body.ts';
import { ref, schema } from './openapi-parts.ts';

/**
 * The app a slice declares its JSON routes on. A request that fails its declared schemas throws the
 * project's ValidationError, so `web/middleware/problem.tsx` answers 400 problem+json with the field
 * paths worded in the caller's language, as the routes that parse their own body do.
 */
export function apiApp() {
  return new OpenAPIHono<AppEnv>({
    // On failure the hook is also given what was validated (`data`), which tells a missing field from a wrong one.
    defaultHook: (result) => {
      if (!result.success) throw new ValidationError(fieldErrors(result.error, (result as { data?: unknown }).data));
    },
  });
}

/**
 * Route middleware for a JSON body (runs before the validators): 415 with the project's wording
 * unless the body is JSON, 400 naming `(body)` for bytes that are not JSON. The library would
 * answer both with a bare HTTPException. The text read here is cached, so the validator reuses it.
 */
export const jsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  await readJson(c);
  await next();
};

/**
 * Names given to bodies: the document lists each once under `components.schemas`, as what a client
 * sends (`input`) or gets (`output`), or as a JSON Schema written for it (a list whose items are a
 * named component).
 */
const components = new WeakMap<z.ZodType, { name: string; io: 'input' | 'output'; written?: object }>();

/** A required JSON request body, validated by `body` and documented as the component `name`. */
export function jsonRequest<S extends z.ZodType>(name: string, body: S) {
  components.set(body, { name, io: 'input' });
  return { required: true, content: { 'application/json': { schema: body } } } as const;
}

/**
 * A JSON answer: `body` types what the handler may send (`c.json(x, status)`), the document names it
 * `name` (from zod, or `written` when given, e.g. `listOf('Item')` so the items stay a reference).
 */
export function jsonAnswer<S extends z.ZodType>(description: string, name: string, body: S, written?: object) {
  components.set(body, { name, io: 'output', ...(written ? { written } : {}) });
  return { description, content: { 'application/json': { schema: body } } } as const;
}

/** Content by reference to its named component, each named schema collected into `schemas`. */
function documentContent(content: object, schemas: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(content as Record<string, { schema?: unknown } | undefined>).map(([mediaType, media]) => {
    const body = media?.schema;
    if (!(body instanceof z.ZodType)) return [mediaType, media];
    const named = components.get(body);
    if (!named) return [mediaType, { schema: schema(body, 'output') }];
    schemas[named.name] = named.written ?? schema(body, named.io);
    return [mediaType, { schema: ref(named.name) }];
  }));
}

/**
 * Parameters documented as required although the route lets them through: `If-Match` is checked
 * by the use case after its access checks (428 when missing), not by the validator (which would say 400).
 */
const requiredInDocument = new WeakSet<z.ZodType>();
export const documentedAsRequired = <S extends z.ZodType>(s: S): S => (requiredInDocument.add(s), s);

/**
 * An id in the path. Any string passes the validator: the use case answers an id that is not a
 * uuid exactly as before (400 naming it) and an unknown one 404, after its access checks.
 */
export const pathId = (description?: string) => {
  const id = z.string().meta({ format: 'uuid' });
  return description ? id.describe(description) : id;
};
export const ifMatchHeader = documentedAsRequired(z.string().optional());

/** A file's bytes in the document: a binary answer (CSV aside) or a multipart form's file field. */
export const binaryFile = { type: 'string', format: 'binary' } as const;

/** A 202's body (sign-in link asked, join request received): what happens next, the same answer for everyone. */
export const acceptedSchema = z.object({ message: z.string().describe("What happens next, in the caller's language") });

/** Security as the authorization matrix has it (see openapi-parts.ts for `anyone` and `sessionOptional`). */
export const session: Array<Record<string, string[]>> = [{ session: [] }];

type Location = 'path' | 'header' | 'query';
const locations: Array<[keyof NonNullable<RouteConfig['request']>, Location]> = [['params', 'path'], ['headers', 'header'], ['query', 'query']];

function parametersOf(route: RouteConfig) {
  return locations.flatMap(([key, location]) => {
    const declared = route.request?.[key];
    if (!(declared instanceof z.ZodObject)) return [];
    return Object.entries(declared.shape as Record<string, z.ZodType>).map(([name, field]) => {
      const { description, ...fieldSchema } = schema(field);
      const required = location === 'path' || requiredInDocument.has(field) || !field.safeParse(undefined).success;
      return { name, in: location, required, ...(description ? { description } : {}), schema: fieldSchema };
    });
  });
}

/** The operation's paths entries and the component schemas its request bodies name. */
export function openApiPart(routes: RouteConfig[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = {};
  for (const route of routes) {
    const { method, path, request, responses, middleware: _middleware, hide: _hide, ...operation } = route;
    const content = request?.body?.content;
    const requestBody = content ? { required: request?.body?.required ?? false, content: documentContent(content, schemas) } : undefined;
    const parameters = parametersOf(route);
    (paths[path] ??= {})[method] = {
      ...operation,
      ...(parameters.length ? { parameters } : {}),
      ...(requestBody ? { requestBody } : {}),
      responses: Object.fromEntries(Object.entries(responses).map(([status, answer]) =>
        [status, 'content' in answer && answer.content ? { ...answer, content: documentContent(answer.content, schemas) } : answer])),
    };
  }
  return { paths, schemas };
}
