/** `mvnoscope analyze FILE`: where the operator depends and where it controls, explained. */
import type { Command } from 'commander';
import type { analyseStructure } from '../../analysis/analyse.js';
import { assessModel } from '../../assessment.js';
import type { Lockin } from '../../economics/lockin.js';
import type { loadModel } from '../../model/load/load-model.js';
import { buildAnalysisBrief } from '../../report/document/analysis-brief.js';
import { buildReport } from '../../report/document/build-report.js';
import { analyzeJson } from '../../report/json/analysis-json.js';
import { reportMarkdown } from '../../report/markdown/report-markdown.js';
import { toSarif } from '../../report/sarif.js';
import { reportTerminal } from '../../report/terminal/report-terminal.js';
import type { PositionOf } from '../../rules/finding.js';
import { SEVERITIES, type Severity } from '../../rules/rule.js';
import type { runRules } from '../../rules/run-rules.js';
import { VERSION } from '../../version.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { reportColours } from '../format/colour.js';
import { loadForCommand, reportInvalid } from '../load-for-command.js';
import {
  argumentParser,
  modelCommandOptions,
  type OutputOptions,
  positiveInteger,
  resolveFormat,
} from '../options.js';
import { emit } from '../output.js';
import { loadAcceptances, rulesForCommand, warnEvaluationProblems } from '../rule-sources.js';

interface AnalyzeOptions extends OutputOptions {
  readonly maxFileSize: number;
  readonly top: number;
  readonly failOn?: Severity;
  readonly accept?: string;
  readonly rules?: string;
}

export function registerAnalyze(program: Command, context: CliContext): void {
  modelCommandOptions(
    program
      .command('analyze')
      .description(
        'the structural analysis and its findings: type, scorecard, failures, concentration, rules',
      )
      .argument('<file>', 'a model file (.yaml, .yml or .json)'),
    ['text', 'json', 'markdown', 'sarif'],
  )
    .option(
      '--fail-on <severity>',
      `exit 1 when an open finding is this severe or worse (${SEVERITIES.join(', ')})`,
      argumentParser(severity),
    )
    .option(
      '--accept <file>',
      'a register of accepted risks (YAML with `suppressions:`), besides those in the model',
    )
    .option('--rules <folder>', 'also run the user rules (YAML, conditions in CEL) in this folder')
    .option(
      '--top <n>',
      'rows to show in the long lists of the text report',
      argumentParser(positiveInteger),
      8,
    )
    .addHelpText(
      'after',
      `
Every figure comes with the factors and model lines behind it; defaults the model leaves to
mvnoscope are listed under Assumptions. Findings come from the built-in rules (docs/rules/) and
any user rules; accepted risks stay listed as accepted. JSON: docs/analyze-json.md.
Exit codes: 0 analysed, 1 a finding reached --fail-on, 2 the input is invalid or unreadable.

Examples:
  $ mvnoscope analyze examples/light-mvno-on-enabler.yaml
  $ mvnoscope analyze model.yaml --format sarif -o mvnoscope.sarif --fail-on high
  $ mvnoscope analyze model.yaml --rules examples/rules --accept risks.yaml --format markdown`,
    )
    .action(async (file: string, options: AnalyzeOptions) => {
      const format = resolveFormat(options);
      const input = await loadForCommand(context, file, options.maxFileSize);
      if (input === undefined) return;
      const { loaded } = input;
      const ruleSet = await rulesForCommand(context, options.rules);
      if (ruleSet === undefined) return;
      const accepted = await loadAcceptances(loaded, options.accept);
      if (!accepted.ok)
        return reportInvalid(context, accepted.diagnostics, accepted.sources, options.accept ?? '');
      const { rules } = ruleSet;

      const { analysis, run, lockin, positionOf } = assessModel(loaded, {
        rules,
        accepted: accepted.value,
      });
      warnEvaluationProblems(context, run.evaluationProblems, ruleSet);
      const output = render(format, {
        file,
        loaded,
        analysis,
        run,
        lockin,
        rules,
        positionOf,
        options,
        context,
      });
      await emit(context, output, options.output);
      if (options.failOn !== undefined && gateFails(run.findings, options.failOn))
        context.exitCode = EXIT.gateFailed;
    });
}

type RenderInput = {
  file: string;
  loaded: Extract<ReturnType<typeof loadModel>, { ok: true }>;
  analysis: ReturnType<typeof analyseStructure>;
  run: ReturnType<typeof runRules>;
  lockin: Lockin;
  rules: readonly { meta: Parameters<typeof toSarif>[0]['rules'][number] }[];
  positionOf: PositionOf;
  options: AnalyzeOptions;
  context: CliContext;
};

function render(
  format: string,
  { file, loaded, analysis, run, rules, lockin, positionOf, options, context }: RenderInput,
): string {
  switch (format) {
    case 'json':
      return JSON.stringify(
        analyzeJson(file, loaded, { analysis, run, lockin, positionOf }),
        null,
        2,
      );
    case 'sarif':
      return JSON.stringify(
        toSarif({
          file,
          toolVersion: VERSION,
          rules: rules.map((r) => r.meta),
          findings: run.findings,
        }),
        null,
        2,
      );
    case 'markdown':
      // The report's sections that need no simulation or solver (mvnoscope report adds those).
      return reportMarkdown(
        buildReport({ file, loaded, assessment: { analysis, run, lockin, positionOf } }),
      );
    default: {
      // The brief: the same document model as the report, rendered for a terminal.
      const brief = buildAnalysisBrief(
        { file, loaded, assessment: { analysis, run, lockin, positionOf } },
        { top: options.top },
      );
      return reportTerminal(brief, reportColours(context.stdout, options.output));
    }
  }
}

/** The gate: an open finding at or above the given severity. Accepted risks do not fail it. */
export function gateFails(
  findings: readonly { status: string; severity: Severity }[],
  threshold: Severity,
): boolean {
  const limit = SEVERITIES.indexOf(threshold);
  return findings.some((f) => f.status === 'open' && SEVERITIES.indexOf(f.severity) <= limit);
}

function severity(text: string): Severity {
  const found = SEVERITIES.find((s) => s === text);
  if (found === undefined)
    throw new Error(`expected one of ${SEVERITIES.join(', ')}, found "${text}"`);
  return found;
}
