/**
 * Form fields → the JSON shape the use cases validate. Blank optional fields
 * are left out rather than sent as "", so the schema's own rules apply.
 */
import type { CaseFormValues } from './case-form-page.tsx';

type FormBody = Record<string, string | File | (string | File)[]>;

const one = (v: FormBody[string] | undefined): string | undefined => {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : undefined;
};
const many = (v: FormBody[string] | undefined): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');

export function caseFormValues(body: FormBody): CaseFormValues {
  return {
    defenderName: one(body.defenderName),
    country: one(body.country),
    themes: many(body.themes),
    organisation: one(body.organisation),
    // A page opened before several statuses existed posts one `riskStatus`: read it as a list of one.
    riskStatuses: [...many(body.riskStatuses), ...many(body.riskStatus)],
    visibility: one(body.visibility),
    state: one(body.state),
    closedReason: one(body.closedReason),
    consentBasis: one(body.consentBasis),
    summary: one(body.summary),
    recommendedActions: (one(body.recommendedActions) ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean),
  };
}

/** The values as a create/update body: blank strings dropped. */
export function caseInputFrom(values: CaseFormValues): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined && v !== '' ),
  );
}
