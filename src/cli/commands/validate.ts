/** `mvnoscope validate FILE...`: every problem in every file, at once, with positions. */
import type { Command } from 'commander';
import { type Classification, classify } from '../../model/classification.js';
import type { Diagnostic } from '../../model/load/diagnostic.js';
import { loadModel } from '../../model/load/load-model.js';
import type { Assumption } from '../../model/resolved-model.js';
import { jsonHeader } from '../../report/json/json-header.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { type Colours, reportColours } from '../format/colour.js';
import { formatDiagnostic, summarise } from '../format/diagnostics.js';
import { DEFAULT_MAX_FILE_BYTES, parseByteSize, readModelFile } from '../model-file.js';
import { argumentParser, formatOption, type OutputOptions, resolveFormat } from '../options.js';
import { emit } from '../output.js';

interface FileReport {
  readonly file: string;
  readonly valid: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly assumptions: readonly Assumption[];
  readonly classification?: Classification;
  readonly source?: string;
}

interface ValidateOptions extends OutputOptions {
  readonly maxFileSize: number;
}

export function registerValidate(program: Command, context: CliContext): void {
  program
    .command('validate')
    .description('check stack models and report every problem with file, line and column')
    .argument('<files...>', 'model files (.yaml, .yml or .json)')
    .addOption(formatOption(['text', 'json']))
    .option('--json', 'short for --format json')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option(
      '--max-file-size <size>',
      'refuse files larger than this (e.g. 10MB, 512KB)',
      argumentParser(parseByteSize),
      DEFAULT_MAX_FILE_BYTES,
    )
    .addHelpText(
      'after',
      `
Exit codes: 0 every file is valid, 2 a file is invalid or unreadable.

Examples:
  $ mvnoscope validate examples/light-mvno-on-enabler.yaml
  $ mvnoscope validate examples/*.yaml --json
  $ mvnoscope validate big-model.yaml --max-file-size 50MB`,
    )
    .action(async (files: string[], options: ValidateOptions) => {
      const reports: FileReport[] = [];
      for (const path of files) reports.push(await validateFile(path, options.maxFileSize));
      const format = resolveFormat(options);
      const output =
        format === 'json'
          ? JSON.stringify(jsonReport(reports), null, 2)
          : textReport(reports, reportColours(context.stdout, options.output));
      await emit(context, output, options.output);
      context.exitCode = reports.every((r) => r.valid) ? EXIT.ok : EXIT.invalidInput;
    });
}

async function validateFile(path: string, maxFileSize: number): Promise<FileReport> {
  const read = await readModelFile(path, maxFileSize);
  if (!read.ok)
    return { file: path, valid: false, diagnostics: [read.diagnostic], assumptions: [] };
  const result = loadModel(read.file.text, { file: path, limits: { maxChars: maxFileSize } });
  if (!result.ok) {
    return {
      file: path,
      valid: false,
      diagnostics: result.diagnostics,
      assumptions: [],
      source: read.file.text,
    };
  }
  return {
    file: path,
    valid: true,
    diagnostics: result.diagnostics,
    assumptions: result.assumptions,
    classification: classify(result.model),
    source: read.file.text,
  };
}

function textReport(reports: readonly FileReport[], c: Colours): string {
  const blocks: string[] = [];
  for (const report of reports) {
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = report.diagnostics.length - errors;
    for (const diagnostic of report.diagnostics)
      blocks.push(formatDiagnostic(diagnostic, report.source, c));
    const verdict = report.valid ? c.green('valid') : c.red('invalid');
    const kind =
      report.classification === undefined ? '' : ` — ${describeType(report.classification)}`;
    blocks.push(`${c.bold(report.file)}: ${verdict}${kind} (${summarise(errors, warnings)})`);
  }
  return blocks.join('\n\n');
}

function describeType(classification: Classification): string {
  const extras = [
    classification.hybrid ? 'hybrid' : undefined,
    classification.hostAffiliation?.kind.replace('_', ' '),
  ].filter((x) => x !== undefined);
  return extras.length === 0 ? classification.name : `${classification.name}, ${extras.join(', ')}`;
}

function jsonReport(reports: readonly FileReport[]) {
  return {
    ...jsonHeader(),
    valid: reports.every((r) => r.valid),
    files: reports.map(({ source: _source, ...report }) => ({
      ...report,
      errors: report.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: report.diagnostics.filter((d) => d.severity === 'warning').length,
    })),
  };
}
