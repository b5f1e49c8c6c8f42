/**
 * The callers of a local queue poller's `drain()`, woken once the poller finds its queue empty.
 * Only an empty receive that began after a caller asked proves it: one begun earlier may predate
 * the messages that caller had just sent (on a loaded machine, `drain()` then answered before the
 * batches were handled).
 */
export function idleWaiters() {
  let round = 0;
  let waiting: { after: number; done: () => void }[] = [];
  return {
    /** Call as each receive begins; pass what it returns to `emptyReceive`. */
    beginReceive: () => ++round,
    /** A receive that began in `receiveRound` came back empty, with nothing in hand. */
    emptyReceive(receiveRound: number) {
      const proven = waiting.filter((w) => w.after < receiveRound);
      waiting = waiting.filter((w) => w.after >= receiveRound);
      for (const w of proven) w.done();
    },
    wait: () => new Promise<void>((done) => waiting.push({ after: round, done })),
    /** The poller stopped: nobody waits any longer. */
    releaseAll() {
      for (const w of waiting.splice(0)) w.done();
    },
  };
}
