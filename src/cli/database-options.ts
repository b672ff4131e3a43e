/**
 * The options that say which database the server keeps its data in, shared by `serve` and
 * `token`: an SQLite file in --data-dir by default, PostgreSQL with --database-url (or
 * MVNOSCOPE_DATABASE_URL).
 */
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import type { DatabaseConfig } from '../storage/database.js';
import { UsageError } from './exit-codes.js';

export interface DatabaseOptions {
  readonly dataDir: string;
  readonly databaseUrl?: string;
}

/** The SQLite file's name inside the data directory. */
const SQLITE_FILE = 'mvnoscope.sqlite';

export function databaseOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'folder of the embedded SQLite database', './.mvnoscope')
    .addOption(
      new Option(
        '--database-url <url>',
        'use PostgreSQL instead of SQLite (postgres://user:password@host:5432/database)',
      ).env('MVNOSCOPE_DATABASE_URL'),
    );
}

export function databaseConfig(options: DatabaseOptions): DatabaseConfig {
  if (options.databaseUrl === undefined || options.databaseUrl === '')
    return { backend: 'sqlite', file: join(options.dataDir, SQLITE_FILE) };
  if (!/^postgres(ql)?:\/\//.test(options.databaseUrl))
    throw new UsageError(
      'the database URL must start with postgres:// or postgresql://',
      'leave --database-url out to use the embedded SQLite database',
    );
  return { backend: 'postgres', url: options.databaseUrl };
}

/** Where the data is, for messages: the SQLite file, or PostgreSQL's host and database (no password). */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.backend === 'sqlite') return `SQLite ${config.file}`;
  try {
    const url = new URL(config.url);
    return `PostgreSQL ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** Connection codes that mean the database is unreachable or refuses us: the user's to fix. */
const CONNECTION_PROBLEMS = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EACCES',
  'SQLITE_CANTOPEN',
  'SQLITE_READONLY',
  '28P01', // invalid password
  '28000', // no such role, or not allowed
  '3D000', // no such database
]);

/** Rethrows a failure to open the database as a usage error when it is one. */
export function asDatabaseProblem(error: unknown, config: DatabaseConfig): never {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_PROBLEMS.has(code))
    throw new UsageError(
      `cannot open the database (${describeDatabase(config)}): ${error instanceof Error ? error.message : code}`,
      config.backend === 'sqlite'
        ? 'check that --data-dir can be written'
        : 'check the URL, that PostgreSQL is running, and that the role and database exist',
    );
  throw error;
}
