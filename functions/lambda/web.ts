/** Lambda entry point of the web app and JSON API (API Gateway REST, proxy integration). */
import { prefetchFeature } from '#web/feature-prefetch.ts';
import { builtOnFirstInvocation } from './first-invocation.ts';
import { handle } from './hono-adapter.ts';
import { buildLambdaApp } from './web-app.ts';

// Built on the first request: its secret comes through the secrets extension, which answers only then.
const app = builtOnFirstInvocation(async () => handle(await buildLambdaApp()));

export const handler: typeof app = (event, context) => {
  // On a cold start the answering feature's import runs while the secret is on its way (web/feature-prefetch.ts).
  // The stack's API is REST (v1): its events name the method and the path.
  if ('httpMethod' in event && typeof event.path === 'string') prefetchFeature(event.httpMethod, event.path);
  return app(event, context);
};
