/** Options every command spells the same way (DESIGN §5). */

import { type Command, InvalidArgumentError, Option } from 'commander';
import { wholeNumber } from '../text/whole-number.js';
import { UsageError } from './exit-codes.js';
import { DEFAULT_MAX_FILE_BYTES, parseByteSize } from './model-file.js';

export interface OutputOptions {
  readonly format?: string;
  readonly json?: boolean;
  readonly output?: string;
}

export function formatOption(formats: readonly string[]): Option {
  return new Option('--format <format>', 'output format').choices(formats).default(formats[0]);
}

/** `--json` is short for `--format json`; giving both with different values is a mistake. */
export function resolveFormat(options: OutputOptions): string {
  if (options.json === true) {
    if (options.format !== undefined && options.format !== 'text' && options.format !== 'json') {
      throw new UsageError(`--json contradicts --format ${options.format}`, 'give one of the two');
    }
    return 'json';
  }
  return options.format ?? 'text';
}

/** Wraps a value parser so that its complaint reaches the user as commander's usage error. */
export function argumentParser<T>(parse: (text: string) => T): (text: string) => T {
  return (text) => {
    try {
      return parse(text);
    } catch (error) {
      throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
    }
  };
}

export function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`expected a whole number of at least 1, found "${text}"`);
  return value;
}

/**
 * A parser of trial counts: a whole number from 1 to `max`; above it, an error that says why
 * there is a limit (`why`: "per run (mvnoscope simulate runs more)").
 */
export function trialsAtMost(max: number, why: string): (text: string) => number {
  return (text) => {
    const value = positiveInteger(text);
    if (value > max)
      throw new Error(`at most ${wholeNumber(max)} trials ${why}, found ${wholeNumber(value)}`);
    return value;
  };
}

export function nonNegativeInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`expected a whole number of at least 0, found "${text}"`);
  return value;
}

/** The options of every command that reads one model: the format, --json, -o and the size limit. */
export function modelCommandOptions(command: Command, formats: readonly string[]): Command {
  return modelFileOptions(
    command.addOption(formatOption(formats)).option('--json', 'short for --format json'),
  );
}

/** -o and the size limit, for commands whose formats are not a report's (the register). */
export function modelFileOptions(command: Command): Command {
  return command
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option(
      '--max-file-size <size>',
      'refuse files larger than this (e.g. 10MB)',
      argumentParser(parseByteSize),
      DEFAULT_MAX_FILE_BYTES,
    );
}
