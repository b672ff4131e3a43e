/** `tsx test/fuzz/nonfinite.ts FILE…`: the paths of the analyze JSON and lock-in that hold NaN or ±Infinity. */
import { readFileSync } from 'node:fs';
import { assessModel } from '../../src/assessment.js';
import { loadModel } from '../../src/model/load/load-model.js';
import { analyzeJson } from '../../src/report/json/analysis-json.js';
import { nonFinitePaths } from './pipeline.js';

for (const file of process.argv.slice(2)) {
  const loaded = loadModel(readFileSync(file, 'utf8'));
  if (!loaded.ok) {
    console.log(file, 'refused');
    continue;
  }
  const doc = analyzeJson(file, loaded, assessModel(loaded));
  console.log(file, nonFinitePaths(doc).slice(0, 20));
}
