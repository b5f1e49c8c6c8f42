/**
 * The prose of docs/performance.md that does not come from a run: how to
 * read the figures and how to extend the bench.
 */
export const READING = `## Reading the figures

- **They move with the machine.** Runs on the same shared 2-vCPU machine within an hour, while
  other test suites ran beside them, have given speed ratios that differ by a factor of two or more.
  Compare figures from one run (every ratio is measured against a yardstick in the same run), and
  read them with the run's load average: a load well above the number of cores means the figures
  say more about the machine than about the code.
- **Throughput on 2 vCPUs**: during the server measurement, DynamoDB Local (Java), the server and
  autocannon share the CPUs; during the bare SDK loop only DynamoDB Local and one Node process do.
  DynamoDB Local is far slower than DynamoDB, so absolute req/s say little about production.
- **Cold start**: measured on the Node version of this machine, while Lambda runs Node 22; the ratio
  to "hello" is the comparable figure, not the milliseconds.
- **Digest**: reads are one Query per case with news plus a handful of paginated Queries and
  BatchGets: they grow with members + cases, never members × cases (also checked by
  \`test/integration/digest-reads.test.ts\`). Writes are 2 per email (the exactly-once claim and its
  "sent" mark) plus the run record. In production the job is paced to the SES account's send rate,
  which then dominates the wall time.
- In production, every request's log line carries \`dynamoCalls\` and \`dynamoScans\` (the same
  counter, wired in \`functions/lambda/web-app.ts\`), so the budget can be watched in CloudWatch Logs
  Insights, e.g. \`filter message = "request" | stats max(dynamoCalls) by route\`.`;

export const EXTENDING = `## Extending it

- A new GET route fails \`test/integration/request-budget.test.ts\` until it has a row in
  \`test/support/route-budget.ts\`; the bench then measures it too.
- A new Lambda entry (a file in \`functions/lambda/\` exporting \`handler\`) is bundled and sized
  automatically; give it a probe event and environment in \`test/bench/lambda-bundles.ts\`
  (\`probeEnv\`) for its cold start.
- The digest: \`test/bench/digest.ts\` builds its data with the adapter's item builders, so a new
  kind of child item (one that carries a \`memberId\`) is read by the job and shows in its reads.
- This page: change \`test/bench/performance-doc.ts\` and run \`npm run bench:report\`; the suite
  checks that the page is what the generator makes of \`test/bench/results.json\`.`;
