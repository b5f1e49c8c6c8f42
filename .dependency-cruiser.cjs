/**
 * The layering of docs/architecture.md, checked by test/architecture.test.ts (`npm test`).
 * Paths are repository-relative. Type-only imports count: a cycle of types is still a cycle.
 */
const FEATURES = '(alerts|attachments|auth|cases|case-safety|calendar|corrections|coverage|digests|exports|imports|intake|members|missions|notifications|pledges|proceedings)';
/** Cross-cutting modules: every feature may use them, they use no feature. */
const SHARED_COMMON = '(access|crypto|domain|errors|limits|mail|paging|ports|table|writes)';
const WEB_COMMON = '(ui|middleware|assets)';
/** The core's composition: the `Store` every adapter implements and `CoreDeps` import each feature's port. */
const COMPOSITION = '^shared/(deps\\.ts|ports/(store|index)\\.ts)$';

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'No import cycle anywhere, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      comment: 'shared/ imports no HTTP framework, no AWS, and nothing from web/, functions/ or infra/.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: ['^(web|functions|infra)/', 'node_modules/(hono|@hono|@aws-sdk|aws-lambda|@types/aws-lambda)/'] },
    },
    {
      name: 'feature-through-index',
      comment: "Inside shared/ and inside web/, a feature is used from outside only through its index.ts, or its parts.ts (what other features embed or apply without loading the rest).",
      severity: 'error',
      from: { path: '^(shared|web)/([^/]+)', pathNot: COMPOSITION },
      to: { path: `^$1/${FEATURES}/`, pathNot: ['^$1/$2/', `^$1/${FEATURES}/(index|parts)\\.ts$`] },
    },
    {
      name: 'parts-load-no-routes',
      comment:
        "A web feature's parts.ts (what other features' pages embed) reaches none of its routes: the case page would load and build every embedded feature's API schemas (issue 14).",
      severity: 'error',
      from: { path: `^web/${FEATURES}/parts\\.ts$` },
      to: { path: '\\.routes\\.tsx?$', reachable: true },
    },
    {
      name: 'shared-common-uses-no-feature',
      comment: 'Errors, access, write semantics, paging, crypto, mail helpers and the app-wide ports import no feature.',
      severity: 'error',
      from: { path: `^shared/${SHARED_COMMON}/`, pathNot: COMPOSITION },
      to: { path: `^shared/${FEATURES}/` },
    },
    {
      name: 'web-common-uses-no-feature',
      comment: 'Layout, components and middleware serve every feature and import none.',
      severity: 'error',
      from: { path: `^web/${WEB_COMMON}/` },
      to: { path: `^web/${FEATURES}/` },
    },
    {
      name: 'web-uses-no-adapter',
      comment: 'The HTTP edge uses the core; functions/ wires the adapters in.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^(functions|infra)/', 'node_modules/(@aws-sdk|aws-lambda|@types/aws-lambda)/'] },
    },
    {
      name: 'adapters-use-no-web',
      comment: 'An adapter implements a port of shared/; it knows nothing of the HTTP edge.',
      severity: 'error',
      from: { path: '^functions/adapters/' },
      to: { path: '^web/' },
    },
    {
      name: 'digest-loader-applies-no-rule',
      comment: 'The digest loader returns records (issue 10): the gap rules, the execution gap, the request state rule and the EU Guidelines labels run in shared/digests/assemble.ts, never in the adapter.',
      severity: 'error',
      from: { path: '^functions/adapters/dynamo/digest-' },
      to: { path: ['^shared/(missions|proceedings|risk)/', '^shared/domain/eu-guidelines\\.ts$', '^shared/digests/(assemble|compose|plan)\\.ts$'] },
    },
    {
      name: 'functions-not-infra',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: '^infra/' },
    },
    {
      name: 'infra-only-table-definition',
      comment: 'The CDK app shares one thing with the runtime: the table definition.',
      severity: 'error',
      from: { path: '^infra/' },
      to: { path: '^(shared|web|functions)/', pathNot: '^shared/table/table-definition\\.ts$' },
    },
    {
      name: 'tests-stay-in-tests',
      comment: 'Only tests import test helpers.',
      severity: 'error',
      from: { path: '^(shared|web|functions|infra)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^test/' },
    },
    {
      name: 'one-lambda-adapter',
      comment: "Hono's Lambda adapter is imported in one file (it is moving to its own package).",
      severity: 'error',
      from: { pathNot: '^functions/lambda/hono-adapter\\.ts$' },
      to: { path: 'node_modules/hono/dist/.*adapter/aws-lambda' },
    },
    {
      name: 'resolvable',
      comment: 'Every import resolves; a rule cannot hold over an import it cannot see.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(cdk\\.out|\\.data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs'],
    },
  },
};
