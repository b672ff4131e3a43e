/**
 * The mvnoscope command line. User mistakes end with a message and exit code 2; anything
 * else is a bug, reported with exit code 3 (and a stack trace only with MVNOSCOPE_DEBUG=1).
 */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { registerAdvise } from './commands/advise.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerApply } from './commands/apply.js';
import { registerCatalogue } from './commands/catalogue.js';
import { registerCompare } from './commands/compare.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerLockin } from './commands/lockin.js';
import { registerOptimize } from './commands/optimize.js';
import { registerRegister } from './commands/register.js';
import { registerReport } from './commands/report.js';
import { registerSchema } from './commands/schema.js';
import { registerSensitivity } from './commands/sensitivity.js';
import { registerServe } from './commands/serve.js';
import { registerSimulate } from './commands/simulate.js';
import { registerToken } from './commands/token.js';
import { registerValidate } from './commands/validate.js';
import type { CliContext, OutputStream } from './context.js';
import { EXIT, UsageError } from './exit-codes.js';

export function buildProgram(context: CliContext): Command {
  const program = new Command('mvnoscope')
    .description('Architecture-as-code for mobile virtual network operators.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    });
  program.addHelpText(
    'after',
    `
Start here:
  $ mvnoscope analyze examples/light-mvno-on-enabler.yaml
  $ mvnoscope init my-mvno.yaml
  $ mvnoscope validate my-mvno.yaml`,
  );
  registerValidate(program, context);
  registerAnalyze(program, context);
  registerLockin(program, context);
  registerSimulate(program, context);
  registerSensitivity(program, context);
  registerAdvise(program, context);
  registerApply(program, context);
  registerOptimize(program, context);
  registerReport(program, context);
  registerExport(program, context);
  registerRegister(program, context);
  registerCompare(program, context);
  registerInit(program, context);
  registerImport(program, context);
  registerSchema(program, context);
  registerCatalogue(program, context);
  registerServe(program, context);
  registerToken(program, context);
  // Subcommands too (`token create`): a usage error in any of them exits with 2, not commander's 1.
  const withSubcommands = (command: Command): Command[] => [
    command,
    ...command.commands.flatMap(withSubcommands),
  ];
  for (const command of withSubcommands(program)) {
    command.exitOverride().configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    });
  }
  return program;
}

export async function run(
  argv: readonly string[],
  io: { stdout: OutputStream; stderr: OutputStream } = {
    stdout: process.stdout,
    stderr: process.stderr,
  },
): Promise<number> {
  const context: CliContext = { ...io, exitCode: EXIT.ok };
  try {
    await buildProgram(context).parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    return handleError(error, context);
  }
}

function handleError(error: unknown, context: CliContext): number {
  if (error instanceof CommanderError) {
    // Commander has printed its message already; help and version are not failures.
    return error.exitCode === 0 ? EXIT.ok : EXIT.invalidInput;
  }
  if (error instanceof UsageError) {
    context.stderr.write(
      `mvnoscope: ${error.message}\n${error.hint === undefined ? '' : `hint: ${error.hint}\n`}`,
    );
    return EXIT.invalidInput;
  }
  const detail = error instanceof Error ? error.message : String(error);
  context.stderr.write(
    `mvnoscope: internal error: ${detail}\nThis is a bug in mvnoscope; please report it.\n`,
  );
  if (process.env.MVNOSCOPE_DEBUG === '1' && error instanceof Error)
    context.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}
