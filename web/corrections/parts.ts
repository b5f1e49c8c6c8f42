/**
 * A timeline event's correction links and its form fields.
 * What other features' pages and answers embed from this one, apart from its routes
 * (index.ts): importing these loads no route module and builds none of its schemas
 * (.dependency-cruiser.cjs, `parts-load-no-routes`).
 */
export { EventCorrectionLinks } from './event-correction-links.tsx';
export { EventFields } from './event-fields.tsx';
