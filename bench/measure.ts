import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Timing for benchmarks: the median of several runs after a warm-up, in milliseconds. */
export function medianMs(run: () => unknown, runs = 5): number {
  run(); // warm-up: JIT and lazy initialisation
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export function row(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells.map((cell, i) => String(cell).padStart(widths[i] ?? 10)).join('  ');
}

/** The compiled CLI the command benchmarks run, as bin/mvnoscope.js does. */
const CLI_MAIN = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

/**
 * A script that loads the compiled CLI and runs the arguments after it, then prints JSON with
 * the time spent loading modules (`startup`), in the command (`work`) and the process's CPU time
 * (`cpu`), all in seconds. Benchmarks write it to a file and run that (not --eval), so that
 * workers start as they do in the CLI.
 */
export const TIMED_CLI_RUN = `
const loaded = performance.now();
const { run } = await import(${JSON.stringify(pathToFileURL(CLI_MAIN).href)});
const started = performance.now();
const code = await run(process.argv.slice(2), {
  stdout: { write: () => true },
  stderr: { write: (text) => process.stderr.write(text) },
});
if (code !== 0) process.exit(code);
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({
  startup: (started - loaded) / 1000,
  work: (performance.now() - started) / 1000,
  cpu: (cpu.user + cpu.system) / 1e6,
}));
`;
