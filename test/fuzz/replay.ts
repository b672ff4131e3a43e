/** `tsx test/fuzz/replay.ts FILE…`: runs kept inputs through the fuzzing pipeline, one line each. */
import { readFileSync } from 'node:fs';
import { runPipeline } from './pipeline.js';

for (const file of process.argv.slice(2)) {
  console.log(file, JSON.stringify(runPipeline(readFileSync(file, 'utf8'))));
}
