/**
 * `mvnoscope export FILE --format mermaid|dot`: the dependency graph for other tools — Mermaid
 * for Markdown pages and wikis, Graphviz DOT for `dot -Tsvg` and graph editors. The same
 * diagram the report draws, single points of failure and blast radius marked.
 */
import type { Command } from 'commander';
import { analyseStructure } from '../../analysis/analyse.js';
import { dependencyDiagram } from '../../report/diagram/dependency-diagram.js';
import { diagramDot } from '../../report/diagram/dot.js';
import { diagramMermaid } from '../../report/diagram/mermaid.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../exit-codes.js';
import { loadForCommand } from '../load-for-command.js';
import { modelCommandOptions, type OutputOptions } from '../options.js';
import { emit } from '../output.js';
import { assertWritableOutput, formatForOutput } from '../output-target.js';

const FORMATS = ['mermaid', 'dot'] as const;
const FORMAT_BY_EXTENSION = {
  '.mmd': 'mermaid',
  '.mermaid': 'mermaid',
  '.dot': 'dot',
  '.gv': 'dot',
};

interface ExportOptions extends OutputOptions {
  readonly maxFileSize: number;
}

export function registerExport(program: Command, context: CliContext): void {
  const command = modelCommandOptions(
    program
      .command('export')
      .description('the dependency graph as Mermaid or Graphviz DOT')
      .argument('<file>', 'a model file (.yaml, .yml or .json)'),
    FORMATS,
  ).addHelpText(
    'after',
    `
The format follows the -o file's extension (.mmd, .dot, .gv) unless --format says otherwise.
Node ids are generated (c0, p0, g0); names appear only in labels, escaped for each language.

Examples:
  $ mvnoscope export examples/light-mvno-on-enabler.yaml --format mermaid
  $ mvnoscope export model.yaml -o stack.dot && dot -Tsvg stack.dot -o stack.svg`,
  );
  command.action(async (file: string, options: ExportOptions) => {
    if (options.json === true)
      throw new UsageError(
        'the export is Mermaid or DOT',
        'for JSON, run mvnoscope analyze --json',
      );
    const explicit = command.getOptionValueSource('format') === 'cli' ? options.format : undefined;
    const format = formatForOutput(explicit, options.output, FORMAT_BY_EXTENSION, 'mermaid');
    if (options.output !== undefined && options.output !== '-')
      await assertWritableOutput(options.output);
    const input = await loadForCommand(context, file, options.maxFileSize);
    if (input === undefined) return;
    const { model, assumptions } = input.loaded;
    const diagram = dependencyDiagram(model, analyseStructure(model, assumptions));
    await emit(
      context,
      format === 'dot' ? diagramDot(diagram) : diagramMermaid(diagram),
      options.output,
    );
  });
}
