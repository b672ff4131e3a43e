/** `mvnoscope register FILE`: the supplier register as CSV or an Excel workbook. */
import { type Command, Option } from 'commander';
import { assessModel } from '../../assessment.js';
import { registerCsv } from '../../report/register/register-csv.js';
import { supplierRegister } from '../../report/register/supplier-register.js';
import { VERSION } from '../../version.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../exit-codes.js';
import { loadForCommand } from '../load-for-command.js';
import { modelFileOptions } from '../options.js';
import { emit, writeAtomically } from '../output.js';
import { assertWritableOutput, formatForOutput } from '../output-target.js';
import { rulesForCommand, warnEvaluationProblems } from '../rule-sources.js';

const FORMATS = ['csv', 'xlsx'] as const;
const FORMAT_BY_EXTENSION = { '.csv': 'csv', '.xlsx': 'xlsx' };

interface RegisterOptions {
  readonly format?: (typeof FORMATS)[number];
  readonly output?: string;
  readonly bom: boolean;
  readonly maxFileSize: number;
  readonly rules?: string;
}

export function registerRegister(program: Command, context: CliContext): void {
  modelFileOptions(
    program
      .command('register')
      .description(
        'the supplier register (NIS2 Art. 21(2)(d), UK CoP M10): one row per provider, as CSV or XLSX',
      )
      .argument('<file>', 'a model file (.yaml, .yml or .json)')
      .addOption(
        new Option(
          '--format <format>',
          'csv or xlsx (default: from the -o extension, else csv)',
        ).choices(FORMATS),
      ),
  )
    .option('--rules <folder>', 'also run the user rules (YAML, conditions in CEL) in this folder')
    .option('--no-bom', 'CSV without the UTF-8 byte-order mark (Excel needs it; some tools not)')
    .addHelpText(
      'after',
      `
Columns: supplier, ownership group, relationship, capabilities and layers, jurisdiction, fourth
parties, contract calendar and notice, security terms, spend, exit cost and time, point of no
return, substitutability, data held and reachable, service-critical, single point of failure,
security flags, and the open findings naming the supplier. Money is in the operator's currency.
Text that a spreadsheet would run as a formula (=, +, -, @ …) is prefixed with a quote.
Columns and their sources: docs/register.md.

Examples:
  $ mvnoscope register examples/light-mvno-on-enabler.yaml -o suppliers.xlsx
  $ mvnoscope register examples/light-mvno-on-enabler.yaml -o suppliers.csv
  $ mvnoscope register model.yaml --no-bom | csvlook`,
    )
    .action(async (file: string, options: RegisterOptions) => {
      const format = formatForOutput(options.format, options.output, FORMAT_BY_EXTENSION, 'csv');
      const toFile = options.output !== undefined && options.output !== '-';
      if (format === 'xlsx' && !toFile)
        throw new UsageError(
          'an XLSX workbook is binary and is not written to standard output',
          `give a file: mvnoscope register ${file} -o register.xlsx`,
        );
      if (toFile && options.output !== undefined) await assertWritableOutput(options.output);
      const input = await loadForCommand(context, file, options.maxFileSize);
      if (input === undefined) return;
      const { loaded } = input;
      const rules = await rulesForCommand(context, options.rules);
      if (rules === undefined) return;
      const assessment = assessModel(loaded, { rules: rules.rules });
      warnEvaluationProblems(context, assessment.run.evaluationProblems, rules);
      const register = supplierRegister(loaded.model, assessment);
      if (format === 'xlsx' && options.output !== undefined) {
        // exceljs takes about half a second to load: only the XLSX register pays for it.
        const { registerXlsx } = await import('../../report/register/register-xlsx.js');
        await writeAtomically(options.output, await registerXlsx(register, `mvnoscope ${VERSION}`));
      } else await emit(context, registerCsv(register, { bom: options.bom }), options.output);
    });
}
