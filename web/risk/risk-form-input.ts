/**
 * The risk analysis form, flat as HTML forms are (`threats.2.date`,
 * `vuln.works_alone`, `vuln.works_alone.note`), to the API's input and back:
 * blank and removed threat rows are dropped, and an error on the input's
 * third threat is put back beside the form row it came from.
 */
import type { FieldError } from '#shared/errors/index.ts';
import { CAPACITIES, VULNERABILITIES, type RiskAssessment } from '#shared/risk/index.ts';

const THREAT_FIELDS = ['type', 'source', 'date', 'credibility', 'note'] as const;
export const FACTOR_GROUPS = [
  { part: 'vulnerabilities', prefix: 'vuln', factors: VULNERABILITIES },
  { part: 'capacities', prefix: 'cap', factors: CAPACITIES },
] as const;

export interface RiskFormInput {
  input: Record<string, unknown>;
  /** Where each error of the input belongs on the form. */
  formPath(path: string): string;
}

export function riskFormInput(body: Record<string, unknown>): RiskFormInput {
  const str = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
  const rows = [...new Set(Object.keys(body).map((k) => /^threats\.(\d+)\./.exec(k)?.[1]).filter((i): i is string => i !== undefined))]
    .map(Number).sort((a, b) => a - b);
  const kept = rows.filter((i) => str(`threats.${i}.remove`) !== 'on' && THREAT_FIELDS.some((f) => str(`threats.${i}.${f}`)));
  const threats = kept.map((i) => Object.fromEntries(THREAT_FIELDS.flatMap((f) => (str(`threats.${i}.${f}`) ? [[f, str(`threats.${i}.${f}`)]] : []))));
  const input: Record<string, unknown> = { threats };
  if (str('level')) input.level = str('level');
  if (str('summary')) input.summary = str('summary');
  const factorRows: Record<string, string[]> = {};
  for (const { part, prefix, factors } of FACTOR_GROUPS) {
    const chosen = factors.filter((f) => str(`${prefix}.${f}`) === 'on');
    factorRows[part] = chosen.map((f) => `${prefix}.${f}`);
    input[part] = chosen.map((f) => ({ factor: f, ...(str(`${prefix}.${f}.note`) ? { note: str(`${prefix}.${f}.note`) } : {}) }));
  }
  return {
    input,
    formPath(path) {
      const threat = /^threats\.(\d+)(\..*)?$/.exec(path);
      if (threat && kept[Number(threat[1])] !== undefined) return `threats.${kept[Number(threat[1])]}${threat[2] ?? ''}`;
      const factor = /^(vulnerabilities|capacities)\.(\d+)(?:\.(note|factor))?$/.exec(path);
      const row = factor ? factorRows[factor[1]!]?.[Number(factor[2])] : undefined;
      if (factor && row) return factor[3] === 'note' ? `${row}.note` : row;
      return path;
    },
  };
}

export const onForm = (errors: FieldError[], form: RiskFormInput): FieldError[] => errors.map((e) => ({ ...e, path: form.formPath(e.path) }));

/** The stored analysis as the form's flat values (one blank row to record a new threat). */
export function formValues(a: RiskAssessment): Record<string, string> {
  const values: Record<string, string> = { level: a.level, ...(a.summary ? { summary: a.summary } : {}) };
  a.threats.forEach((t, i) => {
    for (const f of THREAT_FIELDS) if (t[f]) values[`threats.${i}.${f}`] = t[f]!;
  });
  for (const { part, prefix } of FACTOR_GROUPS) {
    for (const f of a[part]) {
      values[`${prefix}.${f.factor}`] = 'on';
      if (f.note) values[`${prefix}.${f.factor}.note`] = f.note;
    }
  }
  return values;
}

/** How many threat rows the form shows: the recorded ones (or those typed) and one blank. */
export function threatRows(values: Record<string, unknown>): number[] {
  const used = Object.keys(values).map((k) => /^threats\.(\d+)\./.exec(k)?.[1]).filter((i): i is string => i !== undefined).map(Number);
  const next = used.length > 0 ? Math.max(...used) + 1 : 0;
  return [...new Set([...used, next])].sort((a, b) => a - b);
}
