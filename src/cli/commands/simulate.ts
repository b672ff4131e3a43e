/** `mvnoscope simulate FILE`: Monte Carlo stress test of shocks propagated through the stack. */
import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { jsonHeader } from '../../report/json/json-header.js';
import { stressRun } from '../../run/stress-run.js';
import type { CliContext } from '../context.js';
import { reportColours } from '../format/colour.js';
import { simulationText } from '../format/simulation-text.js';
import { loadForCommand } from '../load-for-command.js';
import {
  argumentParser,
  modelCommandOptions,
  nonNegativeInteger,
  type OutputOptions,
  positiveInteger,
  resolveFormat,
  trialsAtMost,
} from '../options.js';
import { emit } from '../output.js';

/** Outcomes are kept for every trial (32 bytes each): 20 million trials take 640 MB. */
const MAX_TRIALS = 20_000_000;

/** Longest path a trial runs: 50 years, the API's bound too (the horizon is at most 50 years). */
const MAX_YEARS = 50;

function yearCount(text: string): number {
  const value = positiveInteger(text);
  if (value > MAX_YEARS)
    throw new Error(
      `at most ${MAX_YEARS} years (the longest horizon), found ${value.toLocaleString('en')}`,
    );
  return value;
}

interface SimulateOptions extends OutputOptions {
  readonly trials: number;
  readonly seed: number;
  readonly workers: number;
  readonly years: number;
  readonly top: number;
  readonly maxFileSize: number;
}

export function registerSimulate(program: Command, context: CliContext): void {
  modelCommandOptions(
    program
      .command('simulate')
      .description(
        'Monte Carlo stress test: margin, subscribers, outages and recovery under the shock library',
      )
      .argument('<file>', 'a model file (.yaml, .yml or .json)'),
    ['text', 'json'],
  )
    .option(
      '--trials <n>',
      `trials to run (at most ${MAX_TRIALS.toLocaleString('en')})`,
      argumentParser(trialsAtMost(MAX_TRIALS, '(each keeps 32 bytes of outcomes)')),
      200_000,
    )
    .option(
      '--seed <n>',
      'random seed (the same seed gives the same numbers, whatever --workers)',
      argumentParser(nonNegativeInteger),
      1,
    )
    .option(
      '--workers <n>',
      'worker threads',
      argumentParser(positiveInteger),
      Math.max(1, Math.min(availableParallelism(), 8)),
    )
    .option(
      '--years <n>',
      `years each trial runs through (1: the year ahead; more, at most ${MAX_YEARS}: paths over the horizon, grown and discounted)`,
      argumentParser(yearCount),
      1,
    )
    .option('--top <n>', 'rows in the lists of drivers', argumentParser(positiveInteger), 8)
    .addHelpText(
      'after',
      `
Each trial is one year; the shocks, their frequencies and severities are in docs/stress.md and
can be changed in the model's \`scenarios\` section. Ctrl-C stops early and reports the trials
finished so far.

Examples:
  $ mvnoscope simulate examples/light-mvno-on-enabler.yaml
  $ mvnoscope simulate model.yaml --trials 1000000 --seed 7 --workers 2
  $ mvnoscope simulate model.yaml --json -o stress.json`,
    )
    .action(async (file: string, options: SimulateOptions) => {
      const format = resolveFormat(options);
      const input = await loadForCommand(context, file, options.maxFileSize);
      if (input === undefined) return;
      const { model } = input.loaded;
      let stop = false;
      const onSigint = () => {
        stop = true;
      };
      process.once('SIGINT', onSigint);
      const bar =
        context.stderr.isTTY === true
          ? new cliProgress.SingleBar(
              {
                stream: process.stderr,
                format: 'simulating [{bar}] {percentage}% | {value}/{total} trials | Ctrl-C stops',
              },
              cliProgress.Presets.shades_classic,
            )
          : undefined;
      bar?.start(options.trials, 0);
      try {
        const { result, document } = await stressRun(input.loaded, {
          trials: options.trials,
          seed: options.seed,
          workers: options.workers,
          years: options.years,
          onProgress: (done) => bar?.update(done),
          shouldStop: () => stop,
        });
        bar?.stop();
        const output =
          format === 'json'
            ? JSON.stringify({ ...jsonHeader(), file, ...document }, null, 2)
            : simulationText(
                result,
                model.operator.currency,
                document.trialsPerSecond,
                reportColours(context.stdout, options.output),
                options.top,
              );
        await emit(context, output, options.output);
      } finally {
        bar?.stop();
        process.off('SIGINT', onSigint);
      }
    });
}
