/**
 * The alerts section of the case page.
 * What other features' pages and answers embed from this one, apart from its routes
 * (index.ts): importing these loads no route module and builds none of its schemas
 * (.dependency-cruiser.cjs, `parts-load-no-routes`).
 */
export { AlertSection } from './alert-section.tsx';
