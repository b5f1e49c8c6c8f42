/** Turns zod failures into the one ValidationError shape (`path` + `message`). */
import type { z } from 'zod';
import { ValidationError, type FieldError } from './index.ts';

const pathOf = (path: PropertyKey[]): string => (path.length > 0 ? path.map(String).join('.') : '(body)');

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? // Name each unknown field, so a client sees exactly what to remove.
        issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), message: 'Unknown field.' }))
      : [{ path: pathOf(issue.path), message: issue.message }],
  );
}

/** Parses `input` or throws ValidationError listing every field at fault. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = fieldErrors(result.error);
  throw new ValidationError(prefix ? errors.map((e) => ({ ...e, path: `${prefix}.${e.path}` })) : errors);
}
