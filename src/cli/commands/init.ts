/** `mvnoscope init [FILE]`: a commented starter model that validates. */
import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import { starterModel } from '../../model/starter-model.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../exit-codes.js';
import { emit } from '../output.js';

export function registerInit(program: Command, context: CliContext): void {
  program
    .command('init')
    .description('write a commented starter model that validates')
    .argument('[file]', 'where to write it ("-" for standard output)', 'mvnoscope.yaml')
    .option('--force', 'overwrite the file if it exists')
    .option(
      '--schema <path>',
      'JSON Schema path for the editor modeline',
      './mvnoscope.schema.json',
    )
    .addHelpText(
      'after',
      `
The file starts with a yaml-language-server modeline: write the schema next to it with
\`mvnoscope schema -o mvnoscope.schema.json\` and editors complete and check as you type.

Examples:
  $ mvnoscope init
  $ mvnoscope init models/acme.yaml --schema ../mvnoscope.schema.json
  $ mvnoscope init - > acme.yaml`,
    )
    .action(async (file: string, options: { force?: boolean; schema: string }) => {
      if (file !== '-' && options.force !== true && (await exists(file))) {
        throw new UsageError(
          `${file} already exists`,
          'choose another name, or pass --force to overwrite it',
        );
      }
      await emit(context, starterModel(options.schema), file);
      if (file !== '-')
        context.stderr.write(`wrote ${file}; check it with: mvnoscope validate ${file}\n`);
    });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
