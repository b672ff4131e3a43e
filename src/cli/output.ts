/**
 * Writing results: to standard output, or atomically to a file (written beside it under a
 * temporary name, then renamed), so a failure never leaves half a file behind.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CliContext } from './context.js';
import { UsageError } from './exit-codes.js';

/** Text is written as UTF-8; bytes (a workbook) as they are. */
export async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, content, typeof content === 'string' ? 'utf8' : null);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw unwritable(path, error);
  }
}

/** A file that cannot be written is the user's to fix (a missing folder, no permission). */
function unwritable(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    ENOENT: 'its folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of its path is not a directory',
    EROFS: 'the file system is read-only',
  };
  const reason = code === undefined ? undefined : reasons[code];
  return reason === undefined
    ? error
    : new UsageError(`cannot write ${path}: ${reason}`, 'give -o a file in a folder you can write');
}

/** Writes to `output` when given (and not "-"), else to the context's standard output. */
export async function emit(
  context: CliContext,
  content: string,
  output: string | undefined,
): Promise<void> {
  const text = content.endsWith('\n') ? content : `${content}\n`;
  if (output === undefined || output === '-') context.stdout.write(text);
  else await writeAtomically(output, text);
}
