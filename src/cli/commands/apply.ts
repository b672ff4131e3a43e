/**
 * `mvnoscope apply FILE --move ID -o NEW`: the model after one of the advisor's moves, written
 * as YAML with the user's comments, order and style kept wherever the move does not reach.
 * The written model is the one `advise` valued: re-assessing it gives the move's figures.
 */
import type { Command } from 'commander';
import { parseDocument } from 'yaml';
import { proposalsOf } from '../../advice/advise.js';
import { applyPatch, applyPatchToDocument } from '../../advice/patch.js';
import { loadModel } from '../../model/load/load-model.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../exit-codes.js';
import { loadForCommand } from '../load-for-command.js';
import { modelFileOptions } from '../options.js';
import { emit } from '../output.js';

interface ApplyOptions {
  readonly move: string;
  readonly output?: string;
  readonly maxFileSize: number;
}

export function registerApply(program: Command, context: CliContext): void {
  modelFileOptions(
    program
      .command('apply')
      .description('write the model after one of the moves `advise` lists')
      .argument('<file>', 'a model file (.yaml, .yml or .json)')
      .requiredOption(
        '--move <id>',
        'the move, as `advise` lists it (e.g. second-host-network/standby-host)',
      ),
  )
    .addHelpText(
      'after',
      `
A YAML model keeps its comments and layout where the move does not touch it; a JSON model is
written as JSON. Compare before and after with \`mvnoscope compare FILE NEW\`.

Examples:
  $ mvnoscope apply examples/light-mvno-on-enabler.yaml --move second-host-network/standby-host -o after.yaml
  $ mvnoscope compare examples/light-mvno-on-enabler.yaml after.yaml`,
    )
    .action(async (file: string, options: ApplyOptions) => {
      const input = await loadForCommand(context, file, options.maxFileSize);
      if (input === undefined) return;
      const proposals = proposalsOf(input.loaded);
      const move = proposals.find((p) => p.id === options.move);
      if (move === undefined)
        throw new UsageError(
          `no move ${options.move} for this model`,
          proposals.length === 0
            ? 'no move applies to this model'
            : `the moves are: ${proposals.map((p) => p.id).join(', ')}`,
        );
      const json = input.text.trimStart().startsWith('{');
      let output: string;
      if (json) output = JSON.stringify(applyPatch(input.loaded.declared, move.patch), null, 2);
      else {
        const document = parseDocument(input.text);
        applyPatchToDocument(document, move.patch);
        output = document.toString();
      }
      // The file must load as the model advise valued; a move that fails this is a defect.
      const check = loadModel(output, { file: options.output ?? '<output>' });
      if (!check.ok)
        throw new Error(
          `the model after ${move.id} does not load: ${check.diagnostics[0]?.message}`,
        );
      await emit(context, output, options.output);
    });
}
