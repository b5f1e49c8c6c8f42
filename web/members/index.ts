/** What other features may use of web/members/ (they import nothing else from it). */
export { networkPages } from './member-pages.routes.tsx';
export { networkApi } from './members-api.routes.ts';
