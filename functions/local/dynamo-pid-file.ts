/**
 * The pid file DynamoDB Local's starter keeps in the data folder, so that a
 * start finds a DynamoDB Local left running on that folder (its `npm start`
 * was killed while it hung, say) and stops it before starting its own: two on
 * one database file would fight over it. A pid is only ever signalled after
 * its command line shows it is DynamoDB Local on this very folder, so a pid
 * reused by another program is left alone.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const DYNAMO_PID_FILE = 'dynamodb-local.pid';

const pidFile = (dataDir: string) => join(dataDir, DYNAMO_PID_FILE);

export async function writeDynamoPid(dataDir: string, pid: number): Promise<void> {
  await writeFile(pidFile(dataDir), JSON.stringify({ pid, dataDir }), { mode: 0o600 });
}

/** Removes the pid file if it still names `pid` (a newer start may have replaced it). Synchronous: used in 'exit' handlers. */
export function removeDynamoPid(dataDir: string, pid: number): void {
  try {
    if ((JSON.parse(readFileSync(pidFile(dataDir), 'utf8')) as { pid?: unknown }).pid === pid) rmSync(pidFile(dataDir), { force: true });
  } catch {
    // No file or not ours: nothing to remove.
  }
}

/** The process's command line: exact arguments on Linux (/proc), one line from ps elsewhere; undefined when it is gone. */
function commandLineOf(pid: number): { args?: string[]; line: string } | undefined {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return { args, line: args.join(' ') };
  } catch {
    const ps = spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
    const line = ps.status === 0 ? ps.stdout.trim() : '';
    return line ? { line } : undefined;
  }
}

export function isDynamoLocalOn(pid: number, dataDir: string): boolean {
  const found = commandLineOf(pid);
  if (!found?.line.includes('DynamoDBLocal')) return false;
  if (found.args) {
    const at = found.args.indexOf('-dbPath');
    return at >= 0 && found.args[at + 1] === dataDir;
  }
  return `${found.line} `.includes(` -dbPath ${dataDir} `);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (alive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/** Stops the DynamoDB Local the pid file names, if it still runs on this folder; returns its pid if it did. */
export async function stopLeftoverDynamo(dataDir: string): Promise<number | undefined> {
  let pid: unknown;
  try {
    pid = (JSON.parse(await readFile(pidFile(dataDir), 'utf8')) as { pid?: unknown }).pid;
  } catch {
    return undefined;
  }
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0 || !isDynamoLocalOn(pid, dataDir)) return undefined;
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, 10_000))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 10_000);
  }
  return pid;
}
