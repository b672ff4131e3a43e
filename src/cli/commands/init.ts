/**
 * `mvnoscope init [FILE]`: a commented starter model that validates; with `--archetype NAME`,
 * the structure of one of the shipped archetypes (examples/NAME.yaml) with its figures marked
 * as placeholders.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { archetypeModel, archetypeSummary } from '../../importers/archetype.js';
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
      '--archetype <name>',
      'start from a shipped archetype\'s structure, figures as placeholders ("list" lists them)',
    )
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
  $ mvnoscope init - > acme.yaml
  $ mvnoscope init --archetype list
  $ mvnoscope init acme.yaml --archetype light-mvno-on-enabler`,
    )
    .action(async (file: string, options: InitOptions) => {
      if (options.archetype === 'list') {
        context.stdout.write(await archetypeList());
        return;
      }
      if (file !== '-' && options.force !== true && (await exists(file))) {
        throw new UsageError(
          `${file} already exists`,
          'choose another name, or pass --force to overwrite it',
        );
      }
      const text =
        options.archetype === undefined
          ? starterModel(options.schema)
          : await archetypeText(options.archetype, options.schema);
      await emit(context, text, file);
      if (file !== '-')
        context.stderr.write(`wrote ${file}; check it with: mvnoscope validate ${file}\n`);
    });
}

interface InitOptions {
  readonly force?: boolean;
  readonly schema: string;
  readonly archetype?: string;
}

/** The shipped examples, beside src/ (and dist/) in the package. */
const EXAMPLES = new URL('../../../examples/', import.meta.url);

async function archetypeNames(): Promise<string[]> {
  const files = await readdir(EXAMPLES);
  return files
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

async function archetypeText(name: string, schema: string): Promise<string> {
  const names = await archetypeNames();
  if (!names.includes(name))
    throw new UsageError(`no archetype called ${name}`, `use one of: ${names.join(', ')}`);
  return archetypeModel(await readFile(new URL(`${name}.yaml`, EXAMPLES), 'utf8'), name, schema);
}

async function archetypeList(): Promise<string> {
  const lines = await Promise.all(
    (await archetypeNames()).map(async (name) => {
      const summary = archetypeSummary(await readFile(new URL(`${name}.yaml`, EXAMPLES), 'utf8'));
      return `${name.padEnd(30)} ${summary}`;
    }),
  );
  return `${lines.join('\n')}\n`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
