/** Lambda entry point of the web app and JSON API (API Gateway REST, proxy integration). */
import { prefetchFeature } from '#web/feature-prefetch.ts';
import { builtOnFirstInvocation } from './first-invocation.ts';
import { handle } from './hono-adapter.ts';
import { buildLambdaApp } from './web-app.ts';

let appBuilt = false;
// Built on the first request: its secret comes through the secrets extension, which answers only then.
const app = builtOnFirstInvocation(async () => {
  const built = handle(await buildLambdaApp());
  appBuilt = true;
  return built;
});

export const handler: typeof app = (event, context) => {
  // Until the app exists, the answering feature's import runs while the secret is on its way
  // (web/feature-prefetch.ts); from then on the app's own middleware starts it, so one lookup a request.
  // The stack's API is REST (v1): its events name the method and the path.
  if (!appBuilt && 'httpMethod' in event && typeof event.path === 'string') prefetchFeature(event.httpMethod, event.path);
  return app(event, context);
};
