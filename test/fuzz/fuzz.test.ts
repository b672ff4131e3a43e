/**
 * Fuzzing in `npm test` (issue 19), at a small budget: every kept regression input replays
 * without a crash and within 2 s (and, where its header says so, is refused or analysed), and a
 * seeded batch of fresh mutants of the starter model and the examples goes through load, the
 * assessment, lock-in, the report document, the register and a small stress test. The large
 * run is `npm run fuzz`; FUZZ_SEED picks another batch here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ModelMutator } from './mutate.js';
import { runPipeline } from './pipeline.js';
import { fuzzSources, inputOf } from './sources.js';

const REGRESSIONS = join(import.meta.dirname, 'regressions');
const BATCH = 12;
const SEED = Number(process.env.FUZZ_SEED ?? 19);
const MAX_MS = 2000;

const kept = readdirSync(REGRESSIONS)
  .filter((name) => name.endsWith('.txt'))
  .sort();

// The 2 s bound is for a warm process (a command's own analyses), not for compiling the modules.
beforeAll(() => {
  for (const source of fuzzSources().slice(0, 2)) runPipeline(source.text);
}, 60_000);

describe('kept fuzz inputs', () => {
  it.each(kept)('%s', (name) => {
    const text = readFileSync(join(REGRESSIONS, name), 'utf8');
    const outcome = runPipeline(text);
    expect(outcome.kind === 'crashed' ? `${outcome.stage}: ${outcome.error}` : '').toBe('');
    expect(outcome.ms).toBeLessThan(MAX_MS);
    const expected = /^# expect: (refused|analysed)$/m.exec(text)?.[1];
    if (expected !== undefined) expect(outcome.kind).toBe(expected);
  });
});

describe('fresh mutants', () => {
  it(`${BATCH} mutants of seed ${SEED}: no crash, none over 2 s`, () => {
    const sources = fuzzSources();
    const failures: string[] = [];
    const kinds = { refused: 0, analysed: 0 };
    for (let index = 0; index < BATCH; index++) {
      const input = inputOf(SEED, index, sources.length);
      const text = new ModelMutator(input.seed).mutate(sources[input.source]?.text ?? '');
      const outcome = runPipeline(text, input.seed);
      if (outcome.kind === 'crashed')
        failures.push(`input ${index}: ${outcome.stage}: ${outcome.error}`);
      else {
        kinds[outcome.kind]++;
        if (outcome.ms > MAX_MS) failures.push(`input ${index}: ${Math.round(outcome.ms)} ms`);
      }
    }
    expect(failures).toEqual([]);
    // The batch must reach the analyses, not only the loader's refusals.
    expect(kinds.analysed).toBeGreaterThan(0);
  }, 60_000);
});
