/** `tsx test/fuzz/profile.ts FILE`: the time of each stage of the pipeline on one model. */
import { readFileSync } from 'node:fs';
import { analyseStructure } from '../../src/analysis/analyse.js';
import { assessModel } from '../../src/assessment.js';
import { analyseLockin } from '../../src/economics/lockin.js';
import { loadModel } from '../../src/model/load/load-model.js';
import { buildReport } from '../../src/report/document/build-report.js';
import { analyzeJson } from '../../src/report/json/analysis-json.js';
import { reportMarkdown } from '../../src/report/markdown/report-markdown.js';
import { registerCsv } from '../../src/report/register/register-csv.js';
import { supplierRegister } from '../../src/report/register/supplier-register.js';
import { kernelOf } from '../../src/stress/kernel.js';
import { compileScenario } from '../../src/stress/scenario.js';
import { simulate } from '../../src/stress/simulation.js';
import { FUZZ_TRIALS } from './pipeline.js';

const text = readFileSync(process.argv[2] ?? '', 'utf8');
const time = <T>(name: string, work: () => T): T => {
  const started = performance.now();
  const result = work();
  console.log(`${name.padEnd(16)} ${(performance.now() - started).toFixed(1)} ms`);
  return result;
};
for (let round = 0; round < 2; round++) {
  const loaded = time('load', () => loadModel(text));
  if (!loaded.ok) throw new Error('refused');
  time('structure', () => analyseStructure(loaded.model, loaded.assumptions));
  time('lockin', () => analyseLockin(loaded.model));
  const assessment = time('assess', () => assessModel(loaded));
  time('analyze-json', () => JSON.stringify(analyzeJson('f', loaded, assessment)));
  time('report', () => reportMarkdown(buildReport({ file: 'f', loaded, assessment })));
  time('register', () => registerCsv(supplierRegister(loaded.model, assessment)));
  const scenario = time('scenario', () =>
    compileScenario(loaded.model, assessment.analysis, assessment.lockin),
  );
  time('simulate', () =>
    simulate(scenario, kernelOf(scenario, 3), { trials: FUZZ_TRIALS, seed: 1 }),
  );
}
