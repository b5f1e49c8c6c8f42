/**
 * Synthesizes an app into a temporary directory the way the tests need it:
 * with the context of cdk.json (the same feature flags as `cdk synth`), and
 * with findings left in the validation report instead of thrown, so a test
 * can name them. Also reads the report and the acknowledgements.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, type AppProps, Validations } from 'aws-cdk-lib';
import type { PolicyValidationReportJson } from 'aws-cdk-lib/cloud-assembly-schema';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { fromRoot } from '../../infra/paths.ts';

/** Written by CDK into the cloud assembly when validation plugins ran. */
const REPORT_FILE = 'validation-report.json';

export function testAppProps(): AppProps & { outdir: string } {
  const cdkJson = JSON.parse(readFileSync(fromRoot('cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  return {
    outdir: mkdtempSync(join(tmpdir(), 'tandem-cdk-')),
    context: { ...cdkJson.context, '@aws-cdk/core:failSynthOnValidationErrors': false },
  };
}

export function readValidationReport(assembly: CloudAssembly): PolicyValidationReportJson {
  return JSON.parse(readFileSync(join(assembly.directory, REPORT_FILE), 'utf8')) as PolicyValidationReportJson;
}

/** Every finding no acknowledgement covers, from every plugin, at any severity. */
export function unacknowledgedFindings(report: PolicyValidationReportJson): string[] {
  return report.pluginReports.flatMap((plugin) =>
    plugin.violations.flatMap((v) =>
      v.violatingConstructs.map((c) => `${v.severity} ${v.ruleName} at ${c.constructPath}: ${v.description}`),
    ),
  );
}

export interface Acknowledgement {
  id: string;
  reason: string;
  at: string;
}

/** Every `Validations.of(x).acknowledge(...)` made anywhere in the app. */
export function acknowledgementsIn(app: App): Acknowledgement[] {
  return app.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({ id, reason, at: construct.node.path })),
      ),
  );
}
