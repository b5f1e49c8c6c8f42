/**
 * What the case read (shared/case-safety/case-bundle.ts) applies of this feature: who sees which
 * pledges and logged actions. Through index.ts it would load the feature's input schemas and use
 * cases too, on every path that reads a case (test/architecture.test.ts; issue 14).
 */
export { adoptionFor } from './adoption-view.ts';
