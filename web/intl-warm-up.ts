/**
 * ICU's first formatter costs about 22 ms in a fresh Node process (its data is set up on first use;
 * any later formatter, in any language or zone, takes under 1 ms), and a page pays it at its first
 * date, number or plural. A page request starts it once, after the current task, so that it runs
 * while the request waits on the network (the app secret on a first invocation, the first DynamoDB
 * answer): work the page would do anyway, moved into a wait. JSON answers format no dates: they
 * do not start it. Issue 14.
 */
let started = false;

export function warmIntlOnce(): void {
  if (started) return;
  started = true;
  setImmediate(() => {
    try {
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(0);
    } catch {
      // Only a head start: the page's own formatter would report a broken ICU, not a stray task.
    }
  });
}
