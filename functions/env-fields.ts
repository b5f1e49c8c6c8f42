/**
 * A function's environment checked without zod: zod (about 450 kB) would be
 * the largest module a cold start of the web function reads, only to check a
 * dozen variables once (issue 14). Each field says what its variable must be;
 * `readEnv` returns the declared variables only, with defaults and numbers
 * coerced, or throws one error naming every variable at fault. The messages
 * are zod's wording, which the functions logged when zod checked them
 * (functions/config.test.ts holds them).
 */

/** How one variable is read: its value, or what is wrong with it. */
export interface EnvField<T> {
  read(raw: string | undefined): { value: T } | { problem: string };
}
/** A field a variable may leave unset. */
export interface OptionalEnvField<T> extends EnvField<T | undefined> {
  readonly optional: true;
}

type Fields = Record<string, EnvField<unknown>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends OptionalEnvField<unknown> ? K : never }[keyof F];
/** What `readEnv` returns for these fields: an optional field's key is optional. */
export type EnvOf<F extends Fields> = {
  [K in Exclude<keyof F, OptionalKeys<F>>]: F[K] extends EnvField<infer T> ? T : never;
} & {
  [K in OptionalKeys<F>]?: F[K] extends EnvField<infer T> ? T : never;
};

const MISSING = 'Invalid input: expected string, received undefined';

function required<T>(check: (raw: string) => { value: T } | { problem: string }): EnvField<T> {
  return { read: (raw) => (raw === undefined ? { problem: MISSING } : check(raw)) };
}

/** Unset is fine: the key is left out. */
export function optional<T>(field: EnvField<T>): OptionalEnvField<T> {
  return { optional: true, read: (raw) => (raw === undefined ? { value: undefined } : field.read(raw)) };
}

/** Unset gives `value`. */
export function withDefault<T>(field: EnvField<T>, value: T): EnvField<T> {
  return { read: (raw) => (raw === undefined ? { value } : field.read(raw)) };
}

/** Text of at least `min` characters. */
export const text = (min: number): EnvField<string> =>
  required<string>((raw) => (raw.length >= min ? { value: raw } : { problem: `Too small: expected string to have >=${min} characters` }));

/** Text of at most `max` characters. */
export const textUpTo = (max: number): EnvField<string> =>
  required<string>((raw) => (raw.length <= max ? { value: raw } : { problem: `Too big: expected string to have <=${max} characters` }));

/** An absolute URL, trimmed (and without tabs or line breaks, which the URL parser would drop anyway). */
export const url = (): EnvField<string> =>
  required<string>((raw) => {
    const trimmed = raw.trim();
    return URL.canParse(trimmed) ? { value: trimmed.replace(/[\t\n\r]/g, '') } : { problem: 'Invalid URL' };
  });

/** The app's own URL: a URL, its trailing slashes removed (paths are appended to it). */
export const baseUrl = (): EnvField<string> => {
  const field = url();
  return { read: (raw) => { const read = field.read(raw); return 'value' in read ? { value: read.value.replace(/\/+$/, '') } : read; } };
};

// zod's own email pattern, so the same addresses pass as before.
const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
export const email = (): EnvField<string> => required<string>((raw) => (EMAIL.test(raw) ? { value: raw } : { problem: 'Invalid email address' }));

/** One of a fixed list of words (zod's enum messages, so the errors read as before). */
export const oneOf = <const W extends string>(words: readonly W[]): EnvField<W> =>
  required<W>((raw) => ((words as readonly string[]).includes(raw)
    ? { value: raw as W }
    : { problem: `Invalid option: expected one of ${words.map((w) => JSON.stringify(w)).join('|')}` }));

export interface NumberRule {
  int?: boolean;
  /** Strictly above 0. */
  positive?: boolean;
  min?: number;
  max?: number;
}

/** A number written as text (`Number(raw)`, as zod's coercion: blank is 0), checked against `rule`; the first broken check is the problem. */
export const number = (rule: NumberRule): EnvField<number> =>
  required<number>((raw) => {
    const value = Number(raw);
    if (Number.isNaN(value)) return { problem: 'Invalid input: expected number, received NaN' };
    if (rule.int && !Number.isInteger(value)) return { problem: 'Invalid input: expected int, received number' };
    if (rule.positive && !(value > 0)) return { problem: 'Too small: expected number to be >0' };
    if (rule.min !== undefined && value < rule.min) return { problem: `Too small: expected number to be >=${rule.min}` };
    if (rule.max !== undefined && value > rule.max) return { problem: `Too big: expected number to be <=${rule.max}` };
    return { value };
  });

/** The declared variables of `env`, read by their fields, or one error naming each variable at fault (in declaration order). */
export function readEnv<F extends Fields>(fields: F, env: NodeJS.ProcessEnv): EnvOf<F> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, field] of Object.entries(fields)) {
    const read = field.read(env[name]);
    if ('problem' in read) problems.push(`${name}: ${read.problem}`);
    else if (read.value !== undefined) values[name] = read.value;
  }
  if (problems.length > 0) throw new Error(`Invalid configuration (${problems.join('; ')})`);
  return values as EnvOf<F>;
}

/** Some of `fields`, by name. */
export function pick<F extends Fields, K extends keyof F & string>(fields: F, names: readonly K[]): Pick<F, K> {
  return Object.fromEntries(names.map((name) => [name, fields[name]])) as Pick<F, K>;
}
