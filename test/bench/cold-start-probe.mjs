// Runs in a fresh Node process: loads one Lambda bundle, answers one API
// Gateway event, prints timings as JSON. performance.now() counts from the
// process's start, so `answered` includes Node's own start-up.
// Usage: node cold-start-probe.mjs <bundle.mjs> <event.json>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, eventFile] = process.argv.slice(2);
const event = JSON.parse(readFileSync(eventFile, 'utf8'));
const context = {
  awsRequestId: 'bench', functionName: 'bench', functionVersion: '$LATEST', memoryLimitInMB: '512',
  getRemainingTimeInMillis: () => 10_000, callbackWaitsForEmptyEventLoop: false,
};
const started = performance.now();
const { handler } = await import(pathToFileURL(bundle).href);
const loaded = performance.now();
const result = await handler(event, context);
const answered = performance.now();
// On its own line after a marker: the function's own log lines share stdout.
process.stdout.write(`\nPROBE ${JSON.stringify({
  load: loaded - started, firstAnswer: answered - loaded, loadAndAnswer: answered - started, answered,
  statusCode: result?.statusCode,
})}\n`);
// Keep-alive sockets (the SDK's) must not hold the process: the answer is what was measured.
process.exit(0);
