/**
 * Fuzzing machinery: for a write route, a generator of schema-valid bodies
 * and mutations of them (a field dropped, retyped, oversized, an unknown
 * field, junk JSON, bytes that are not JSON). The route's own zod schema is
 * the oracle: a body it accepts must be accepted (2xx), any other must be
 * refused with 400/413/415 and field errors, and write nothing.
 */
import fc from 'fast-check';
import type { z } from 'zod';

/** Strings people actually type, plus the awkward ones. */
export const humanText = (max: number) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: Math.min(max, 40) }),
    fc.constantFrom('Ana María', 'Đặng Thị', 'محمد', '李华', 'O\'Brien', 'x'.repeat(Math.min(max, 200))),
  ).filter((s) => s.trim().length > 0 && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s));

const junkValue = fc.oneof(
  fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string({ maxLength: 20 }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.object({ maxDepth: 1 }),
  fc.constant('x'.repeat(5000)), fc.constant('<script>alert(1)</script>'), fc.constant('\u0000'),
);

/** One mutation of a valid body. */
export function mutationsOf(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  const keyed = valid.filter((v) => Object.keys(v).length > 0);
  return fc.oneof(
    // drop a field
    keyed.chain((v) => fc.constantFrom(...Object.keys(v)).map((k) => Object.fromEntries(Object.entries(v).filter(([x]) => x !== k)))),
    // retype a field
    keyed.chain((v) => fc.tuple(fc.constantFrom(...Object.keys(v)), junkValue).map(([k, junk]) => ({ ...v, [k]: junk }))),
    // an unknown field
    fc.tuple(valid, fc.string({ minLength: 1, maxLength: 12 }), junkValue).map(([v, k, junk]) => ({ ...v, [`x_${k}`]: junk })),
    // something else entirely
    fc.oneof(fc.constant(null), fc.array(junkValue, { maxLength: 3 }), fc.integer(), fc.string({ maxLength: 30 }), fc.object({ maxDepth: 2 })),
  );
}

export type FuzzInput =
  | { kind: 'json'; body: unknown }
  | { kind: 'raw'; body: string; contentType: string };

/** Valid bodies, mutations, and raw bytes that are not JSON or not declared as JSON. */
export function fuzzInputs(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<FuzzInput> {
  return fc.oneof(
    { weight: 3, arbitrary: valid.map((body) => ({ kind: 'json' as const, body })) },
    { weight: 5, arbitrary: mutationsOf(valid).map((body) => ({ kind: 'json' as const, body })) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.string({ maxLength: 40 }).map((body) => ({ kind: 'raw' as const, body: `{${body}`, contentType: 'application/json' })),
        valid.map((v) => ({ kind: 'raw' as const, body: JSON.stringify(v), contentType: 'text/plain' })),
      ),
    },
  );
}

/** What the oracle expects of an input. */
export function expectedOutcome(schema: z.ZodType, input: FuzzInput): 'accept' | 'reject' {
  // Judge what goes over the wire: JSON turns NaN and Infinity into null and drops undefined.
  if (input.kind === 'json') return schema.safeParse(JSON.parse(JSON.stringify(input.body) ?? 'null')).success ? 'accept' : 'reject';
  if (input.contentType !== 'application/json') return 'reject';
  // Raw bytes declared as JSON may still happen to be valid JSON (such as "{}").
  try {
    return schema.safeParse(JSON.parse(input.body)).success ? 'accept' : 'reject';
  } catch {
    return 'reject';
  }
}

export const STACK_FRAME = /\bat [\w.<>$]+ \(|\.tsx?:\d+:\d+|node_modules/;
