/**
 * The features, in mounting order, each imported only when a request needs
 * it (web/lazy-features.ts). A new feature: one line here, then
 * `npm run routes:list` to list its routes in web/feature-routes.ts.
 * Cases comes before case-safety so that the page /cases/new wins over /cases/:id.
 */
import type { FeatureLoaders } from './lazy-features.ts';

export const FEATURES: FeatureLoaders = {
  auth: () => import('./auth/index.ts').then((m) => m.authFeature),
  cases: () => import('./cases/index.ts').then((m) => m.casesFeature),
  caseSafety: () => import('./case-safety/index.ts').then((m) => m.caseSafetyFeature),
  members: () => import('./members/index.ts').then((m) => m.membersFeature),
  pledges: () => import('./pledges/index.ts').then((m) => m.pledgesFeature),
  missions: () => import('./missions/index.ts').then((m) => m.missionsFeature),
  calendar: () => import('./calendar/index.ts').then((m) => m.calendarFeature),
  digests: () => import('./digests/index.ts').then((m) => m.digestsFeature),
  alerts: () => import('./alerts/index.ts').then((m) => m.alertsFeature),
  coverage: () => import('./coverage/index.ts').then((m) => m.coverageFeature),
  imports: () => import('./imports/index.ts').then((m) => m.importsFeature),
  intake: () => import('./intake/index.ts').then((m) => m.intakeFeature),
  attachments: () => import('./attachments/index.ts').then((m) => m.attachmentsFeature),
  proceedings: () => import('./proceedings/index.ts').then((m) => m.proceedingsFeature),
  corrections: () => import('./corrections/index.ts').then((m) => m.correctionsFeature),
  risk: () => import('./risk/index.ts').then((m) => m.riskFeature),
  // The XLSX export as a job (issue 14): after members, whose GET /api/exports/cases.csv wins over /api/exports/:jobId.
  exports: () => import('./exports/index.ts').then((m) => m.exportsFeature),
  // The API reference: its page and Redoc's bundle (1.1 MB, read only when asked for).
  apiDocs: () => import('./api-docs/index.ts').then((m) => m.apiDocsFeature),
};
