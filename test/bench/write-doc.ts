/**
 * `npm run bench:report`: docs/performance.md again from the recorded full
 * run (test/bench/results.json), without measuring anything.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { renderPerformanceDoc } from './performance-doc.ts';
import { PERFORMANCE_DOC, RESULTS_FILE, type BenchResults } from './results.ts';

const results = JSON.parse(await readFile(RESULTS_FILE.full, 'utf8')) as BenchResults;
if (results.mode !== 'full') throw new Error(`test/bench/results.json holds a ${String(results.mode)} run; the page shows full runs only`);
await writeFile(PERFORMANCE_DOC, renderPerformanceDoc(results));
console.log(`docs/performance.md written from the ${results.mode} run of ${results.machine.date}`);
