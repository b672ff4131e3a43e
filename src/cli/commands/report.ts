/**
 * `mvnoscope report FILE`: the report people read — one self-contained HTML page (charts and
 * the dependency diagram inline, works offline) or the same sections in Markdown.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import {
  REPORT_FRONT_SECONDS,
  REPORT_SEED,
  REPORT_TRIALS,
} from '../../report/document/report-inputs.js';
import { fullReport } from '../../run/full-report.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../exit-codes.js';
import { loadForCommand } from '../load-for-command.js';
import {
  argumentParser,
  modelCommandOptions,
  nonNegativeInteger,
  type OutputOptions,
  positiveInteger,
  trialsAtMost,
} from '../options.js';
import { emit } from '../output.js';
import { assertWritableOutput, formatForOutput } from '../output-target.js';
import { rulesForCommand } from '../rule-sources.js';

const FORMATS = ['html', 'markdown'] as const;
const FORMAT_BY_EXTENSION = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
};
/** The report's stress test stays quick; `simulate` is the tool for millions of trials. */
const MAX_REPORT_TRIALS = 1_000_000;

interface ReportOptions extends OutputOptions {
  readonly maxFileSize: number;
  readonly trials: number;
  readonly seed: number;
  readonly pareto: boolean;
  readonly paretoTimeLimit: number;
  readonly rules?: string;
}

export function registerReport(program: Command, context: CliContext): void {
  const command = modelCommandOptions(
    program
      .command('report')
      .description(
        'the report people read: one self-contained HTML page (charts, dependency diagram) or Markdown',
      )
      .argument('<file>', 'a model file (.yaml, .yml or .json)'),
    FORMATS,
  )
    .option(
      '--trials <n>',
      `stress-test trials (at most ${MAX_REPORT_TRIALS.toLocaleString('en')})`,
      argumentParser(trialsAtMost(MAX_REPORT_TRIALS, 'in a report (mvnoscope simulate runs more)')),
      REPORT_TRIALS,
    )
    .option(
      '--seed <n>',
      'random seed of the stress test',
      argumentParser(nonNegativeInteger),
      REPORT_SEED,
    )
    .option('--rules <folder>', 'also run the user rules (YAML, conditions in CEL) in this folder')
    .option('--no-pareto', 'leave the design-space front out (it runs a solver)')
    .option(
      '--pareto-time-limit <seconds>',
      'stop the front search after this long; the points found so far are shown',
      argumentParser(positiveInteger),
      REPORT_FRONT_SECONDS,
    )
    .addHelpText(
      'after',
      `
The format follows the -o file's extension (.html, .md) unless --format says otherwise;
without -o the report goes to standard output. Every figure states its assumptions; the
report's sections and their sources are described in docs/report.md.

Examples:
  $ mvnoscope report examples/light-mvno-on-enabler.yaml -o report.html
  $ mvnoscope report model.yaml -o report.md
  $ mvnoscope report model.yaml --format markdown --no-pareto > report.md`,
    );
  command.action(async (file: string, options: ReportOptions) => {
    if (options.json === true)
      throw new UsageError(
        'the report is HTML or Markdown',
        'for JSON, run mvnoscope analyze --json',
      );
    const explicit = command.getOptionValueSource('format') === 'cli' ? options.format : undefined;
    const format = formatForOutput(explicit, options.output, FORMAT_BY_EXTENSION, 'html');
    if (options.output !== undefined && options.output !== '-')
      await assertWritableOutput(options.output);
    const input = await loadForCommand(context, file, options.maxFileSize);
    if (input === undefined) return;
    const rules = await rulesForCommand(context, options.rules);
    if (rules === undefined) return;
    const output = await fullReport(file, input.loaded, {
      rules: rules.rules,
      format: format === 'html' ? 'html' : 'markdown',
      trials: options.trials,
      seed: options.seed,
      pareto: options.pareto,
      paretoTimeLimitSeconds: options.paretoTimeLimit,
      adviceWorkers: Math.max(1, Math.min(availableParallelism(), 4)),
    });
    await emit(context, output, options.output);
  });
}
