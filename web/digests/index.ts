/** What other features may use of web/digests/ (they import nothing else from it). */
export { digestPages } from './digest-pages.routes.tsx';
export { digestsApi } from './digests-api.routes.ts';
