/**
 * `mvnoscope optimize FILE`: the exact Pareto front of the model's design space, its knee,
 * and how far the architecture assembled one decision at a time sits from it.
 */
import type { Command } from 'commander';
import { OBJECTIVES, type Objective } from '../../model/schema/design-space.js';
import { didYouMean } from '../../model/suggest.js';
import { jsonHeader } from '../../report/json/json-header.js';
import { FRONT_METHODS, type FrontMethod, optimizationRun } from '../../run/optimize-run.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../exit-codes.js';
import { reportColours } from '../format/colour.js';
import { optimizeText } from '../format/optimize-text.js';
import { loadForCommand } from '../load-for-command.js';
import {
  argumentParser,
  modelCommandOptions,
  type OutputOptions,
  positiveInteger,
  resolveFormat,
} from '../options.js';
import { emit } from '../output.js';

interface OptimizeOptions extends OutputOptions {
  readonly objectives: readonly Objective[];
  readonly method: FrontMethod;
  readonly timeLimit: number;
  readonly points?: number;
  readonly maxFileSize: number;
}

export function parseObjectives(text: string): Objective[] {
  const names = text.split(',').map((name) => name.trim());
  const known: readonly string[] = OBJECTIVES;
  for (const name of names) {
    if (!known.includes(name)) {
      const hint = didYouMean(name, OBJECTIVES);
      throw new Error(
        `unknown objective "${name}"; expected ${OBJECTIVES.join(', ')}${hint === undefined ? '' : ` (${hint})`}`,
      );
    }
  }
  if (new Set(names).size !== names.length) throw new Error('an objective is named twice');
  if (names.length < 2 || names.length > 4)
    throw new Error(`expected two to four objectives, found ${names.length}`);
  return names as Objective[];
}

export function registerOptimize(program: Command, context: CliContext): void {
  modelCommandOptions(
    program
      .command('optimize')
      .description(
        'exact Pareto front of the design space, its knee, and the price of deciding step by step',
      )
      .argument('<file>', 'a model file with a design_space section'),
    ['text', 'json'],
  )
    .option(
      '--objectives <list>',
      `two to four of ${OBJECTIVES.join(', ')}, comma-separated`,
      argumentParser(parseObjectives),
      ['cost', 'lockin'],
    )
    .option(
      '--method <method>',
      'auto (chosen from the shape of the space, and says why), dp, enumeration or milp',
      argumentParser(frontMethod),
      'auto',
    )
    .option(
      '--points <n>',
      'at most this many exact front points, spread along the front, with a proven bound on the hypervolume they miss',
      argumentParser(positiveInteger),
    )
    .option(
      '--time-limit <seconds>',
      'stop the search after this long',
      argumentParser(positiveInteger),
      120,
    )
    .addHelpText(
      'after',
      `
Methods (docs/optimize.md), all exact: dynamic programming over the decisions, for sparse
interactions; implicit enumeration, a branch and bound that keeps every design of every point;
ε-constraint over a mixed-integer programme solved by HiGHS for the rest.

Examples:
  $ mvnoscope optimize examples/full-mvno-switchable.yaml
  $ mvnoscope optimize model.yaml --objectives cost,time_to_launch,lockin --json`,
    )
    .action(async (file: string, options: OptimizeOptions) => {
      const format = resolveFormat(options);
      const input = await loadForCommand(context, file, options.maxFileSize);
      if (input === undefined) return;
      const { model } = input.loaded;
      if (model.design_space === undefined) {
        throw new UsageError(
          `${file} has no design_space to optimise`,
          'add open decisions and their options under design_space (docs/optimize.md shows one)',
        );
      }
      const progress = context.stderr.isTTY === true;
      const { document } = await optimizationRun(model, options.objectives, {
        timeLimitSeconds: options.timeLimit,
        method: options.method,
        ...(options.points === undefined ? {} : { points: options.points }),
        onPoint: progress
          ? (points, solves) =>
              context.stderr.write(
                `\roptimising: ${points} front designs, ${solves} programmes solved`,
              )
          : undefined,
      });
      if (progress) context.stderr.write('\n');
      const output =
        format === 'json'
          ? JSON.stringify({ ...jsonHeader(), file, ...document }, null, 2)
          : optimizeText(
              {
                report: document,
                currency: document.currency,
                method: document.method,
                designs: document.designs,
                complete: document.complete,
                seconds: document.seconds,
                notes: document.notes,
                ...(document.representation === undefined
                  ? {}
                  : { representation: document.representation }),
              },
              reportColours(context.stdout, options.output),
            );
      await emit(context, output, options.output);
    });
}

function frontMethod(text: string): FrontMethod {
  const found = FRONT_METHODS.find((m) => m === text);
  if (found === undefined)
    throw new Error(`unknown method "${text}"; expected ${FRONT_METHODS.join(', ')}`);
  return found;
}
