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
import { translatorFor, type Translator } from '#shared/i18n/translator.ts';
import { fieldMessage } from '#shared/i18n/field-message.ts';
import { wordingText } from '#shared/i18n/wording.ts';
import { ErrorPage, type Problem } from '../ui/error-page.tsx';

/**
 * The detail in the reader's language: the error's own wording, else (in English and the
 * pseudo-locale, where a missing wording must show) its English message, else the status's
 * generic detail.
 */
function detailOf(error: AppError, translator: Translator): string {
  if (error.wording && translator.has(error.wording.key)) return wordingText(translator, error.wording);
  if (translator.language === 'en') return error.message;
  return translator.label(`common.problem.${error.slug}.detail`);
}

export function toProblem(error: unknown, requestId: string, translator: Translator = translatorFor('en')): Problem {
  const { label } = translator;
  if (error instanceof AppError) {
    return {
      type: `urn:tandem:problem:${error.slug}`,
      title: label(`common.problem.${error.slug}.title`),
      status: error.status,
      detail: detailOf(error, translator),
      requestId,
      ...(error instanceof ValidationError
        ? { errors: error.errors.map((e) => ({ path: e.path, message: fieldMessage(translator, e), ...(e.code ? { code: e.code } : {}) })) }
        : {}),
    };
  }
  if (error instanceof HTTPException && error.status < 500) {
    return { type: 'about:blank', title: label('common.problem.bad-request.title'), status: error.status, detail: label('common.problem.bad-request.detail'), requestId };
  }
  return {
    type: 'urn:tandem:problem:internal',
    title: label('common.problem.internal.title'),
    status: 500,
    detail: label('common.problem.internal.detail', { requestId }),
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
    const problem = toProblem(error, requestId, c.get('i18n'));
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
