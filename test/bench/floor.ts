/** Starts test/bench/floor-server.ts in a process of its own and stops it (see that file for what it measures). */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '#functions/local/dynamo-local.ts';
import type { RecordedCall } from '#functions/adapters/dynamo/index.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const START_TIMEOUT_MS = 60_000;

export interface FloorServer {
  url: string;
  /** The floor server's process (the bench reads its CPU time). */
  pid: number | undefined;
  stop(): Promise<void>;
}

export async function startFloorServer(endpoint: string, calls: RecordedCall[], pageBytes: number): Promise<FloorServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/floor-server.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env, FLOOR_PORT: String(port), FLOOR_ENDPOINT: endpoint, FLOOR_CALLS: JSON.stringify(calls), FLOOR_PAGE_BYTES: String(pageBytes),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error('the floor server did not start')), START_TIMEOUT_MS);
    child.stdout?.once('data', () => (clearTimeout(timer), ready()));
    child.once('exit', (code) => (clearTimeout(timer), fail(new Error(`the floor server exited ${code}`))));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
