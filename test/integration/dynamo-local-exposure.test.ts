/**
 * DynamoDB Local has no authentication: any credentials read every item,
 * sensitive fields included, and no audit line is written. So it must be
 * reachable from this machine only: it listens on 127.0.0.1, never on every
 * interface. Checked on the run's DynamoDB Local (the same start function
 * `npm start` uses), by the kernel's socket table and by connecting to this
 * machine's own addresses.
 */
import { describe, expect, inject, it } from 'vitest';
import { isLoopback, listeningAddresses, ownNonLoopbackAddresses, tryConnect } from '../support/listening-sockets.ts';

const port = Number(new URL(inject('dynamoEndpoint')).port);

describe('DynamoDB Local is reachable from this machine only', () => {
  it.runIf(process.platform === 'linux')('listens on loopback addresses only (kernel socket table)', () => {
    const addresses = listeningAddresses(port);
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((a) => !isLoopback(a))).toEqual([]);
  });

  it('accepts a connection on 127.0.0.1 and refuses one on each of this machine\'s other addresses', async () => {
    expect(await tryConnect('127.0.0.1', port)).toBe('accepted');
    const others = ownNonLoopbackAddresses();
    const answers = await Promise.all(others.map(async (address) => `${address} ${await tryConnect(address, port)}`));
    expect(answers.filter((a) => a.endsWith(' accepted'))).toEqual([]);
  });
});
