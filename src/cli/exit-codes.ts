/** Exit codes every command keeps (DESIGN §5). */
export const EXIT = {
  ok: 0,
  /** A gate failed (--fail-on). */
  gateFailed: 1,
  /** The input or the command line is wrong; the message says how. */
  invalidInput: 2,
  /** A bug in mvnoscope. */
  internal: 3,
} as const;

/** A mistake by the user: printed as a message, never with a stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
