/**
 * `npm start` as a newcomer runs it: a real child process with its own
 * DynamoDB Local on disk. Restarting keeps every item; Ctrl-C (SIGINT) stops
 * DynamoDB Local too, and so does kill -9 (it dies with its parent); a taken
 * port gives a clear error.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '#functions/local/dynamo-local.ts';
import { bodyOf } from '../support/harness.ts';

const children: ChildProcess[] = [];
let dataDir: string;

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  url: string;
  /** The server's configured app URL: the Origin its own pages send (the CSRF check compares with it, not with Host). */
  origin: string;
  output: () => string;
}

async function startServer(dir: string, port: number): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/start.ts'], {
    // The intake mail listener on a free port: a developer's own npm start may hold 2525.
    env: { ...process.env, PORT: String(port), TANDEM_DATA_DIR: dir, TANDEM_SMTP_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 90_000;
  while (!output.includes('Tandem is running at')) {
    if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}: ${output}`);
    if (Date.now() > deadline) throw new Error(`npm start did not come up: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, url: `http://127.0.0.1:${port}`, origin: `http://localhost:${port}`, output: () => output };
}

const stop = (child: ChildProcess) =>
  new Promise<number | null>((done) => {
    child.once('exit', (code) => done(code));
    child.kill('SIGINT');
  });

const dynamoProcessesFor = (dir: string) =>
  spawnSync('pgrep', ['-f', `DynamoDBLocal.jar.*${dir}`], { encoding: 'utf8' }).stdout.trim();

const portIsFree = (port: number) =>
  new Promise<boolean>((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });

const publicCases = async (url: string) => ((await bodyOf(await fetch(`${url}/api/cases?limit=100`))) as { items: { id: string }[] }).items;

describe('npm start', () => {
  it('seeds once, keeps every item across a restart, and stops DynamoDB Local on Ctrl-C', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tandem-start-'));
    const port = await freePort();

    const first = await startServer(dataDir, port);
    expect(first.output()).toContain('coordinator@example.org');
    expect(first.output()).toContain('/dev/outbox');
    const seeded = await publicCases(first.url);
    expect(seeded.length).toBeGreaterThanOrEqual(5);

    // Sign in as the coordinator through the outbox, and add a case.
    await fetch(`${first.url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: first.origin }, body: JSON.stringify({ email: 'coordinator@example.org' }) });
    // The link is sent after the answer: wait for it to reach the outbox.
    const outbox = async () => ((await bodyOf(await fetch(`${first.url}/api/dev/outbox`))) as { items: { text: string }[] }).items;
    await expect.poll(async () => (await outbox()).length).toBeGreaterThan(0);
    const token = (await outbox())[0]!.text.match(/token=(\S+)/)![1];
    const verified = await fetch(`${first.url}/auth/verify`, {
      method: 'POST', redirect: 'manual', headers: { origin: first.origin }, body: new URLSearchParams({ token: token! }),
    });
    const cookie = verified.headers.get('set-cookie')!.split(';')[0]!;
    const created = await fetch(`${first.url}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: first.origin, cookie },
      body: JSON.stringify({ defenderName: 'Survives restart', country: 'PE', themes: ['labour'], riskStatus: 'threatened', visibility: 'public', consentBasis: 'explicit_consent', summary: 'Kept on disk.' }),
    });
    expect(created.status).toBe(201);

    expect(dynamoProcessesFor(dataDir)).not.toBe('');
    expect(await stop(first.child)).toBe(0);
    expect(dynamoProcessesFor(dataDir)).toBe('');

    const second = await startServer(dataDir, port);
    expect(second.output()).not.toContain('Seeded');
    const after = await publicCases(second.url);
    expect(after.length).toBe(seeded.length + 1);
    expect(after.some((c) => (c as { defenderName?: string }).defenderName === 'Survives restart')).toBe(true);
    expect(await stop(second.child)).toBe(0);
  }, 180_000);

  it('kill -9 leaves no DynamoDB Local behind, and the next start on the same data and port works', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-kill9-'));
    const port = await freePort();
    try {
      const first = await startServer(dir, port);
      const seeded = await publicCases(first.url);
      expect(dynamoProcessesFor(dir)).not.toBe('');
      await new Promise((done) => {
        first.child.once('exit', done);
        first.child.kill('SIGKILL');
      });
      // It dies with its parent: no orphan is left even before anything starts again (bounded wait, not a speed check).
      const deadline = Date.now() + 30_000;
      while (dynamoProcessesFor(dir) !== '' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      expect(dynamoProcessesFor(dir)).toBe('');

      const second = await startServer(dir, port);
      expect(second.output()).not.toContain('Seeded');
      expect((await publicCases(second.url)).length).toBe(seeded.length);
      expect(dynamoProcessesFor(dir).split('\n')).toHaveLength(1);
      expect(await stop(second.child)).toBe(0);
      expect(dynamoProcessesFor(dir)).toBe('');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('kill -9 of `npm start` itself stops the server and DynamoDB Local: no orphan, the port is free again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-npm-kill9-'));
    const port = await freePort();
    const npm = spawn('npm', ['start'], { env: { ...process.env, PORT: String(port), TANDEM_DATA_DIR: dir, TANDEM_SMTP_PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(npm);
    let output = '';
    npm.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    npm.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    try {
      const deadline = Date.now() + 150_000;
      while (!output.includes('Tandem is running at')) {
        if (npm.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up: ${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(dynamoProcessesFor(dir)).not.toBe('');
      await new Promise((done) => {
        npm.once('exit', done);
        npm.kill('SIGKILL');
      });
      // Bounded wait for the processes below npm to notice and stop (not a speed check).
      const settled = Date.now() + 30_000;
      while ((dynamoProcessesFor(dir) !== '' || !(await portIsFree(port))) && Date.now() < settled) await new Promise((r) => setTimeout(r, 250));
      expect(dynamoProcessesFor(dir)).toBe('');
      expect(await portIsFree(port)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('says clearly that the port is in use, and starts nothing', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
    try {
      const dir = await mkdtemp(join(tmpdir(), 'tandem-port-'));
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'functions/local/start.ts'], {
        // The intake mail listener on a free port: a developer's own npm start may hold 2525.
    env: { ...process.env, PORT: String(port), TANDEM_DATA_DIR: dir, TANDEM_SMTP_PORT: '0' }, encoding: 'utf8', timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Port ${port} is already in use`);
      expect(dynamoProcessesFor(dir)).toBe('');
      await rm(dir, { recursive: true, force: true });
    } finally {
      blocker.close();
    }
  }, 90_000);

  it('without Java, says in one line what to install', async () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'functions/local/start.ts'], {
      env: { ...process.env, PATH: '/nonexistent', PORT: String(await freePort()) }, encoding: 'utf8', timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const message = result.stderr.trim().split('\n').filter((l) => !l.startsWith('(node')).join('\n');
    expect(message).toMatch(/^Java was not found\. DynamoDB Local needs Java 17 or newer.*openjdk-17/);
  }, 60_000);
});
