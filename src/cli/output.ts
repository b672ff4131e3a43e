/**
 * Writing results: to standard output, or atomically to a file (written beside it under a
 * temporary name, then renamed), so a failure never leaves half a file behind.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CliContext } from './context.js';

export async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
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
