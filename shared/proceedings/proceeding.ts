/**
 * Proceedings at international bodies: the schemas of what a client sends; the model (codes,
 * stages, clocks) is in ./proceeding-model.ts, without zod, and re-exported here.
 */
import { z } from 'zod';
import { isoDate, text } from '../domain/text.ts';
import { EXECUTION_STATUSES, INTERNATIONAL_BODIES, OUTCOMES_TO_EXECUTE, PROCEEDING_OUTCOMES, STAGE_DATES, type StageDate } from './proceeding-model.ts';

export * from './proceeding-model.ts';

const article = z.string().trim().min(1, 'Required.').max(20, 'At most 20 characters.').regex(/^[\p{L}\p{N} §().\-/]+$/u, 'Use the article as cited, like 5 § 1 or P1-1.');

/** Each editable field as a value (the create makes all but the body optional, the edit also clearable). */
const values = {
  otherBody: text(200),
  reference: text(100),
  finalDomesticDecisionDate: isoDate,
  lodgedDate: isoDate,
  communicatedDate: isoDate,
  decisionDate: isoDate,
  judgmentFinalDate: isoDate,
  outcome: z.enum(PROCEEDING_OUTCOMES),
  articles: z.array(article).max(30, 'At most 30 articles.')
    .refine((a) => new Set(a).size === a.length, { message: 'Articles repeat.', params: { key: 'validation.repeats' } }),
  executionStatus: z.enum(EXECUTION_STATUSES),
};
type Values = typeof values;

const fields = {
  internationalBody: z.enum(INTERNATIONAL_BODIES),
  ...(Object.fromEntries(Object.entries(values).map(([k, s]) => [k, s.optional()])) as { [K in keyof Values]: z.ZodOptional<Values[K]> }),
};

/** The names a client may set. */
export const EDITABLE_FIELDS: ReadonlySet<string> = new Set(Object.keys(fields));

type Fields = z.infer<z.ZodObject<typeof fields>>;
export type ProceedingInput = Fields;

const issue = (ctx: z.RefinementCtx, path: string, message: string, key: string) =>
  ctx.addIssue({ code: 'custom', path: [path], message, params: { key } });

/** What must hold across fields, on a create and on the result of an edit. */
export function proceedingIssues(p: Partial<Fields>, ctx: z.RefinementCtx, today: string): void {
  if (p.internationalBody === 'other' && !p.otherBody) issue(ctx, 'otherBody', 'Name the body.', 'validation.field.otherBody.required');
  if (p.internationalBody !== 'other' && p.otherBody) issue(ctx, 'otherBody', 'Only for another body.', 'validation.field.otherBody.onlyOther');
  // Each stage on or after the one before it that is known.
  let previous: { name: StageDate; date: string } | undefined;
  for (const name of STAGE_DATES) {
    const date = p[name];
    if (!date) continue;
    if (date > today) issue(ctx, name, 'This date is in the future.', 'validation.proceeding.future');
    else if (previous && date < previous.date) issue(ctx, name, `Before the ${previous.name}.`, `validation.proceeding.before.${previous.name}`);
    previous = { name, date };
  }
  if (p.articles?.length && p.outcome !== 'violation') issue(ctx, 'articles', 'Articles are for a violation found.', 'validation.field.articles.onlyViolation');
  if (p.executionStatus && !(p.outcome && OUTCOMES_TO_EXECUTE.has(p.outcome))) {
    issue(ctx, 'executionStatus', 'Only a judgment or settlement to execute has an execution status.', 'validation.field.executionStatus.nothingToExecute');
  }
  if (p.executionStatus && !p.judgmentFinalDate) issue(ctx, 'executionStatus', 'Execution starts when the judgment is final.', 'validation.field.executionStatus.notFinal');
}

/** `POST /api/cases/{id}/proceedings`, checked against `today` (no stage in the future). */
export const createProceedingSchemaOn = (today: string) =>
  z.object(fields).strict().superRefine((p, ctx) => proceedingIssues(p, ctx, today));
export const createProceedingSchema = createProceedingSchemaOn('9999-12-31');

/** `PATCH`: the fields to change; `null` clears an optional one. At least one field. */
export const updateProceedingSchema = z
  .object({
    internationalBody: z.enum(INTERNATIONAL_BODIES).optional(),
    ...(Object.fromEntries(Object.entries(values).map(([k, s]) => [k, s.nullable().optional()])) as { [K in keyof Values]: z.ZodOptional<z.ZodNullable<Values[K]>> }),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one field.', params: { key: 'validation.proceeding.nothingChanged' } });
export type ProceedingChanges = z.infer<typeof updateProceedingSchema>;

export const proceedingIdSchema = z.uuid('Not a proceeding id.');
