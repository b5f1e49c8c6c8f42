/** What other features may use of web/pledges/ (they import nothing else from it). */
export { pledgePages } from './pledge-pages.routes.tsx';
export { AdoptionSection } from './pledge-section.tsx';
export { pledgesApi } from './pledges-api.routes.ts';
export { pledgePaths, pledgeSchemas } from './pledges.openapi.ts';
