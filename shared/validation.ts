/** Turns zod failures into the one ValidationError shape (`path` + `message`). */
import type { z } from 'zod';
import { ValidationError, type FieldError } from './errors/index.ts';

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)',
    message: issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}.` : issue.message,
  }));
}

/** Parses `input` or throws ValidationError listing every field at fault. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = fieldErrors(result.error);
  throw new ValidationError(prefix ? errors.map((e) => ({ ...e, path: `${prefix}.${e.path}` })) : errors);
}
