/**
 * Form fields → the JSON the use cases validate, and back to the values a re-rendered form shows.
 * On a create blank fields are left out; on an edit a blank field clears what was stored (null).
 * Articles are typed in one field, separated by commas or semicolons.
 */
import { formText } from '../ui/form-fields.tsx';
import type { Proceeding } from '#shared/proceedings/index.ts';

type FormBody = Parameters<typeof formText>[0];

export const TEXT_FIELDS = [
  'internationalBody', 'otherBody', 'reference', 'finalDomesticDecisionDate', 'lodgedDate', 'communicatedDate',
  'decisionDate', 'judgmentFinalDate', 'outcome', 'executionStatus',
] as const;

/** What the form shows: every field as typed (articles as one line). */
export type ProceedingFormValues = Partial<Record<(typeof TEXT_FIELDS)[number] | 'articles', string>>;

export function proceedingFormValues(body: FormBody): ProceedingFormValues {
  const values: ProceedingFormValues = {};
  for (const name of [...TEXT_FIELDS, 'articles'] as const) {
    const v = formText(body, name);
    if (v !== undefined) values[name] = v;
  }
  return values;
}

export const valuesOf = (p: Proceeding): ProceedingFormValues => {
  const values: ProceedingFormValues = {};
  for (const name of TEXT_FIELDS) if (p[name]) values[name] = p[name];
  if (p.articles?.length) values.articles = p.articles.join(', ');
  return values;
};

const articlesOf = (line: string): string[] => line.split(/[,;]/).map((a) => a.trim()).filter((a) => a !== '');

/** The create body: blanks left out, the body required (its own message when missing). */
export function createInput(values: ProceedingFormValues): Record<string, unknown> {
  const input: Record<string, unknown> = { internationalBody: values.internationalBody ?? '' };
  for (const name of TEXT_FIELDS) if (name !== 'internationalBody' && values[name] !== undefined) input[name] = values[name];
  const articles = values.articles ? articlesOf(values.articles) : [];
  if (articles.length > 0) input.articles = articles;
  return input;
}

/** The edit body: every field, a blank one cleared. */
export function updateInput(values: ProceedingFormValues): Record<string, unknown> {
  const input: Record<string, unknown> = { internationalBody: values.internationalBody ?? '' };
  for (const name of TEXT_FIELDS) if (name !== 'internationalBody') input[name] = values[name] ?? null;
  const articles = values.articles ? articlesOf(values.articles) : [];
  input.articles = articles.length > 0 ? articles : null;
  return input;
}
