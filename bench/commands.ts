/**
 * The whole command, as a user runs it (issue 18, item 1): `analyze`, `lockin`, `simulate`,
 * `optimize` and `report` through the compiled CLI, a fresh process per run, on the shipped
 * examples and on synthetic models of 1k / 10k / 50k providers in YAML and in JSON.
 *
 * Each run reports its CPU time (user + system of the whole process, workers included:
 * getrusage counts every thread), its wall time and its peak resident memory, all from
 * `process.resourceUsage()` read by the runner script when the command returns. CPU time is
 * the figure to compare on a shared machine; wall time is printed beside it with the load
 * average at the start, so a loaded run can be told apart.
 *
 * Growth per 10×: for 1k → 10k the ratio itself; for 10k → 50k the ratio brought to a factor of
 * ten, (t50k / t10k)^(1 / log10 5), so that every growth figure reads against the same goal
 * (at most 11× for 10× more providers, i.e. close to linear).
 *
 * `BENCH_SIZES=1000,10000` chooses the synthetic sizes; `BENCH_TIMEOUT=300` the seconds a run
 * may take before it is stopped and reported as such (default 240); `BENCH_COMMANDS=analyze,lockin`
 * the synthetic commands.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXAMPLES_DIR, exampleFiles, readExample } from '../test/support/load.js';
import { row } from './measure.js';
import { type SyntheticFiles, writeSyntheticModels } from './synthetic-files.js';

const CLI_MAIN = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

/**
 * Runs the CLI on the arguments after the script and writes what the run cost to the file named
 * by MVNOSCOPE_BENCH_RESULT: its exit code, wall seconds from the first import, CPU seconds and
 * peak RSS in bytes. Output is discarded; errors go to stderr.
 */
const RUNNER = `
import { writeFileSync } from 'node:fs';
const began = performance.now();
const { run } = await import(${JSON.stringify(pathToFileURL(CLI_MAIN).href)});
const code = await run(process.argv.slice(2), {
  stdout: { write: () => true },
  stderr: { write: (text) => process.stderr.write(text) },
});
const usage = process.resourceUsage();
writeFileSync(process.env.MVNOSCOPE_BENCH_RESULT, JSON.stringify({
  code,
  wall: (performance.now() - began) / 1000,
  cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
  rss: usage.maxRSS * 1024,
}));
process.exit(code);
`;

export interface RunCost {
  readonly code: number;
  readonly wall: number;
  readonly cpu: number;
  readonly rss: number;
}

type Outcome = { ok: true; cost: RunCost } | { ok: false; reason: string };

const TIMEOUT_SECONDS = Number(process.env.BENCH_TIMEOUT ?? 240);

/** The file size limit the CLI is given: the synthetic models are larger than its default. */
const MAX_FILE_SIZE = '512MB';

async function runOnce(dir: string, args: readonly string[]): Promise<Outcome> {
  const script = join(dir, 'runner.mjs');
  const result = join(dir, 'result.json');
  await writeFile(script, RUNNER);
  await rm(result, { force: true });
  const stderr = await new Promise<string | undefined>((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      {
        env: { ...process.env, MVNOSCOPE_BENCH_RESULT: result },
        timeout: TIMEOUT_SECONDS * 1000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, _stdout, errText) => {
        if (error?.killed) resolve(`stopped after ${TIMEOUT_SECONDS} s`);
        else resolve(error && errText.trim() === '' ? error.message : errText);
      },
    );
  });
  try {
    const cost = JSON.parse(await readFile(result, 'utf8')) as RunCost;
    if (cost.code > 1) return { ok: false, reason: `exit ${cost.code}: ${firstLine(stderr)}` };
    return { ok: true, cost };
  } catch {
    return { ok: false, reason: firstLine(stderr) || 'no result' };
  }
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n').find((line) => line.trim() !== '') ?? '';
}

/**
 * The arguments of each command, with its output sent where the runner discards it. On the
 * examples every document is JSON (what the byte-identity check compares); on the synthetic
 * models `analyze` and `lockin` print their text report, what a user sees by default, and
 * `analyze --json` is timed beside them (its document is 100 MB at 10k providers).
 */
function commandArgs(command: string, file: string, out: string, small: boolean): string[] {
  const common = ['--max-file-size', MAX_FILE_SIZE];
  switch (command) {
    case 'simulate':
      return [command, file, '--json', '--trials', small ? '200000' : '20000', ...common];
    case 'report':
      return [command, file, '-o', join(out, 'report.html'), ...common];
    case 'analyze --json':
      return ['analyze', file, '--json', ...common];
    default:
      return small ? [command, file, '--json', ...common] : [command, file, ...common];
  }
}

const EXAMPLE_COMMANDS = ['analyze', 'lockin', 'simulate', 'optimize', 'report', 'advise'] as const;
/** Wall-time goals per example (issue 16: `advise` under 3 s each on this machine). */
const EXAMPLE_GOALS: Partial<Record<(typeof EXAMPLE_COMMANDS)[number], number>> = { advise: 3 };
/** optimize needs a design space, which the synthetic models do not have. */
const SYNTHETIC_COMMANDS = ['analyze', 'analyze --json', 'lockin', 'simulate', 'report'] as const;

const seconds = (value: number) => value.toFixed(2);
const megabytes = (bytes: number) => String(Math.round(bytes / (1024 * 1024)));
const load = () => loadavg()[0]?.toFixed(2) ?? '';

