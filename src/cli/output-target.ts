/**
 * Where a command will write, checked before the work starts: a report that takes seconds to
 * build should not fail at the last step because its folder does not exist. The format a file
 * name asks for is read from its extension.
 */
import { constants, type Stats } from 'node:fs';
import { access, lstat, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { visibleControls } from '../text/control-characters.js';
import { UsageError } from './exit-codes.js';

/** What a file-system error means, in words, for the messages of -o and of reading. */
export const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of its path is not a folder',
  ENAMETOOLONG: 'the name is too long for the file system',
  ELOOP: 'its path has too many symbolic links',
  EROFS: 'the file system is read-only',
  EFBIG: 'the file would be larger than the file system allows',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EEXIST: 'a file of the same temporary name appeared while writing',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
};

/** A path as it may be printed: control characters shown as \x escapes, never sent raw. */
export function printablePath(path: string): string {
  return visibleControls(path);
}

/**
 * The model files each command run has read (keyed by its context, so runs in one process do
 * not see each other's), by device, inode and modification time.
 */
const inputsOf = new WeakMap<object, Set<string>>();

function identity(info: Stats): string {
  return `${info.dev}:${info.ino}:${info.mtimeMs}`;
}

/** Notes a file the command run `owner` read, so that its -o refuses to overwrite it. */
export async function noteInput(owner: object, path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return;
  const inputs = inputsOf.get(owner) ?? new Set<string>();
  inputs.add(identity(info));
  inputsOf.set(owner, inputs);
}

/**
 * Throws a UsageError unless `path` is free, or is a regular file that is not one of the
 * inputs of the command run `owner`: devices, pipes, sockets, folders and symbolic links are refused.
 */
export async function assertReplaceable(path: string, owner?: object): Promise<void> {
  const shown = printablePath(path);
  let existing: Stats | undefined;
  try {
    existing = await lstat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // a new file: its folder is checked when it is written
    throw new UsageError(
      `cannot write ${shown}: ${FILE_ERRORS[code ?? ''] ?? `the system refused (${code})`}`,
      'give another -o path',
    );
  }
  if (existing.isSymbolicLink())
    throw new UsageError(
      `-o ${shown} is a symbolic link; mvnoscope does not write through links`,
      'give the path of the file itself',
    );
  if (existing.isDirectory())
    throw new UsageError(`-o ${shown} is a folder`, 'give a file name, e.g. -o report.html');
  if (!existing.isFile())
    throw new UsageError(
      `-o ${shown} is not a regular file (a device, a pipe or a socket)`,
      'give a file name; leave -o out to write to standard output',
    );
  if (owner !== undefined && inputsOf.get(owner)?.has(identity(existing)) === true)
    throw new UsageError(
      `-o ${shown} is the model file this command reads; writing would replace it`,
      'give another -o path',
    );
}

/** Throws a UsageError unless `path` names a file that can be written in an existing folder. */
export async function assertWritableOutput(path: string): Promise<void> {
  const shown = printablePath(path);
  await assertReplaceable(path);
  const folder = dirname(resolve(path));
  const parent = await stat(folder).catch((error: NodeJS.ErrnoException) => error);
  if (parent instanceof Error || !parent.isDirectory()) {
    const code = parent instanceof Error ? parent.code : 'ENOTDIR';
    throw new UsageError(
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `cannot write ${shown}: the folder ${printablePath(folder)} does not exist`
        : `cannot write ${shown}: ${FILE_ERRORS[code ?? ''] ?? `the system refused (${code})`}`,
      'create the folder first, or give another -o path',
    );
  }
  try {
    await access(folder, constants.W_OK);
    if (
      await lstat(path).then(
        () => true,
        () => false,
      )
    )
      await access(path, constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${shown}: permission denied`, 'give another -o path');
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
