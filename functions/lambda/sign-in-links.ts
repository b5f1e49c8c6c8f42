/**
 * Lambda entry of the sign-in link function, invoked asynchronously by the
 * web function once per request for a link: checks the caps, looks the
 * address up, stores a token and sends the email (or, for an address that
 * is not a member's, does nothing). A throw makes Lambda retry, then
 * dead-letter the request.
 */
import { z } from 'zod';
import { sendSignInLink } from '#shared/auth/sign-in.ts';
import { signInLinkConfig } from '../config.ts';
import { mailLambdaDeps } from './mail-lambda-deps.ts';

const eventSchema = z.object({ email: z.string().min(3).max(254), client: z.string().min(1).max(100) }).strict();

// One link at a time, at once: not paced (a member is waiting for it).
const deps = mailLambdaDeps(signInLinkConfig());

export const handler = async (event: unknown): Promise<void> => {
  await sendSignInLink(deps, eventSchema.parse(event));
};
