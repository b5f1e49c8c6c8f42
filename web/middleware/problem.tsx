/**
 * The one place errors become HTTP: problem+json (RFC 9457) for the API,
 * an error page for browsers. Unknown errors give a generic 500 with the
 * request id; their details go to the log only, never to the caller.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, ValidationError, TooManyRequestsError } from '#shared/errors/index.ts';
import type { Logger } from '#shared/ports/logger.ts';
import type { AppEnv } from '../env.ts';
import { ErrorPage, type Problem } from '../ui/error-page.tsx';

export function toProblem(error: unknown, requestId: string): Problem {
  if (error instanceof AppError) {
    return {
      type: `urn:tandem:problem:${error.slug}`,
      title: error.title,
      status: error.status,
      detail: error.message,
      requestId,
      ...(error instanceof ValidationError ? { errors: error.errors } : {}),
    };
  }
  if (error instanceof HTTPException && error.status < 500) {
    return { type: 'about:blank', title: 'Bad request', status: error.status, detail: 'The request could not be read.', requestId };
  }
  return {
    type: 'urn:tandem:problem:internal',
    title: 'Internal error',
    status: 500,
    detail: `Something went wrong on our side. Quote request id ${requestId} when reporting it.`,
    requestId,
  };
}

/** The first stack frame's location (`file:line:col`), without the message line. */
function firstFrame(error: Error): string | undefined {
  return error.stack?.split('\n').find((line) => line.trim().startsWith('at '))?.trim().slice(0, 200);
}

export function problemHandler(log: Logger) {
  return (error: Error, c: Context<AppEnv>) => {
    const requestId = c.get('requestId') ?? 'unknown';
    const problem = toProblem(error, requestId);
    if (problem.status >= 500) {
      // Names and code locations only: an unknown error's message may quote data (an SDK
      // validation message can echo attribute values), and nothing of a case may reach a log.
      const cause = error.cause as Error | undefined;
      log.error('request failed', {
        requestId, route: c.req.routePath, method: c.req.method, error: error.name,
        where: firstFrame(error), cause: cause?.name, causeWhere: cause ? firstFrame(cause) : undefined,
      });
    }
    if (error instanceof TooManyRequestsError) c.header('Retry-After', String(error.retryAfterSeconds));
    if (c.get('page') || !c.req.path.startsWith('/api/')) {
      return c.html(<ErrorPage problem={problem} viewer={c.get('viewer')} />, problem.status as 400);
    }
    return c.body(JSON.stringify(problem), problem.status as 400, { 'Content-Type': 'application/problem+json' });
  };
}
