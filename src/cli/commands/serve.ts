/** `mvnoscope serve`: the HTTP API and the web app on localhost. */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import {
  asDatabaseProblem,
  type DatabaseOptions,
  databaseConfig,
  databaseOptions,
  describeDatabase,
} from '../database-options.js';
import { UsageError } from '../exit-codes.js';
import { argumentParser, nonNegativeInteger } from '../options.js';

interface ServeOptions extends DatabaseOptions {
  readonly port: number;
  readonly host: string;
}

function port(text: string): number {
  const value = nonNegativeInteger(text);
  if (value > 65_535) throw new Error(`a port is at most 65535, found ${value}`);
  return value;
}

export function registerServe(program: Command, context: CliContext): void {
  databaseOptions(
    program
      .command('serve')
      .description(
        'start the web app and its API: workspaces, model history, analysis and jobs over HTTP',
      )
      .option('--port <n>', 'port to listen on (0: any free port)', argumentParser(port), 8787)
      .option('--host <host>', 'address to listen on', '127.0.0.1'),
  )
    .addHelpText(
      'after',
      `
Open the URL it prints in a browser and paste a token. Every route but /api/health needs a token: create one with \`mvnoscope token create\`.
The API is described at /api/openapi.json and in docs/api.md. Ctrl-C stops the server.

Examples:
  $ mvnoscope token create --workspace demo --create --name alice
  $ mvnoscope serve
  $ mvnoscope serve --database-url postgres://mvnoscope:secret@localhost:5432/mvnoscope`,
    )
    .action(async (options: ServeOptions) => {
      const database = databaseConfig(options);
      // The server's modules (Hono, Kysely, the database drivers) load only for this command,
      // so they add nothing to the start-up of every other one.
      const { startServer } = await import('../../server/server.js');
      const server = await startServer({
        database,
        port: options.port,
        host: options.host,
      }).catch((error: unknown) => {
        const code = (error as { code?: unknown }).code;
        if (code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL' || code === 'EACCES')
          throw new UsageError(
            `cannot listen on ${options.host}:${options.port} (${code})`,
            code === 'EADDRINUSE'
              ? 'another program uses that port: choose one with --port'
              : undefined,
          );
        return asDatabaseProblem(error, database);
      });
      context.stderr.write(
        `mvnoscope web app and API on ${server.url} (${describeDatabase(database)}); Ctrl-C stops it\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
    });
}
