/** `mvnoscope lockin FILE`: what leaving each dependency costs, now and over the horizon. */
import type { Command } from 'commander';
import { statedAssumptions } from '../../assumptions.js';
import { analyseLockin } from '../../economics/lockin.js';
import { formatPath } from '../../model/load/diagnostic.js';
import { jsonHeader } from '../../report/json/json-header.js';
import type { CliContext } from '../context.js';
import { reportColours } from '../format/colour.js';
import { lockinText } from '../format/lockin-text.js';
import { loadForCommand } from '../load-for-command.js';
import {
  argumentParser,
  modelCommandOptions,
  type OutputOptions,
  positiveInteger,
  resolveFormat,
} from '../options.js';
import { emit } from '../output.js';

interface LockinOptions extends OutputOptions {
  readonly horizon?: number;
  readonly top: number;
  readonly maxFileSize: number;
}

export function registerLockin(program: Command, context: CliContext): void {
  modelCommandOptions(
    program
      .command('lockin')
      .description(
        'exit cost and time per dependency over the horizon, points of no return, option values and leverage',
      )
      .argument('<file>', 'a model file (.yaml, .yml or .json)'),
    ['text', 'json'],
  )
    .option(
      '--horizon <months>',
      'months to look ahead (default: operator.horizon_months)',
      argumentParser(positiveInteger),
    )
    .option(
      '--top <n>',
      'dependencies to show in the text report',
      argumentParser(positiveInteger),
      12,
    )
    .addHelpText(
      'after',
      `
Parameters (SIM swap cost, attrition, day rates, volatility, bargaining power…) have stated
defaults that the model's \`economics\` section overrides; the report lists every default and
derived value the figures rest on, with its reason, under Assumptions.
Method: docs/lockin.md.

Examples:
  $ mvnoscope lockin examples/light-mvno-on-enabler.yaml
  $ mvnoscope lockin examples/full-mvno-switchable.yaml --horizon 120
  $ mvnoscope lockin model.yaml --json -o lockin.json`,
    )
    .action(async (file: string, options: LockinOptions) => {
      const format = resolveFormat(options);
      const input = await loadForCommand(context, file, options.maxFileSize);
      if (input === undefined) return;
      const { model, sourceMap } = input.loaded;
      const lockin = analyseLockin(model, options.horizon ?? model.operator.horizon_months);
      // A --horizon given here replaces the operator's, defaulted or not.
      const assumptions = statedAssumptions({
        model,
        assumptions: input.loaded.assumptions,
        lockin,
      }).filter((a) => options.horizon === undefined || a.path !== 'operator.horizon_months');
      const positions = (paths: readonly (readonly (string | number)[])[]) =>
        paths.map((p) => ({ path: formatPath(p), ...sourceMap.startOf(p) }));
      const output =
        format === 'json'
          ? JSON.stringify(
              {
                ...jsonHeader(),
                file,
                currency: model.operator.currency,
                ...lockin,
                dependencies: lockin.dependencies.map((d) => ({
                  ...d,
                  today: {
                    ...d.today,
                    components: d.today.components.map((c) => ({
                      ...c,
                      evidence: positions(c.evidence),
                    })),
                  },
                })),
                designed: {
                  ...lockin.designed,
                  decisions: lockin.designed.decisions.map((d) => ({
                    ...d,
                    evidence: positions(d.evidence),
                  })),
                },
                assumptions,
              },
              null,
              2,
            )
          : lockinText(
              model,
              lockin,
              assumptions,
              reportColours(context.stdout, options.output),
              options.top,
            );
      await emit(context, output, options.output);
    });
}
