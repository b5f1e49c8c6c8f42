/**
 * `npm start` leaves a small file in the data folder saying where its
 * DynamoDB is (DynamoDB Local picks a free port each time), so that
 * `npm run digest` works on the same data. Removed when the server stops.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const RUNTIME_FILE = 'runtime.json';

const runtimeSchema = z.object({
  pid: z.number().int(),
  table: z.string().min(1),
  region: z.string().min(1),
  /** DynamoDB Local's endpoint; absent when the server uses a real AWS table. */
  endpoint: z.string().optional(),
  appUrl: z.string().min(1),
});
export type RuntimeInfo = z.infer<typeof runtimeSchema>;

export const runtimePath = (dataDir: string): string => join(dataDir, RUNTIME_FILE);

export async function writeRuntime(dataDir: string, info: RuntimeInfo): Promise<void> {
  await writeFile(runtimePath(dataDir), JSON.stringify(info, null, 2), { mode: 0o600 });
}

export async function removeRuntime(dataDir: string): Promise<void> {
  await rm(runtimePath(dataDir), { force: true });
}

/** The running server's info, or undefined when no server wrote one (or it is gone). */
export async function readRuntime(dataDir: string): Promise<RuntimeInfo | undefined> {
  let text: string;
  try {
    text = await readFile(runtimePath(dataDir), 'utf8');
  } catch {
    return undefined;
  }
  const parsed = runtimeSchema.safeParse(JSON.parse(text));
  if (!parsed.success) return undefined;
  try {
    process.kill(parsed.data.pid, 0);
  } catch {
    return undefined; // The server that wrote it has stopped without cleaning up.
  }
  return parsed.data;
}
