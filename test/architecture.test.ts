/**
 * The layout's boundaries (ARCHITECTURE.md): the core imports no
 * infrastructure, the web edge no adapters, and only one file imports
 * Hono's Lambda adapter.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

function offenders(dir: string, forbidden: RegExp): string[] {
  return sources(dir).flatMap((file) => importsOf(file).filter((s) => forbidden.test(s)).map((s) => `${file} → ${s}`));
}

describe('layout boundaries', () => {
  it('shared/ imports nothing from hono, @aws-sdk or aws-lambda, nor from other top-level folders', () => {
    expect(offenders('shared', /^(hono|@hono\/|@aws-sdk\/|aws-lambda|#web\/|#functions\/)|\.\.\/\.\.\/(web|functions|infra)\//)).toEqual([]);
  });

  it('web/ imports no AWS SDK and no adapters', () => {
    expect(offenders('web', /^(@aws-sdk\/|aws-lambda|#functions\/)|\/functions\//)).toEqual([]);
  });

  it('infra/ imports nothing of the app but the table definition', () => {
    const appImports = sources('infra').flatMap((file) =>
      importsOf(file).filter((s) => /^#|\.\.\/(shared|web|functions)\//.test(s)).map((s) => `${file} → ${s}`),
    );
    expect(appImports.every((line) => line.includes('table-definition'))).toBe(true);
  });

  it('exactly one file imports hono/aws-lambda', () => {
    const users = ['shared', 'web', 'functions', 'infra'].flatMap((dir) =>
      sources(dir).filter((file) => importsOf(file).includes('hono/aws-lambda')),
    );
    expect(users).toEqual([join('functions', 'lambda', 'hono-adapter.ts')]);
  });
});
