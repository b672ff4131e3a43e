/**
 * `mvnoscope sensitivity FILE`: which assumptions the headline figures rest on — a tornado per
 * figure (exit cost, point of no return, option value and leverage per dependency; each
 * layer's dependency and control index; ES 95% of margin) and the flip points.
 */
import type { Command } from 'commander';
import { sensitivitySection } from '../../report/document/sensitivity-section.js';
import { reportMarkdown } from '../../report/markdown/report-markdown.js';
import {
  analyseSensitivity,
  SENSITIVITY_SEED,
  SENSITIVITY_TRIALS,
  type Sensitivity,
} from '../../sensitivity/sensitivity.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../exit-codes.js';
import { reportColours } from '../format/colour.js';
import { sensitivityJson } from '../format/sensitivity-json.js';
import { sensitivityText } from '../format/sensitivity-text.js';
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

/** Every pinned run repeats the stress test: beyond this the command stops being interactive. */
const MAX_TRIALS = 200_000;

interface SensitivityOptions extends OutputOptions {
  readonly top: number;
  readonly all?: boolean;
  readonly figure?: string;
  readonly trials: number;
  readonly seed: number;
  readonly maxFileSize: number;
}

export function registerSensitivity(program: Command, context: CliContext): void {
  modelCommandOptions(
    program
      .command('sensitivity')
      .description(
        'tornado of the parameters behind each headline figure, and the flip points where a position or a date changes',
      )
      .argument('<file>', 'a model file (.yaml, .yml or .json)'),
    ['text', 'json', 'markdown'],
  )
    .option('--top <n>', 'bars to show per figure', argumentParser(positiveInteger), 3)
    .option('--all', 'show every bar of every figure, those of zero width too')
    .option(
      '--figure <text>',
      'only the figures whose id or title contains this text (e.g. a provider id, "es95", "network")',
    )
    .option(
      '--trials <n>',
      `one-year stress-test trials per pinned run, for ES 95% (at most ${MAX_TRIALS.toLocaleString('en')})`,
      argumentParser(trialsAtMost(MAX_TRIALS, 'per run (mvnoscope simulate runs more)')),
      SENSITIVITY_TRIALS,
    )
    .option(
      '--seed <n>',
      'random seed of the stress test (one seed for every run)',
      argumentParser(nonNegativeInteger),
      SENSITIVITY_SEED,
    )
    .addHelpText(
      'after',
      `
Each parameter (the lock-in economics, growth, churn, discount rate and the availability
defaults) is pinned at the low and at the high end of its stated range, one at a time, and every
headline figure is computed again. Ranges and their reasons, bars and flip points:
docs/sensitivity.md.

Examples:
  $ mvnoscope sensitivity examples/light-mvno-on-enabler.yaml
  $ mvnoscope sensitivity model.yaml --figure pennine-telecom --all
  $ mvnoscope sensitivity model.yaml --json -o sensitivity.json
  $ mvnoscope sensitivity model.yaml --format markdown -o sensitivity.md`,
    )
    .action(async (file: string, options: SensitivityOptions) => {
      const format = resolveFormat(options);
      const input = await loadForCommand(context, file, options.maxFileSize);
      if (input === undefined) return;
      const { model } = input.loaded;
      const started = performance.now();
      const full = analyseSensitivity(input.loaded, {
        trials: options.trials,
        seed: options.seed,
      });
      const seconds = (performance.now() - started) / 1000;
      const sensitivity = onlyFigures(full, options.figure);
      const top = options.all === true ? Number.MAX_SAFE_INTEGER : options.top;
      let output: string;
      if (format === 'json') output = sensitivityJson(file, model, sensitivity, seconds);
      else if (format === 'markdown')
        output = reportMarkdown({
          title: `${model.operator.name}: sensitivity`,
          subtitle: `${model.operator.country} · model as of ${model.operator.as_of}`,
          source: file,
          sections: [sensitivitySection(model, sensitivity, { detail: 'every-figure', top })],
        });
      else
        output = sensitivityText(
          model,
          sensitivity,
          reportColours(context.stdout, options.output),
          {
            top,
            all: options.all === true,
          },
        );
      await emit(context, output, options.output);
    });
}

/** The figures `--figure` names; none named is a usage error that lists what there is. */
function onlyFigures(sensitivity: Sensitivity, filter: string | undefined): Sensitivity {
  if (filter === undefined) return sensitivity;
  const needle = filter.toLowerCase();
  const figures = sensitivity.figures.filter(
    (f) => f.id.toLowerCase().includes(needle) || f.title.toLowerCase().includes(needle),
  );
  if (figures.length === 0) {
    const some = sensitivity.figures.slice(0, 6).map((f) => f.id);
    throw new UsageError(
      `no figure matches --figure "${filter}"`,
      `figures are named like ${some.join(', ')}${sensitivity.figures.length > some.length ? ', …' : ''} (run with --json for every id)`,
    );
  }
  return { ...sensitivity, figures };
}