/** The shipped examples: every command once each (optimize only where there is a design space). */
async function examplesBench(dir: string): Promise<void> {
  console.log(
    '\nWhole commands on the shipped examples (compiled CLI, a fresh process per run; CPU includes workers)',
  );
  const widths = [34, 9, 8, 8, 8, 6];
  console.log(row(['example', 'command', 'CPU s', 'wall s', 'RSS MB', 'load'], widths));
  for (const file of exampleFiles()) {
    const path = join(EXAMPLES_DIR, file);
    const hasSpace = /^design_space:/m.test(readExample(file));
    for (const command of EXAMPLE_COMMANDS) {
      if (command === 'optimize' && !hasSpace) continue;
      const before = load();
      const outcome = await runOnce(dir, commandArgs(command, path, dir, true));
      console.log(
        row(
          outcome.ok
            ? [
                file,
                command,
                seconds(outcome.cost.cpu),
                seconds(outcome.cost.wall),
                megabytes(outcome.cost.rss),
                `${before}${goalNote(command, outcome.cost.wall)}`,
              ]
            : [file, command, '—', '—', '—', `${before} ${outcome.reason}`],
          widths,
        ),
      );
    }
  }
}

function goalNote(command: (typeof EXAMPLE_COMMANDS)[number], wall: number): string {
  const goal = EXAMPLE_GOALS[command];
  if (goal === undefined) return '';
  return `  goal < ${goal} s: ${wall < goal ? 'met' : 'MISSED'}`;
}

interface SizedRun {
  readonly providers: number;
  readonly format: 'yaml' | 'json';
  readonly outcome: Outcome;
}

/** Growth per 10× from the previous size's CPU time to this one's. */
function growthPerTenfold(previous: SizedRun | undefined, current: SizedRun): string {
  if (previous === undefined || !previous.outcome.ok || !current.outcome.ok) return '';
  const ratio = current.outcome.cost.cpu / previous.outcome.cost.cpu;
  const decades = Math.log10(current.providers / previous.providers);
  return `${(ratio ** (1 / decades)).toFixed(1)}×`;
}

/** The goals of issue 18 for `analyze`, as a sentence beside each row. */
function analyzeGoal(run: SizedRun, growth: string, json: SizedRun | undefined): string {
  if (!run.outcome.ok) return '';
  const { cpu, rss } = run.outcome.cost;
  const parts: string[] = [];
  if (run.providers === 10_000) parts.push(`< 3 s CPU: ${cpu < 3 ? 'met' : 'not met'}`);
  if (run.providers === 50_000) {
    parts.push(`< 15 s CPU: ${cpu < 15 ? 'met' : 'not met'}`);
    parts.push(`< 2 GB: ${rss < 2 * 1024 ** 3 ? 'met' : 'not met'}`);
  }
  if (growth !== '')
    parts.push(`≤ 11×/10×: ${Number.parseFloat(growth) <= 11 ? 'met' : 'not met'}`);
  if (run.format === 'yaml' && json?.outcome.ok) {
    const ratio = cpu / json.outcome.cost.cpu;
    parts.push(`YAML/JSON ${ratio.toFixed(2)}× (≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'not met'})`);
  }
  return parts.join('; ');
}

function sizes(): number[] {
  const chosen = process.env.BENCH_SIZES;
  if (chosen === undefined) return [1_000, 10_000, 50_000];
  return chosen.split(',').map((size) => Number(size.trim()));
}

/** Synthetic models: each command at each size and format, with its growth and its goal. */
async function syntheticBench(dir: string, files: readonly SyntheticFiles[]): Promise<void> {
  console.log(
    `\nWhole commands on synthetic models (compiled CLI, one run each, stopped at ${TIMEOUT_SECONDS} s; growth is CPU per 10× providers)`,
  );
  const widths = [14, 9, 6, 8, 8, 8, 8, 6, 8, 40];
  console.log(
    row(
      [
        'command',
        'providers',
        'format',
        'MB',
        'CPU s',
        'wall s',
        'RSS MB',
        'load',
        'growth',
        'goal',
      ],
      widths,
    ),
  );
  const only = process.env.BENCH_COMMANDS?.split(',');
  for (const command of SYNTHETIC_COMMANDS.filter((c) => only === undefined || only.includes(c))) {
    const previous: Partial<Record<'yaml' | 'json', SizedRun>> = {};
    for (const file of files) {
      const thisSize: Partial<Record<'yaml' | 'json', SizedRun>> = {};
      for (const format of ['json', 'yaml'] as const) {
        const before = load();
        const path = format === 'json' ? file.json : file.yaml;
        const outcome = await runOnce(dir, commandArgs(command, path, dir, false));
        const run: SizedRun = { providers: file.providers, format, outcome };
        const growth = growthPerTenfold(previous[format], run);
        const goal = command.startsWith('analyze') ? analyzeGoal(run, growth, thisSize.json) : '';
        const bytes = format === 'json' ? file.jsonBytes : file.yamlBytes;
        const cells = outcome.ok
          ? [
              seconds(outcome.cost.cpu),
              seconds(outcome.cost.wall),
              megabytes(outcome.cost.rss),
              before,
              growth,
              goal,
            ]
          : ['—', '—', '—', before, '', outcome.reason];
        console.log(
          row(
            [command, file.providers.toLocaleString('en'), format, megabytes(bytes), ...cells],
            widths,
          ),
        );
        thisSize[format] = run;
        previous[format] = run;
      }
    }
  }
}

export async function commandsBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'mvnoscope-bench-commands-'));
  try {
    await examplesBench(dir);
    const files = await writeSyntheticModels(dir, sizes());
    await syntheticBench(dir, files);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Only the synthetic part, for profiling runs: `tsx bench/commands.ts synthetic`. */
export async function syntheticCommandsBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'mvnoscope-bench-commands-'));
  try {
    await syntheticBench(dir, await writeSyntheticModels(dir, sizes()));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
