/**
 * Where a command will write, checked before the work starts: a report that takes seconds to
 * build should not fail at the last step because its folder does not exist. The format a file
 * name asks for is read from its extension.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { UsageError } from './exit-codes.js';

/** Throws a UsageError unless `path` names a file that can be written in an existing folder. */
export async function assertWritableOutput(path: string): Promise<void> {
  const folder = dirname(resolve(path));
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory() === true)
    throw new UsageError(`-o ${path} is a folder`, 'give a file name, e.g. -o report.html');
  const parent = await stat(folder).catch(() => undefined);
  if (parent === undefined || !parent.isDirectory())
    throw new UsageError(
      `cannot write ${path}: the folder ${folder} does not exist`,
      'create the folder first, or give another -o path',
    );
  try {
    await access(folder, constants.W_OK);
    if (existing !== undefined) await access(path, constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${path}: permission denied`, 'give another -o path');
  }
}

/**
 * The format to write: the one given with --format, else the one the output file's extension
 * names, else the first. An extension that names none of the formats is a usage error.
 */
export function formatForOutput(
  explicit: string | undefined,
  output: string | undefined,
  byExtension: Readonly<Record<string, string>>,
  fallback: string,
): string {
  if (explicit !== undefined) return explicit;
  if (output === undefined || output === '-') return fallback;
  const extension = extname(output).toLowerCase();
  const format = byExtension[extension];
  if (format === undefined)
    throw new UsageError(
      `cannot tell the format from the file name ${output}`,
      `name it ${Object.keys(byExtension).join(', ')}, or give --format`,
    );
  return format;
}
