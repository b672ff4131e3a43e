/**
 * One fuzzing thread: mutates and runs inputs `from`, `from + stride`, … and posts each outcome
 * (the runner watches for a thread that stops answering: a hang).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ModelMutator } from './mutate.js';
import { runPipeline } from './pipeline.js';
import { fuzzSources, inputOf } from './sources.js';

interface Job {
  readonly seed: number;
  readonly from: number;
  readonly to: number;
  readonly stride: number;
}

const job = workerData as Job;
const sources = fuzzSources();
// The 2 s bound is for a warm process: each source once, untimed, before the first input, so
// that compiling the modules on a loaded machine is not taken for a slow input.
for (const source of sources) runPipeline(source.text);
for (let index = job.from; index < job.to; index += job.stride) {
  const input = inputOf(job.seed, index, sources.length);
  let text = '';
  try {
    text = new ModelMutator(input.seed).mutate(sources[input.source]?.text ?? '');
  } catch {
    // A tree the YAML library cannot write back (a value it refuses) is simply skipped.
    parentPort?.postMessage({ index, kind: 'skipped', ms: 0 });
    continue;
  }
  parentPort?.postMessage({ index, started: true });
  const outcome = runPipeline(text, input.seed);
  parentPort?.postMessage({
    index,
    ...outcome,
    ...(outcome.kind === 'crashed' || outcome.ms > 2000 ? { text } : {}),
  });
}
