/**
 * What every benchmark run records about itself (date, commit, Node, CPU,
 * memory, load) and the plain-text tables it prints: the figures are only
 * comparable with the machine they were measured on, and with its load.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  date: string;
  node: string;
  platform: string;
  arch: string;
  cpuModel: string;
  cpuCount: number;
  memoryGiB: number;
  /** The commit measured, with "+changes" when the work tree differed from it. */
  commit: string;
  /**
   * The 1-, 5- and 15-minute load averages when the run started and when it
   * ended: other work on the machine skews every figure.
   */
  loadAverage: { atStart: number[]; atEnd?: number[] };
}

/** 1-, 5- and 15-minute load averages, two decimals. */
export const loadAverages = (): number[] => loadavg().map((n) => Math.round(n * 100) / 100);

function commit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '+changes' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export function machine(): Machine {
  const cores = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpuModel: cores[0]?.model.trim() ?? 'unknown',
    cpuCount: cores.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    commit: commit(),
    loadAverage: { atStart: loadAverages() },
  };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A left-aligned text table; numbers are right-aligned. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: (string | number)[]) =>
    r.map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i]!) : String(c).padEnd(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function section(title: string): void {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
}

/**
 * The calls-per-request table: one line per budget row (its path, ids shown
 * as :id, and its note), one cell per caller, "calls (status)".
 */
export function callsGrid(
  rows: { path: string; note?: string; caller: string; calls: number; status: number }[], callers: readonly string[],
): { path: string; note?: string; cells: string[] }[] {
  const pathOf = (r: (typeof rows)[number]) => r.path.replace(/[0-9a-f-]{36}/g, ':id');
  const keyOf = (r: (typeof rows)[number]) => `${pathOf(r)}\u0000${r.note ?? ''}`;
  const lines = new Map(rows.map((r) => [keyOf(r), { path: pathOf(r), ...(r.note ? { note: r.note } : {}) }]));
  return [...lines].map(([key, line]) => ({
    ...line,
    cells: callers.map((caller) => {
      const found = rows.find((r) => keyOf(r) === key && r.caller === caller);
      return found ? `${found.calls} (${found.status})` : '';
    }),
  }));
}
