/**
 * Writing results: to standard output, or atomically to a file (written beside it under a
 * temporary name, then renamed), so a failure never leaves half a file behind, and never
 * anything but a regular file (output-target.ts says which targets are refused).
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CliContext } from './context.js';
import { UsageError } from './exit-codes.js';
import { assertReplaceable, FILE_ERRORS, printablePath } from './output-target.js';

/**
 * Text is written as UTF-8; bytes (a workbook) as they are. Only a regular file is ever
 * replaced: the target is refused when it is a device, a pipe, a folder or a symbolic link
 * (renaming over a link would replace the link, not what it points at, and writing through it
 * could reach anywhere), or when it is a model file the command run `owner` (its context) read. The temporary file is
 * created exclusively, so nothing planted under its name is followed either.
 */
export async function writeAtomically(
  path: string,
  content: string | Uint8Array,
  owner?: object,
): Promise<void> {
  await assertReplaceable(path, owner);
  const temporary = join(dirname(path), temporaryName(basename(path)));
  try {
    await rm(temporary, { force: true });
    await writeFile(temporary, content, {
      encoding: typeof content === 'string' ? 'utf8' : null,
      flag: 'wx',
    });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw unwritable(path, error);
  }
}

/** Beside the target, hidden, and short enough for any file system (names ≤ 255 bytes). */
function temporaryName(name: string): string {
  return `.${name.slice(0, 64)}.${process.pid}.tmp`;
}

/** File-system errors are the user's to fix: each is a usage error (exit 2) naming the path. */
function unwritable(path: string, error: unknown): unknown {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return error;
  return new UsageError(
    `cannot write ${printablePath(path)}: ${FILE_ERRORS[code] ?? `the system refused (${code})`}`,
    'give -o a file in a folder you can write',
  );
}
/** Writes to `output` when given (and not "-"), else to the context's standard output. */
export async function emit(
  context: CliContext,
  content: string,
  output: string | undefined,
): Promise<void> {
  const text = content.endsWith('\n') ? content : `${content}\n`;
  if (output === undefined || output === '-') context.stdout.write(text);
  else await writeAtomically(output, text, context);
}
