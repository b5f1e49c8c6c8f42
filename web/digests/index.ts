/** Weekly digests and a member's preferences: settings, the language choice, previews, runs, unsubscribe; API and pages, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { digestsApi } from './digests-api.routes.ts';
import { digestPages } from './digest-pages.routes.tsx';
import { languageChoice } from './language-choice.routes.ts';

export function digestsFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', digestsApi(deps)).route('/', digestPages(deps)).route('/', languageChoice(deps));
}
/** The preferences' and digests' part of the OpenAPI document, and their routes as declared. */
export { digestRoutes, digestsOpenApi } from './digests-api.routes.ts';
