/**
 * What the kernel says listens on a TCP port (Linux: /proc/net/tcp and tcp6),
 * and whether this machine's own addresses accept a connection there. Only
 * addresses of this machine are ever contacted.
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';

const LISTEN = '0A';

/** Decodes a /proc/net address: little-endian 32-bit words of hex. */
function decodeAddress(hex: string): string {
  const words = hex.match(/.{8}/g)!.map((w) => w.match(/../g)!.reverse().join(''));
  if (words.length === 1) return words[0]!.match(/../g)!.map((b) => parseInt(b, 16)).join('.');
  const v6 = words.join('').match(/.{4}/g)!.map((g) => g.replace(/^0+(?=.)/, '')).join(':').toLowerCase();
  const mapped = v6.match(/^0:0:0:0:0:ffff:([0-9a-f]+):([0-9a-f]+)$/);
  if (mapped) {
    const n = (parseInt(mapped[1]!, 16) << 16) | parseInt(mapped[2]!, 16);
    return `::ffff:${[24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.')}`;
  }
  return v6;
}

/** Local addresses of the sockets listening on `port`, e.g. ['::ffff:127.0.0.1'] or ['0:0:0:0:0:0:0:0']. */
export function listeningAddresses(port: number): string[] {
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8').split('\n').slice(1).flatMap((line) => {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== LISTEN) return [];
      const [address, portHex] = local.split(':') as [string, string];
      return parseInt(portHex, 16) === port ? [decodeAddress(address)] : [];
    }),
  );
}

export const isLoopback = (address: string): boolean => /^(127\.|::ffff:127\.|0:0:0:0:0:0:0:1$|::1$)/.test(address);

/** This machine's addresses other than loopback: what another machine on the network would connect to. */
export function ownNonLoopbackAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => !entry.internal && !entry.address.startsWith('fe80:'))
    .map((entry) => entry.address);
}

/** 'accepted' or the error code (ECONNREFUSED, ...) of one TCP connection attempt. */
export function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: 5000 });
    socket.once('connect', () => {
      socket.destroy();
      done('accepted');
    });
    socket.once('timeout', () => {
      socket.destroy();
      done('ETIMEDOUT');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
  });
}
