/** `npm run routes:list`: writes web/feature-routes.ts from the features' own routes. */
import { writeFileSync } from 'node:fs';
import { featureRoutesSource, listFeatureRoutes } from '#web/feature-routes-list.ts';

const file = new URL('../../web/feature-routes.ts', import.meta.url);
const routes = await listFeatureRoutes();
writeFileSync(file, featureRoutesSource(routes));
console.log(`web/feature-routes.ts: ${Object.values(routes).flat().length} routes of ${Object.keys(routes).length} features`);
