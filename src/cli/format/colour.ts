/**
 * Colour on a terminal, plain text elsewhere: respects NO_COLOR and FORCE_COLOR and whether
 * the stream is a TTY (picocolors decides from the environment; the stream check is ours,
 * since output may go to stderr or a file).
 */
import pc from 'picocolors';
import type { OutputStream } from '../context.js';

export type Colours = ReturnType<typeof pc.createColors>;

export function coloursFor(stream: Pick<OutputStream, 'isTTY'>): Colours {
  const forced = process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0';
  const enabled =
    forced || (pc.isColorSupported && stream.isTTY === true && process.env.NO_COLOR === undefined);
  return pc.createColors(enabled);
}

/** Colours for a report: those of standard output, or none when the report goes to a file. */
export function reportColours(stdout: OutputStream, outputFile: string | undefined): Colours {
  return coloursFor(outputFile === undefined ? stdout : { isTTY: false });
}
