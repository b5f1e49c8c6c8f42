/**
 * The one error hierarchy of Tandem. Domain code throws these; only the HTTP
 * edge (`web/middleware/problem.tsx`) turns them into problem+json responses.
 *
 * @example
 *   throw new NotFoundError('case'); // -> 404, never discloses why
 */

/**
 * A field-level validation message, `path` in dot notation (`themes.0`).
 * `message` is English (logs, tests); the edge words it in the reader's
 * language from `key`, or from `code` and `params` (zod's issue code and its
 * numbers: `minimum`, `maximum`, `format`), see `shared/i18n/field-message.ts`.
 */
export interface FieldError {
  path: string;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
  /** A catalog key naming this exact problem (`validation.repeats`). */
  key?: string;
}

/** A catalog key and its values: how an error is worded in each language. */
export interface Wording {
  key: string;
  values?: Record<string, string | number>;
}

/**
 * The wording of an error left with its class's default message: the
 * status's generic detail (`common.problem.<slug>.detail`), which says the
 * same thing in every language.
 */
const genericWording = (slug: string, message: string | undefined, given?: Wording): { wording?: Wording } =>
  given ? { wording: given } : message === undefined ? { wording: { key: `common.problem.${slug}.detail` } } : {};

export abstract class AppError extends Error {
  abstract readonly status: number;
  /** Stable slug used in the problem `type` URI. */
  abstract readonly slug: string;
  /** Short, fixed, human-readable summary; never holds user data. */
  abstract readonly title: string;

  /**
   * How to say `message` in the reader's language. Without it the edge says the
   * English message in English and the status's generic detail in other languages.
   */
  wording?: Wording;

  constructor(message: string, options?: ErrorOptions & { wording?: Wording }) {
    super(message, options);
    this.name = new.target.name;
    if (options?.wording) this.wording = options.wording;
  }
}

export class ValidationError extends AppError {
  readonly status = 400;
  readonly slug = 'validation';
  readonly title = 'Invalid request';
  constructor(
    readonly errors: FieldError[],
    message?: string,
  ) {
    super(message ?? 'The request has invalid fields.', genericWording('validation', message));
  }
}

export class UnauthorizedError extends AppError {
  readonly status = 401;
  readonly slug = 'unauthorized';
  readonly title = 'Sign-in required';
  constructor(message?: string, options?: { wording?: Wording }) {
    super(message ?? 'Sign in to continue.', genericWording('unauthorized', message, options?.wording));
  }
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly slug = 'forbidden';
  readonly title = 'Not allowed';
  constructor(message?: string, options?: { wording?: Wording }) {
    super(message ?? 'Your role may not do this.', genericWording('forbidden', message, options?.wording));
  }
}

/** Also used for things that exist but the caller may not see: never disclose. */
export class NotFoundError extends AppError {
  readonly status = 404;
  readonly slug = 'not-found';
  readonly title = 'Not found';
  constructor(what = 'resource') {
    // Every language says the same generic sentence: a 404 never tells what was looked for.
    super(`No such ${what}.`, genericWording('not-found', undefined));
  }
}

export class ConflictError extends AppError {
  readonly status = 409;
  readonly slug = 'conflict';
  readonly title = 'Conflict';
}

/**
 * A public action the defender did not consent to (409): the case is not
 * public and no coordinator cleared public action on it. Its own type, so a
 * client can tell it from other conflicts and explain the consent.
 */
export class ConsentRequiredError extends AppError {
  readonly status = 409;
  readonly slug = 'public-action-not-cleared';
  readonly title = 'Public action not cleared';
}

export class PreconditionFailedError extends AppError {
  readonly status = 412;
  readonly slug = 'stale-version';
  readonly title = 'Precondition failed';
  constructor(message?: string, options?: { wording?: Wording }) {
    super(message ?? 'The resource changed since you read it; reload and try again.', genericWording('stale-version', message, options?.wording));
  }
}

export class PayloadTooLargeError extends AppError {
  readonly status = 413;
  readonly slug = 'payload-too-large';
  readonly title = 'Payload too large';
}

export class UnsupportedMediaTypeError extends AppError {
  readonly status = 415;
  readonly slug = 'unsupported-media-type';
  readonly title = 'Unsupported media type';
}

export class UnprocessableError extends AppError {
  readonly status = 422;
  readonly slug = 'unprocessable';
  readonly title = 'Unprocessable request';
}

export class PreconditionRequiredError extends AppError {
  readonly status = 428;
  readonly slug = 'precondition-required';
  readonly title = 'Precondition required';
  constructor(message?: string, options?: { wording?: Wording }) {
    super(message ?? 'Send If-Match with the ETag you last read.', genericWording('precondition-required', message, options?.wording));
  }
}

export class TooManyRequestsError extends AppError {
  readonly status = 429;
  readonly slug = 'too-many-requests';
  readonly title = 'Too many requests';
  constructor(
    readonly retryAfterSeconds: number,
    message?: string,
  ) {
    super(message ?? 'Too many attempts; try again later.', genericWording('too-many-requests', message));
  }
}

/** A dependency (DynamoDB, SES) is failing or throttling; the caller may retry. */
export class ServiceUnavailableError extends AppError {
  readonly status = 503;
  readonly slug = 'service-unavailable';
  readonly title = 'Service unavailable';
  constructor(message?: string, options?: ErrorOptions & { wording?: Wording }) {
    super(message ?? 'A service Tandem depends on is unavailable; try again shortly.', { ...options, ...genericWording('service-unavailable', message, options?.wording) });
  }
}
