/**
 * A DynamoDB Local left running on a data folder (its `npm start` was killed
 * with -9 while it hung, say) is found through the pid file it keeps in that
 * folder and stopped by the next start, which then serves the same data. A
 * pid file naming some other process never gets that process killed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { DYNAMO_PID_FILE, startDynamoLocal, type RunningDynamo } from '#functions/local/dynamo-local.ts';

const dirs: string[] = [];
const running: RunningDynamo[] = [];

afterAll(async () => {
  for (const dynamo of running) await dynamo.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const dynamoPidsFor = (dir: string) =>
  spawnSync('pgrep', ['-f', `DynamoDBLocal.jar.*${dir}`], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean).map(Number);
const clientFor = (endpoint: string) =>
  new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

describe('a DynamoDB Local left running on a data folder', () => {
  it('is stopped by the next start on that folder, which then serves the same data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-leftover-'));
    dirs.push(dir);
    const first = await startDynamoLocal({ dataDir: dir });
    running.push(first);
    const [leftover] = dynamoPidsFor(dir);
    expect(leftover).toBeGreaterThan(0);
    const client = clientFor(first.endpoint);
    await client.send(new CreateTableCommand({
      TableName: 'kept', BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    }));
    client.destroy();

    // The first one is not stopped: the second start must deal with it.
    const second = await startDynamoLocal({ dataDir: dir });
    running.push(second);
    expect(isAlive(leftover!)).toBe(false);
    expect(dynamoPidsFor(dir)).toHaveLength(1);
    const again = clientFor(second.endpoint);
    expect((await again.send(new ListTablesCommand({}))).TableNames).toEqual(['kept']);
    again.destroy();
    await second.stop();
    expect(dynamoPidsFor(dir)).toEqual([]);
  }, 240_000);

  it('never kills a process that is not a DynamoDB Local on that folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-foreign-pid-'));
    dirs.push(dir);
    const bystander = spawn('sleep', ['300'], { stdio: 'ignore' });
    try {
      await writeFile(join(dir, DYNAMO_PID_FILE), JSON.stringify({ pid: bystander.pid, dataDir: dir }));
      const dynamo = await startDynamoLocal({ dataDir: dir });
      running.push(dynamo);
      expect(isAlive(bystander.pid!)).toBe(true);
      await dynamo.stop();
    } finally {
      bystander.kill('SIGKILL');
    }
  }, 240_000);
});
