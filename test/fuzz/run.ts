/**
 * `npm run fuzz -- --inputs N [--seed S] [--threads T]`: the large fuzzing run. Mutants of the
 * starter model and every example go through load, the assessment, lock-in, the report
 * document, the register and a small stress test (pipeline.ts) on worker threads. A crash, a
 * diagnostic without a position, or an input over 2 s is written to test/fuzz/regressions/ (as .txt: a kept input need not be valid YAML, and no linter reads it)
 * (where `npm test` replays it for ever after); a thread silent for 10 s is a hang, ended and
 * recorded the same way. Prints the count, the crashes, the slowest input and the rate.
 *
 * Throughput: about 15 ms of CPU per input (mutation ~2 ms, load ~6 ms — js-yaml's parse and
 * zod's schema pass are most of it —, and for the ~17% of inputs the loader accepts, the
 * assessment, documents and stress test ~25 ms). Measured on the 2-core machine: 1,000,000
 * inputs of seed 2026 in 6,541 s on two threads (153/s, other work running beside it), with 0
 * crashes, 0 inputs over 2 s and the slowest at 399 ms.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ModelMutator } from './mutate.js';
import { fuzzSources, inputOf } from './sources.js';

const SLOW_MS = 2000;
const HANG_MS = 10_000;
const REGRESSIONS = join(import.meta.dirname, 'regressions');

interface Message {
  readonly index: number;
  readonly started?: boolean;
  readonly kind?: 'refused' | 'analysed' | 'crashed' | 'skipped';
  readonly ms?: number;
  readonly stage?: string;
  readonly error?: string;
  readonly text?: string;
}

function argument(name: string, fallback: number): number {
  const at = process.argv.lastIndexOf(`--${name}`); // the last wins: `npm run fuzz -- --inputs N`
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} takes a whole number`);
  return value;
}

const inputs = argument('inputs', 10_000);
const seed = argument('seed', 1);
const threads = Math.max(1, argument('threads', 2));
const sources = fuzzSources();
const counts = { refused: 0, analysed: 0, crashed: 0, skipped: 0, slow: 0, hung: 0 };
const signatures = new Map<string, number>();
let slowest = { ms: 0, index: -1 };
let done = 0;
const started = performance.now();

function keep(index: number, reason: string, text: string): void {
  const signature = reason.replace(/\d+(\.\d+)?(e[+-]?\d+)?/g, 'N').slice(0, 160);
  signatures.set(signature, (signatures.get(signature) ?? 0) + 1);
  if ((signatures.get(signature) ?? 0) > 1) return; // one regression case per kind of failure
  const name = `seed-${seed}-input-${index}.txt`;
  writeFileSync(join(REGRESSIONS, name), `# fuzz: ${reason.replace(/\n/g, ' ')}\n${text}`);
  console.log(`kept ${name}: ${reason}`);
}

function textOf(index: number): string {
  const input = inputOf(seed, index, sources.length);
  return new ModelMutator(input.seed).mutate(sources[input.source]?.text ?? '');
}

function runThread(from: number): Promise<void> {
  return new Promise((resolve) => {
    const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./fuzz-worker.ts', import.meta.url).href)}); });`;
    const worker = new Worker(bootstrap, {
      eval: true,
      workerData: { seed, from, to: inputs, stride: threads },
    });
    let current = -1;
    let last = performance.now();
    let hung = false;
    const watchdog = setInterval(() => {
      if (current === -1 || performance.now() - last < HANG_MS) return;
      counts.hung++;
      hung = true;
      keep(current, 'hang: no answer in 10 s', textOf(current));
      clearInterval(watchdog);
      const next = current + threads;
      void worker
        .terminate()
        .then(() => (next < inputs ? runThread(next) : undefined))
        .then(resolve);
    }, 1000);
    worker.on('message', (message: Message) => {
      last = performance.now();
      if (message.started === true) {
        current = message.index;
        return;
      }
      current = -1;
      done++;
      const kind = message.kind ?? 'skipped';
      counts[kind]++;
      const ms = message.ms ?? 0;
      if (ms > slowest.ms) slowest = { ms, index: message.index };
      if (kind === 'crashed')
        keep(message.index, `${message.stage}: ${message.error}`, message.text ?? '');
      else if (ms > SLOW_MS) {
        counts.slow++;
        keep(message.index, `slow: ${Math.round(ms)} ms`, message.text ?? '');
      }
      if (done % 1_000 === 0) report();
    });
    worker.on('error', (error) => {
      console.error(`thread error: ${error.message}`);
    });
    worker.on('exit', () => {
      clearInterval(watchdog);
      if (!hung) resolve();
    });
  });
}

function report(): void {
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${done} inputs in ${seconds.toFixed(0)} s (${(done / seconds).toFixed(0)}/s): ${JSON.stringify(counts)}; slowest ${slowest.ms.toFixed(0)} ms (input ${slowest.index})`,
  );
}

// Stopped early (Ctrl-C, a time box): the count so far, as if the run had been that long.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    report();
    console.log(`stopped by ${signal}; distinct failures: ${signatures.size}`);
    process.exit(counts.crashed + counts.slow + counts.hung > 0 ? 1 : 0);
  });

await Promise.all(Array.from({ length: Math.min(threads, inputs) }, (_, t) => runThread(t)));
report();
console.log(`distinct failures: ${signatures.size}`);
for (const [signature, count] of signatures) console.log(`  ${count}× ${signature}`);
process.exitCode = counts.crashed + counts.slow + counts.hung > 0 ? 1 : 0;
