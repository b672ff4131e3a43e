/** `mvnoscope compare A B`: two models side by side, every figure with its change. */
import type { Command } from 'commander';
import { assessModel } from '../../assessment.js';
import { type ComparedModel, compareAssessments } from '../../compare/compare-assessments.js';
import { compareHtml } from '../../report/compare/compare-html.js';
import { compareMarkdown } from '../../report/compare/compare-markdown.js';
import { compareDocument } from '../../report/compare/compare-tables.js';
import { jsonHeader } from '../../report/json/json-header.js';
import { VERSION } from '../../version.js';
import type { CliContext } from '../context.js';
import { reportColours } from '../format/colour.js';
import { compareText } from '../format/compare-text.js';
import { loadForCommand } from '../load-for-command.js';
import { modelCommandOptions, type OutputOptions, resolveFormat } from '../options.js';
import { emit } from '../output.js';
import { type CommandRules, rulesForCommand, warnEvaluationProblems } from '../rule-sources.js';

interface CompareOptions extends OutputOptions {
  readonly maxFileSize: number;
  readonly rules?: string;
}

export function registerCompare(program: Command, context: CliContext): void {
  modelCommandOptions(
    program
      .command('compare')
      .description(
        'two models side by side (today and a proposal, two offers): every figure with its change, findings added and resolved',
      )
      .argument('<a>', 'the model to compare from (today, or the first offer)')
      .argument('<b>', 'the model to compare to (the proposal, or the second offer)'),
    ['text', 'json', 'markdown', 'html'],
  )
    .option('--rules <folder>', 'also run the user rules (YAML, conditions in CEL) in this folder')
    .addHelpText(
      'after',
      `
Each change from A to B is called better or worse for the operator: lower dependency, exit cost,
concentration, exposure and failure probability are better; higher control, availability,
margin, option value and leverage are better. Findings are matched by their stable ids; the
model's own accepted risks apply on each side. Money is compared only in one currency.
JSON fields: docs/compare.md.

Examples:
  $ mvnoscope compare examples/light-mvno-on-enabler.yaml examples/full-mvno-switchable.yaml
  $ mvnoscope compare today.yaml proposal.yaml --format html -o compare.html
  $ mvnoscope compare offer-a.yaml offer-b.yaml --json`,
    )
    .action(async (fileA: string, fileB: string, options: CompareOptions) => {
      const format = resolveFormat(options);
      const rules = await rulesForCommand(context, options.rules);
      if (rules === undefined) return;
      const a = await assessed(context, fileA, options.maxFileSize, rules);
      const b = await assessed(context, fileB, options.maxFileSize, rules);
      if (a === undefined || b === undefined) return;
      const comparison = compareAssessments(a, b);
      const output =
        format === 'json'
          ? JSON.stringify({ ...jsonHeader(), ...comparison }, null, 2)
          : format === 'markdown'
            ? compareMarkdown(compareDocument(comparison))
            : format === 'html'
              ? compareHtml(compareDocument(comparison), `mvnoscope ${VERSION}`)
              : compareText(
                  compareDocument(comparison),
                  reportColours(context.stdout, options.output),
                );
      await emit(context, output, options.output);
    });
}

/** Both files are read and their problems reported, even when the first is invalid. */
async function assessed(
  context: CliContext,
  file: string,
  maxFileSize: number,
  rules: CommandRules,
): Promise<ComparedModel | undefined> {
  const input = await loadForCommand(context, file, maxFileSize);
  if (input === undefined) return undefined;
  const assessment = assessModel(input.loaded, { rules: rules.rules });
  warnEvaluationProblems(context, assessment.run.evaluationProblems, rules);
  return { label: file, model: input.loaded.model, assessment };
}
