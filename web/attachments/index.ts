/** Case attachments: upload, download and delete (API), the upload and delete pages; mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { attachmentsApi } from './attachments-api.routes.ts';
import { attachmentPages } from './attachments-pages.routes.tsx';
import { attachmentDeletePages } from './attachment-delete.routes.tsx';

// The API document lists the attachment operations.
export { attachmentsOpenApi, attachmentsRoutes } from './attachments-api.routes.ts';

export function attachmentsFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', attachmentsApi(deps)).route('/', attachmentPages(deps)).route('/', attachmentDeletePages(deps));
}
