/**
 * Turns zod failures into the one ValidationError shape. Each field error keeps
 * zod's issue code and its numbers, so the edge can word it in the reader's
 * language (`shared/i18n/field-message.ts`); `message` stays zod's English.
 */
import type { z } from 'zod';
import { ValidationError, type FieldError } from './index.ts';

const pathOf = (path: PropertyKey[]): string => (path.length > 0 ? path.map(String).join('.') : '(body)');

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** The issue's code, with `required` for a missing value (zod says invalid_type, or too_small on an empty string). */
function codeOf(issue: z.core.$ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  const missing = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  if (missing && (issue.code === 'invalid_type' || (issue.code === 'too_small' && issue.origin === 'string'))) return 'required';
  if (issue.code === 'too_small' || issue.code === 'too_big') return `${issue.code}.${issue.origin === 'array' || issue.origin === 'set' ? 'array' : issue.origin === 'string' ? 'string' : 'number'}`;
  return issue.code;
}

function paramsOf(issue: z.core.$ZodIssue): Record<string, string | number> | undefined {
  if (issue.code === 'too_small') return { minimum: Number(issue.minimum) };
  if (issue.code === 'too_big') return { maximum: Number(issue.maximum) };
  if (issue.code === 'invalid_format') return { format: issue.format };
  return undefined;
}

export function fieldErrors(error: z.ZodError, input?: unknown): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      // Name each unknown field, so a client sees exactly what to remove.
      return issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), message: 'Unknown field.', code: 'unrecognized_keys' }));
    }
    const params = paramsOf(issue);
    const key = issue.code === 'custom' && typeof issue.params?.key === 'string' ? issue.params.key : undefined;
    return [{
      path: pathOf(issue.path), message: issue.message, code: codeOf(issue, input),
      ...(params ? { params } : {}), ...(key ? { key } : {}),
    }];
  });
}

/** Parses `input` or throws ValidationError listing every field at fault. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = fieldErrors(result.error, input);
  throw new ValidationError(prefix ? errors.map((e) => ({ ...e, path: `${prefix}.${e.path}` })) : errors);
}
