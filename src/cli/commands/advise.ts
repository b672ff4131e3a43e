/**
 * `mvnoscope advise FILE`: the moves that restore control, each valued by applying it to the
 * model and re-assessing everything, with the date to act by; the recommended plan and its
 * roadmap. Method: docs/advice.md.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { ADVICE_SEED, ADVICE_TRIALS } from '../../advice/index.js';
import { adviceSection } from '../../report/document/advice-section.js';
import { jsonHeader } from '../../report/json/json-header.js';
import { reportMarkdown } from '../../report/markdown/report-markdown.js';
import { adviseOnWorkers } from '../../run/advice-run.js';
import type { CliContext } from '../context.js';
import { adviceText } from '../format/advice-text.js';
import { reportColours } from '../format/colour.js';
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

/** Every move repeats the stress test: beyond this the command stops being interactive. */
const MAX_TRIALS = 200_000;

interface AdviseOptions extends OutputOptions {
  readonly top: number;
  readonly trials: number;
  readonly seed: number;
  readonly workers: number;
  readonly maxFileSize: number;
}

export function registerAdvise(program: Command, context: CliContext): void {
  modelCommandOptions(
    program
      .command('advise')
      .description(
        'which moves restore control, what each is worth against its cost, the date to act by, and the recommended plan',
      )
      .argument('<file>', 'a model file (.yaml, .yml or .json)'),
    ['text', 'json', 'markdown'],
  )
    .option('--top <n>', 'moves to list and describe', argumentParser(positiveInteger), 10)
    .option(
      '--trials <n>',
      `one-year stress-test trials per re-assessment (at most ${MAX_TRIALS.toLocaleString('en')})`,
      argumentParser(trialsAtMost(MAX_TRIALS, 'per run (mvnoscope simulate runs more)')),
      ADVICE_TRIALS,
    )
    .option(
      '--seed <n>',
      'random seed of the stress tests (one seed for the baseline and every move)',
      argumentParser(nonNegativeInteger),
      ADVICE_SEED,
    )
    .option(
      '--workers <n>',
      'worker threads for the re-assessments (the same advice whatever the number)',
      argumentParser(positiveInteger),
      Math.max(1, Math.min(availableParallelism(), 8)),
    )
    .addHelpText(
      'after',
      `
Each move is a patch of the model (see \`mvnoscope apply\`); the patched model is re-assessed
whole, so a move's figures are those \`analyze\`, \`lockin\` and \`simulate --seed S --trials N\`
give for it. Move costs come from parameters with stated defaults that the model's
\`advice.parameters\` overrides; \`advice.exclude\` leaves moves out and \`advice.moves\` adds
your own. Method: docs/advice.md; the moves: docs/moves/.

Examples:
  $ mvnoscope advise examples/light-mvno-on-enabler.yaml
  $ mvnoscope advise model.yaml --top 5 --seed 7
  $ mvnoscope advise model.yaml --json -o advice.json
  $ mvnoscope advise model.yaml --format markdown -o advice.md`,
    )
    .action(async (file: string, options: AdviseOptions) => {
      const format = resolveFormat(options);
      const input = await loadForCommand(context, file, options.maxFileSize);
      if (input === undefined) return;
      const { model } = input.loaded;
      const advice = await adviseOnWorkers(input.loaded, {
        trials: options.trials,
        seed: options.seed,
        workers: options.workers,
      });
      let output: string;
      if (format === 'json') output = JSON.stringify({ ...jsonHeader(), file, ...advice }, null, 2);
      else if (format === 'markdown')
        output = reportMarkdown({
          title: `${model.operator.name}: what to do`,
          subtitle: `${model.operator.country} · model as of ${model.operator.as_of}`,
          source: file,
          sections: [adviceSection(advice, options.top)],
        });
      else
        output = adviceText(model, advice, reportColours(context.stdout, options.output), {
          top: options.top,
        });
      await emit(context, output, options.output);
    });
}
