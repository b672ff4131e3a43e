/** Where a command writes and how it ends: passed in, so tests can run the CLI in process. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliContext {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Set by a command; returned by `run`. */
  exitCode: number;
}
