/** Lambda entry point of the web app and JSON API (API Gateway REST, proxy integration). */
import { handle } from './hono-adapter.ts';
import { buildLambdaApp } from './web-app.ts';

export const handler = handle(await buildLambdaApp());
