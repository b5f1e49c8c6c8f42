/**
 * The hearing time's parts other pages show: its form fields, its line on a timeline, its date.
 * What other features' pages and answers embed from this one, apart from its routes
 * (index.ts): importing these loads no route module and builds none of its schemas
 * (.dependency-cruiser.cjs, `parts-load-no-routes`).
 */
export { HearingFields } from './hearing-fields.tsx';
export { HearingLine, HearingWhen } from './hearing-when.tsx';
