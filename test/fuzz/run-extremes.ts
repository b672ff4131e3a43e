/**
 * `tsx test/fuzz/run-extremes.ts`: every extreme variant (extremes.ts) of the starter and every
 * example through the pipeline; prints each crash or slow input and the totals.
 */
import { extremeVariants } from './extremes.js';
import { runPipeline } from './pipeline.js';
import { fuzzSources } from './sources.js';

let runs = 0;
let failures = 0;
let slowest = { ms: 0, name: '' };
for (const source of fuzzSources()) {
  for (const variant of extremeVariants(source.text)) {
    const outcome = runPipeline(variant.text);
    runs++;
    if (outcome.ms > slowest.ms)
      slowest = { ms: outcome.ms, name: `${source.name} ${variant.name}` };
    if (outcome.kind === 'crashed' || outcome.ms > 2000) {
      failures++;
      console.log(
        `${source.name} ${variant.name}: ${outcome.kind} ${Math.round(outcome.ms)} ms ${outcome.kind === 'crashed' ? `${outcome.stage} ${outcome.error}` : ''}`,
      );
    }
  }
}
console.log(
  `${runs} extreme variants, ${failures} failures; slowest ${slowest.ms.toFixed(0)} ms (${slowest.name})`,
);
process.exitCode = failures > 0 ? 1 : 0;
