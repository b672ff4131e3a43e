/**
 * The mvnoscope command line. User mistakes end with a message and exit code 2; anything
 * else is a bug, reported with exit code 3 (and a stack trace only with MVNOSCOPE_DEBUG=1).
 */
import { Command, CommanderError } from 'commander';
import { registerCatalogue } from './commands/catalogue.js';
import { registerInit } from './commands/init.js';
import { registerSchema } from './commands/schema.js';
import { registerValidate } from './commands/validate.js';
import { EXIT, UsageError } from './exit-codes.js';
import { VERSION } from './version.js';

export function buildProgram(): Command {
  const program = new Command('mvnoscope')
    .description('Architecture-as-code for mobile virtual network operators.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.addHelpText(
    'after',
    `
Start here:
  $ mvnoscope init my-mvno.yaml
  $ mvnoscope validate my-mvno.yaml
  $ mvnoscope validate examples/*.yaml`,
  );
  registerValidate(program);
  registerInit(program);
  registerSchema(program);
  registerCatalogue(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function run(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    return handleError(error);
  }
}

function handleError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has printed its message already; help and version are not failures.
    return error.exitCode === 0 ? EXIT.ok : EXIT.invalidInput;
  }
  if (error instanceof UsageError) {
    process.stderr.write(
      `mvnoscope: ${error.message}\n${error.hint === undefined ? '' : `hint: ${error.hint}\n`}`,
    );
    return EXIT.invalidInput;
  }
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `mvnoscope: internal error: ${detail}\nThis is a bug in mvnoscope; please report it.\n`,
  );
  if (process.env.MVNOSCOPE_DEBUG === '1' && error instanceof Error)
    process.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}
