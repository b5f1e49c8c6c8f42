/** Lambda entry point of the web app and JSON API (API Gateway REST, proxy integration). */
import { builtOnFirstInvocation } from './first-invocation.ts';
import { handle } from './hono-adapter.ts';
import { buildLambdaApp } from './web-app.ts';

// Built on the first request: its secret comes through the secrets extension, which answers only then.
export const handler = builtOnFirstInvocation(async () => handle(await buildLambdaApp()));
