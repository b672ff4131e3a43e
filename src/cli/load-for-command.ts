/** Reads and loads a model for a command, printing problems the same way for every command. */
import type { Diagnostic } from '../model/load/diagnostic.js';
import { type LoadSuccess, loadModel } from '../model/load/load-model.js';
import type { CliContext } from './context.js';
import { EXIT } from './exit-codes.js';
import { coloursFor } from './format/colour.js';
import { formatDiagnostic, summarise } from './format/diagnostics.js';
import { readModelFile } from './model-file.js';
import { noteInput } from './output-target.js';

/** Prints diagnostics (with the lines they point at) to standard error and sets exit code 2. */
export function reportInvalid(
  context: CliContext,
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, string>,
  subject: string,
): void {
  const colours = coloursFor(context.stderr);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const text = diagnostics.map((d) => formatDiagnostic(d, sources.get(d.file), colours));
  context.stderr.write(
    `${text.join('\n\n')}\n\n${subject}: invalid (${summarise(errors, diagnostics.length - errors)})\n`,
  );
  context.exitCode = EXIT.invalidInput;
}

/** The loaded model and its text, or undefined once the problems are reported. */
export async function loadForCommand(
  context: CliContext,
  file: string,
  maxFileSize: number,
): Promise<{ loaded: LoadSuccess; text: string } | undefined> {
  const read = await readModelFile(file, maxFileSize);
  if (!read.ok) {
    reportInvalid(context, [read.diagnostic], new Map(), file);
    return undefined;
  }
  await noteInput(context, file); // so that -o never replaces the model it was computed from
  const loaded = loadModel(read.file.text, { file, limits: { maxChars: maxFileSize } });
  if (!loaded.ok) {
    reportInvalid(context, loaded.diagnostics, new Map([[file, read.file.text]]), file);
    return undefined;
  }
  const colours = coloursFor(context.stderr);
  for (const warning of loaded.diagnostics)
    context.stderr.write(`${formatDiagnostic(warning, read.file.text, colours)}\n\n`);
  return { loaded, text: read.file.text };
}
