/**
 * Adoption form fields → the JSON shapes the use cases validate. Blank
 * optional fields are left out (or sent as null to clear them on an edit),
 * so the schemas' own rules and messages apply.
 */
import type { ActionFormValues } from './action-form-page.tsx';
import type { PledgeFormValues } from './pledge-form-page.tsx';

type FormBody = Record<string, string | File | (string | File)[]>;

/** The first string value of a form field. */
export const one = (v: FormBody[string] | undefined): string | undefined => {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : undefined;
};
const many = (v: FormBody[string] | undefined): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');

/** The pledge form as typed (checkboxes as a list, the twin box as a boolean). */
export function pledgeFormValues(body: FormBody): PledgeFormValues {
  return { actions: many(body.actions), note: one(body.note), twin: one(body.twin) === 'on' };
}

/** A pledge body: blank note left out on create, cleared (null) on an edit. */
export function pledgeInputFrom(values: PledgeFormValues, editing: boolean): Record<string, unknown> {
  const note = values.note?.trim() ? values.note : editing ? null : undefined;
  return { actions: values.actions ?? [], twin: values.twin ?? false, ...(note !== undefined ? { note } : {}) };
}

/** The action form as typed. */
export function actionFormValues(body: FormBody): ActionFormValues {
  return {
    type: one(body.type),
    date: one(body.date),
    description: one(body.description),
    evidenceUrl: one(body.evidenceUrl),
    public: one(body.public) === 'true',
  };
}

/** A new-action body; on an edit only the editable fields, a blank link clearing the link. */
export function actionInputFrom(values: ActionFormValues, editing: boolean): Record<string, unknown> {
  const link = values.evidenceUrl?.trim() ? values.evidenceUrl : editing ? null : undefined;
  const common = { description: values.description ?? '', public: values.public ?? false, ...(link !== undefined ? { evidenceUrl: link } : {}) };
  if (editing) return common;
  // Required fields go as typed (even blank), so their own messages show next to them.
  return { ...common, type: values.type ?? '', date: values.date ?? '' };
}
