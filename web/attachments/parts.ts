/**
 * The files a viewer may see: the case page's section and a logged action's links.
 * What other features' pages and answers embed from this one, apart from its routes
 * (index.ts): importing these loads no route module and builds none of its schemas
 * (.dependency-cruiser.cjs, `parts-load-no-routes`).
 */
export { AttachmentSection } from './attachment-section.tsx';
export { ActionFiles } from './attachment-links.tsx';
