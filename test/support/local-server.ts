/**
 * Starts the real local server (the `npm start` entry, functions/local/start.ts)
 * as a child process on a free port with a fresh temporary data folder, so
 * the journeys run against exactly what a newcomer runs: DynamoDB Local on
 * disk, the seeded demo network, the outbox. `stop()` sends Ctrl-C (the
 * server stops its DynamoDB Local) and, if that hangs, kills the process
 * group the child leads: only what this helper started. Its output goes to
 * a file, not a pipe, so a server under load costs the caller nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '#functions/local/dynamo-local.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

export interface LocalServer {
  /** http://localhost:PORT: the app's own URL (its emailed links and its CSRF origin). */
  url: string;
  port: number;
  /** The intake mail listener's port (SMTP on 127.0.0.1). */
  smtpPort: number;
  dataDir: string;
  /** The server's process (the bench reads its CPU time). */
  pid: number | undefined;
  output(): string;
  stop(): Promise<void>;
}

export async function startLocalServer(env: Record<string, string> = {}): Promise<LocalServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tandem-server-'));
  const port = await freePort();
  const smtpPort = await freePort();
  const logFile = join(dataDir, 'server.log');
  const log = openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'functions/local/start.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), TANDEM_SMTP_PORT: String(smtpPort), TANDEM_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', log, log],
    // Its own process group, so a hung stop can take DynamoDB Local down with it.
    detached: true,
  });
  closeSync(log);
  let finalOutput: string | undefined;
  const output = () => {
    if (finalOutput !== undefined) return finalOutput;
    try {
      return readFileSync(logFile, 'utf8');
    } catch {
      return '';
    }
  };
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!output().includes('Tandem is running at')) {
    if (child.exitCode !== null) throw new Error(`the local server exited ${child.exitCode}:\n${output()}`);
    if (Date.now() > deadline) {
      killGroup();
      throw new Error(`the local server did not start within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    url: `http://localhost:${port}`,
    port,
    smtpPort,
    dataDir,
    pid: child.pid,
    output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGINT');
        const timer = setTimeout(killGroup, STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      // Whatever is left in the group it led (nothing, normally) goes too.
      killGroup();
      finalOutput = output();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
