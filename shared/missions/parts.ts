/**
 * What the case read (shared/case-safety/case-bundle.ts) applies of this feature: which requests,
 * mission actions and observers a viewer sees, without loading the feature's use cases
 * (test/architecture.test.ts; issue 14).
 */
export { trimMissionItems } from './bundle-view.ts';
