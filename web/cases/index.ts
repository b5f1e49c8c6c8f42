/** Cases: the JSON API, the start page and the case list and forms, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { casesApi } from './cases-api.routes.ts';
import { casePages } from './case-pages.routes.tsx';

export function casesFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/api', casesApi(deps)).route('/', casePages(deps));
}
/** The case form, for the intake feature's conversion of a report into a case. */
export { CaseFormPage, type CaseFormValues } from './case-form-page.tsx';
export { caseFormValues, caseInputFrom } from './case-form-input.ts';
/** The cases' part of the OpenAPI document. */
export { casesPaths, casesSchemas } from './cases.openapi.ts';
// A case as the API sends it: intake's conversion answers one.
export { caseAnswerSchema } from './cases.openapi.ts';
