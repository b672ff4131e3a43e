/**
 * The mvnoscope command line. User mistakes end with a message and exit code 2; anything
 * else is a bug, reported with exit code 3 (and a stack trace only with MVNOSCOPE_DEBUG=1).
 */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import type { CliContext, OutputStream } from './context.js';
import { EXIT, UsageError } from './exit-codes.js';

type Register = (program: Command, context: CliContext) => void;

/**
 * Every command, in the order help lists them, each loaded only when it runs: a command's
 * module imports its whole pipeline (the report's charts, the server, the importers), and
 * loading all of them cost every run about a third of a second before any work began.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  validate: async () => (await import('./commands/validate.js')).registerValidate,
  analyze: async () => (await import('./commands/analyze.js')).registerAnalyze,
  lockin: async () => (await import('./commands/lockin.js')).registerLockin,
  simulate: async () => (await import('./commands/simulate.js')).registerSimulate,
  sensitivity: async () => (await import('./commands/sensitivity.js')).registerSensitivity,
  advise: async () => (await import('./commands/advise.js')).registerAdvise,
  apply: async () => (await import('./commands/apply.js')).registerApply,
  optimize: async () => (await import('./commands/optimize.js')).registerOptimize,
  report: async () => (await import('./commands/report.js')).registerReport,
  export: async () => (await import('./commands/export.js')).registerExport,
  register: async () => (await import('./commands/register.js')).registerRegister,
  compare: async () => (await import('./commands/compare.js')).registerCompare,
  init: async () => (await import('./commands/init.js')).registerInit,
  import: async () => (await import('./commands/import.js')).registerImport,
  schema: async () => (await import('./commands/schema.js')).registerSchema,
  catalogue: async () => (await import('./commands/catalogue.js')).registerCatalogue,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  token: async () => (await import('./commands/token.js')).registerToken,
};

/**
 * The commands `argv` needs: the one it names, or all of them when it names none (help, the
 * version, a misspelt command that commander answers with the nearest names).
 */
async function commandsFor(argv: readonly string[]): Promise<Register[]> {
  const named = argv.find((argument) => !argument.startsWith('-'));
  const loaders =
    named !== undefined && Object.hasOwn(COMMANDS, named)
      ? [COMMANDS[named] as () => Promise<Register>]
      : Object.values(COMMANDS);
  return Promise.all(loaders.map((load) => load()));
}

export async function buildProgram(
  context: CliContext,
  argv: readonly string[] = [],
): Promise<Command> {
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
  for (const register of await commandsFor(argv)) register(program, context);
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
    await (await buildProgram(context, argv)).parseAsync([...argv], { from: 'user' });
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
