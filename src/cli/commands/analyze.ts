/** `mvnoscope analyze FILE`: where the operator depends and where it controls, explained. */
import type { Command } from 'commander';
import { analyseStructure } from '../../analysis/analyse.js';
import { loadModel } from '../../model/load/load-model.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { analysisJson } from '../format/analysis-json.js';
import { analysisText } from '../format/analysis-text.js';
import { coloursFor } from '../format/colour.js';
import { formatDiagnostic, summarise } from '../format/diagnostics.js';
import { DEFAULT_MAX_FILE_BYTES, parseByteSize, readModelFile } from '../model-file.js';
import { argumentParser, formatOption, type OutputOptions, resolveFormat } from '../options.js';
import { emit } from '../output.js';

interface AnalyzeOptions extends OutputOptions {
  readonly maxFileSize: number;
  readonly top: number;
}

export function registerAnalyze(program: Command, context: CliContext): void {
  program
    .command('analyze')
    .description(
      'the structural analysis: operator type, five-layer scorecard, single points of failure, blast radius, concentration',
    )
    .argument('<file>', 'a model file (.yaml, .yml or .json)')
    .addOption(formatOption(['text', 'json']))
    .option('--json', 'short for --format json')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option(
      '--top <n>',
      'rows to show in the long lists of the text report',
      argumentParser(positiveInteger),
      8,
    )
    .option(
      '--max-file-size <size>',
      'refuse files larger than this (e.g. 10MB)',
      argumentParser(parseByteSize),
      DEFAULT_MAX_FILE_BYTES,
    )
    .addHelpText(
      'after',
      `
Every figure comes with the factors and model lines behind it; defaults the model leaves to
mvnoscope are listed under Assumptions. The JSON shape is described in docs/analyze-json.md.
Exit codes: 0 analysed, 2 the model is invalid or unreadable.

Examples:
  $ mvnoscope analyze examples/light-mvno-on-enabler.yaml
  $ mvnoscope analyze examples/full-mvno-switchable.yaml --top 20
  $ mvnoscope analyze model.yaml --json -o analysis.json`,
    )
    .action(async (file: string, options: AnalyzeOptions) => {
      const format = resolveFormat(options);
      const read = await readModelFile(file, options.maxFileSize);
      const colours = coloursFor(options.output === undefined ? context.stdout : { isTTY: false });
      const errorColours = coloursFor(context.stderr);
      if (!read.ok) {
        context.stderr.write(`${formatDiagnostic(read.diagnostic, undefined, errorColours)}\n`);
        context.exitCode = EXIT.invalidInput;
        return;
      }
      const loaded = loadModel(read.file.text, { file, limits: { maxChars: options.maxFileSize } });
      if (!loaded.ok) {
        const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
        const report = loaded.diagnostics.map((d) =>
          formatDiagnostic(d, read.file.text, errorColours),
        );
        context.stderr.write(
          `${report.join('\n\n')}\n\n${file}: invalid (${summarise(errors, loaded.diagnostics.length - errors)})\n`,
        );
        context.exitCode = EXIT.invalidInput;
        return;
      }
      for (const warning of loaded.diagnostics)
        context.stderr.write(`${formatDiagnostic(warning, read.file.text, errorColours)}\n\n`);
      const analysis = analyseStructure(loaded.model, loaded.assumptions);
      const positionOf = (path: Parameters<typeof loaded.sourceMap.spanOf>[0]) =>
        loaded.sourceMap.spanOf(path).start;
      const output =
        format === 'json'
          ? JSON.stringify(
              analysisJson(file, loaded.model, analysis, loaded.diagnostics, positionOf),
              null,
              2,
            )
          : analysisText(loaded.model, analysis, {
              colours,
              top: options.top,
              lineOf: (path) => positionOf(path).line,
            });
      await emit(context, output, options.output);
    });
}

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`expected a whole number of at least 1, found "${text}"`);
  return value;
}
