/**
 * What a Mailer's failure means for the message, so that the digest can
 * keep its promise of at most one email per member and week:
 * - `MailThrottledError`: refused for rate, not sent; retry after a pause.
 * - `MailOutcomeUnknownError`: the request may have reached the provider
 *   (a timeout, a connection lost mid-way); it may have been sent, so it is
 *   never retried.
 * Any other error from `send` means the message was not accepted.
 */
import { ServiceUnavailableError } from '../errors/index.ts';

export class MailThrottledError extends ServiceUnavailableError {
  constructor(options?: ErrorOptions) {
    super('Email is being sent too fast; try again shortly.', options);
  }
}

export class MailOutcomeUnknownError extends ServiceUnavailableError {
  constructor(options?: ErrorOptions) {
    super('Email may or may not have been sent.', options);
  }
}
