/** Members' pages: a signed-out visitor is sent to the sign-in form instead. */
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';

export const signInFirst = (c: Context<AppEnv>) => (c.get('viewer').kind === 'anonymous' ? c.redirect('/sign-in', 303) : undefined);
