/**
 * `mvnoscope import FORMAT FILE -o model.yaml`: a CycloneDX SaaSBOM, an ArchiMate model, a
 * Structurizr workspace, a TM Forum ODA component, an OTM or Threagile threat model, or the
 * supplier register, written as a commented stack model. `import register SHEET --into MODEL`
 * merges an edited register into the model it came from instead. Bad input ends with
 * positioned problems and exit code 2, like every file mvnoscope reads.
 */
import { access, readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { IMPORT_FORMATS } from '../../importers/formats/index.js';
import { importModel, readMappingFile } from '../../importers/import-model.js';
import { mergeRegister } from '../../importers/register-merge.js';
import type { Diagnostic } from '../../model/load/diagnostic.js';
import type { CliContext } from '../context.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { reportColours } from '../format/colour.js';
import { formatDiagnostic } from '../format/diagnostics.js';
import { DEFAULT_MAX_FILE_BYTES, formatBytes, parseByteSize } from '../model-file.js';
import { argumentParser } from '../options.js';
import { emit } from '../output.js';

interface ImportOptions {
  readonly output: string;
  readonly mapping?: string;
  readonly into?: string;
  readonly force?: boolean;
  readonly maxFileSize: number;
}

export function registerImport(program: Command, context: CliContext): void {
  program
    .command('import')
    .description(
      "write a commented stack model from another tool's file (mvnoscope import --help lists the formats)",
    )
    .argument('<format>', `one of: ${IMPORT_FORMATS.map((f) => f.name).join(', ')}`)
    .argument('<file>', 'the file to import')
    .option('-o, --output <file>', 'where to write the model ("-" for standard output)', '-')
    .option(
      '--mapping <file>',
      "a mapping file (YAML): rules tried before the format's own (docs/import.md)",
    )
    .option(
      '--into <model>',
      'register only: merge the sheet into the model it came from, keeping everything else',
    )
    .option('--force', 'overwrite the output file if it exists')
    .option(
      '--max-file-size <size>',
      'refuse files larger than this (e.g. 10MB, 512KB)',
      argumentParser(parseByteSize),
      DEFAULT_MAX_FILE_BYTES,
    )
    .addHelpText(
      'after',
      `
Formats:
${IMPORT_FORMATS.map((f) => `  ${f.name.padEnd(12)} ${f.description}`).join('\n')}

Every model entry keeps a comment saying where it came from; what the source cannot say is a
"# TODO" line, which \`mvnoscope validate\` lists as a warning; source elements without an
mvnoscope counterpart are listed at the end of the model. Mapping tables: docs/import.md.
Exit codes: 0 imported, 2 the file or the command line is wrong.

Examples:
  $ mvnoscope import cyclonedx saasbom.json -o model.yaml
  $ mvnoscope import archimate architecture.archimate -o model.yaml --mapping our-names.yaml
  $ mvnoscope register model.yaml -o suppliers.xlsx   # edit it, then:
  $ mvnoscope import register suppliers.xlsx -o model.yaml
  $ mvnoscope import register suppliers.xlsx --into model.yaml -o model-updated.yaml`,
    )
    .action(async (format: string, file: string, options: ImportOptions) => {
      if (!IMPORT_FORMATS.some((f) => f.name === format))
        throw new UsageError(
          `no import format called ${format}`,
          `use one of: ${IMPORT_FORMATS.map((f) => f.name).join(', ')}`,
        );
      if (options.into !== undefined && format !== 'register')
        throw new UsageError(
          '--into merges a supplier register only',
          `mvnoscope import register SHEET --into ${options.into}`,
        );
      if (options.output !== '-' && options.force !== true && (await exists(options.output)))
        throw new UsageError(
          `${options.output} already exists`,
          'choose another name, or pass --force to overwrite it',
        );
      const mapping =
        options.mapping === undefined
          ? undefined
          : await readMapping(context, options.mapping, options.maxFileSize);
      if (mapping === null) return;
      const bytes = await readSource(file, options.maxFileSize);
      if (options.into !== undefined) {
        await merge(context, file, bytes, options.into, options);
        return;
      }
      const outcome = await importModel({
        format,
        file,
        bytes,
        limits: { maxChars: options.maxFileSize },
        ...(mapping === undefined ? {} : { mapping }),
      });
      if (!outcome.ok) {
        report(context, outcome.diagnostics, textOf(bytes));
        return;
      }
      await emit(context, outcome.text, options.output === '-' ? undefined : options.output);
      const { draft } = outcome;
      const total = draft.mapped + draft.unmapped.length;
      const where = options.output === '-' ? 'the model' : options.output;
      context.stderr.write(
        `imported ${draft.mapped} of ${total} source elements${draft.unmapped.length === 0 ? '' : ` (${draft.unmapped.length} without an mvnoscope counterpart, listed at the end of ${where})`}\n` +
          (options.output === '-'
            ? ''
            : `fill in its TODO lines; mvnoscope validate ${options.output} lists them\n`),
      );
    });
}

/** The sheet merged into the model it came from: the edits, additions and warnings on stderr. */
async function merge(
  context: CliContext,
  sheetFile: string,
  sheetBytes: Uint8Array,
  modelFile: string,
  options: ImportOptions,
): Promise<void> {
  const modelText = textOf(await readSource(modelFile, options.maxFileSize));
  if (modelText === undefined)
    throw new UsageError(`${modelFile} is not UTF-8 text`, 'a model is YAML or JSON');
  const outcome = await mergeRegister({
    sheetFile,
    sheetBytes,
    modelFile,
    modelText,
    limits: { maxChars: options.maxFileSize },
  });
  const sources = { [sheetFile]: textOf(sheetBytes), [modelFile]: modelText };
  const sourceOf = (d: Diagnostic) => sources[d.file];
  if (!outcome.ok) {
    report(context, outcome.diagnostics, sourceOf);
    return;
  }
  await emit(context, outcome.text, options.output === '-' ? undefined : options.output);
  const colours = reportColours(context.stderr, undefined);
  const lines = [
    `merged ${sheetFile} into ${modelFile}: ${outcome.changes.length} cell${outcome.changes.length === 1 ? '' : 's'} changed, ${outcome.added.length} supplier${outcome.added.length === 1 ? '' : 's'} added${outcome.added.length === 0 ? '' : ` (${outcome.added.join(', ')}; fill in their TODO lines)`}`,
    ...outcome.changes.map(
      (c) =>
        `  ${sheetFile}:${c.position.line}:${c.position.column} ${c.supplier}, ${c.column}: "${c.from}" → "${c.to}"`,
    ),
    ...(outcome.fromJson ? [`${modelFile} is JSON; the merged model is written as YAML`] : []),
    ...outcome.warnings.map((d) => formatDiagnostic(d, sourceOf(d), colours)),
  ];
  context.stderr.write(`${lines.join('\n')}\n`);
}

function report(
  context: CliContext,
  diagnostics: readonly Diagnostic[],
  source: string | undefined | ((d: Diagnostic) => string | undefined),
): void {
  const colours = reportColours(context.stderr, undefined);
  const sourceOf = typeof source === 'function' ? source : () => source;
  context.stderr.write(
    `${diagnostics.map((d) => formatDiagnostic(d, sourceOf(d), colours)).join('\n\n')}\n`,
  );
  context.exitCode = EXIT.invalidInput;
}

/** The source as text for quoting lines in diagnostics, when it is text. */
function textOf(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

async function readMapping(context: CliContext, path: string, maxBytes: number) {
  const bytes = await readSource(path, maxBytes);
  const text = textOf(bytes);
  if (text === undefined)
    throw new UsageError(`${path} is not UTF-8 text`, 'a mapping file is YAML');
  const read = readMappingFile(text, path);
  if (read.ok) return read.mapping;
  report(context, read.diagnostics, text);
  return null;
}

/** The file's bytes, refused from its size on disk before a byte of it is read. */
async function readSource(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UsageError(`${path} is a directory`, 'name a file inside it');
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${path}: no such file`);
    if (code === 'EACCES') throw new UsageError(`${path}: permission denied`);
    throw error;
  }
  if (size > maxBytes)
    throw new UsageError(
      `${path} is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}`,
      'raise the limit with --max-file-size if the file is genuine',
    );
  return new Uint8Array(await readFile(path));
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
