/**
 * An import through its job, as a client does it: the POST answers 202 with the job's Location;
 * once the work left after the answers is done (`settled()`, where the harness runs the import
 * worker), the job read back there holds what was stored.
 */
import { bodyOf, type Harness } from './harness.ts';

export interface ImportedJob {
  /** The POST's answer (202 for a job; anything else is a refusal, with no job). */
  res: Response;
  /** The finished job, read back through GET `Location` (undefined when the POST was refused). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  job?: any;
}

export async function importAndWait(
  h: Harness, path: string, body: RequestInit['body'], headers: Record<string, string>,
): Promise<ImportedJob> {
  const res = await h.app.request(path, { method: 'POST', body, headers });
  if (res.status !== 202) return { res };
  const location = res.headers.get('location');
  if (!location) throw new Error('a 202 without a Location');
  await h.settled();
  const job = await bodyOf(await h.app.request(location, { headers: { cookie: headers.cookie ?? '' } }));
  return { res, job };
}
