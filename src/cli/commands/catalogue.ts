/** `mvnoscope catalogue`: the built-in capabilities, their layers and whether they are critical. */
import type { Command } from 'commander';
import { CAPABILITY_CATALOGUE } from '../../model/capability-catalogue.js';
import { JSON_SCHEMA_VERSION } from '../../report/json/json-header.js';
import type { CliContext } from '../context.js';
import { formatOption, type OutputOptions, resolveFormat } from '../options.js';
import { emit } from '../output.js';

export function registerCatalogue(program: Command, context: CliContext): void {
  program
    .command('catalogue')
    .description('list the built-in capability catalogue (ids to use in `supplies`)')
    .addOption(formatOption(['text', 'json']))
    .option('--json', 'short for --format json')
    .addHelpText('after', '\nExamples:\n  $ mvnoscope catalogue\n  $ mvnoscope catalogue --json')
    .action(async (options: OutputOptions) => {
      if (resolveFormat(options) === 'json') {
        await emit(
          context,
          JSON.stringify(
            { schemaVersion: JSON_SCHEMA_VERSION, capabilities: CAPABILITY_CATALOGUE },
            null,
            2,
          ),
          undefined,
        );
        return;
      }
      const width = Math.max(...CAPABILITY_CATALOGUE.map((c) => c.id.length));
      const lines = CAPABILITY_CATALOGUE.map(
        (c) =>
          `${c.id.padEnd(width)}  ${c.critical ? 'critical' : '        '}  ${c.name} — ${c.layers.join(', ')}`,
      );
      await emit(context, lines.join('\n'), undefined);
    });
}
