/** `mvnoscope schema`: the model's JSON Schema, for editors and other tools. */
import type { Command } from 'commander';
import { modelJsonSchema } from '../../model/json-schema.js';
import { schemaReference } from '../../model/schema-reference.js';
import type { CliContext } from '../context.js';
import { formatOption } from '../options.js';
import { emit } from '../output.js';

export function registerSchema(program: Command, context: CliContext): void {
  program
    .command('schema')
    .description(
      'print the JSON Schema of the stack model (draft-07), or its reference in Markdown',
    )
    .addOption(formatOption(['json', 'markdown']))
    .option('-o, --output <file>', 'write it to a file instead of standard output')
    .addHelpText(
      'after',
      `
Point your editor at it for completion and checking as you type. With the YAML extension
(yaml-language-server), either start a model with
  # yaml-language-server: $schema=./mvnoscope.schema.json
or map files in settings.json:
  "yaml.schemas": { "./mvnoscope.schema.json": ["*.mvno.yaml", "models/*.yaml"] }

Examples:
  $ mvnoscope schema -o mvnoscope.schema.json
  $ mvnoscope schema --format markdown -o model-reference.md
  $ mvnoscope schema | jq '.properties | keys'`,
    )
    .action(async (options: { output?: string; format: string }) => {
      await emit(
        context,
        options.format === 'markdown' ? schemaReference() : serialisedSchema(),
        options.output,
      );
    });
}

export function serialisedSchema(): string {
  return `${JSON.stringify(modelJsonSchema(), null, 2)}\n`;
}
