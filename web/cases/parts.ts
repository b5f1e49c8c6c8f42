/**
 * The case form (the intake's review reuses it) and the case's answer schemas (other answers nest them).
 * What other features' pages and answers embed from this one, apart from its routes
 * (index.ts): importing these loads no route module and builds none of its schemas
 * (.dependency-cruiser.cjs, `parts-load-no-routes`).
 */
export { CaseFormPage, type CaseFormValues } from './case-form-page.tsx';
export { caseFormValues, caseInputFrom } from './case-form-input.ts';
export { caseAnswerSchema, timelineEventSchema } from './case-answers.ts';
