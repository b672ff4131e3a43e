/**
 * Opens the server's database: an embedded SQLite file by default, PostgreSQL for teams. Both
 * sit behind one Kysely instance, and the migrations run before it is handed out, so every
 * caller sees the newest schema whichever backend it is.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations.js';
import type { Tables } from './tables.js';

export type DatabaseConfig =
  /** A database file (created with its folder when missing), or ':memory:'. */
  | { readonly backend: 'sqlite'; readonly file: string }
  /** A connection URL; `schema` keeps the tables in their own schema (created when missing). */
  | { readonly backend: 'postgres'; readonly url: string; readonly schema?: string };

export interface Database {
  readonly db: Kysely<Tables>;
  readonly backend: DatabaseConfig['backend'];
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const db = config.backend === 'sqlite' ? openSqlite(config.file) : await openPostgres(config);
  try {
    const schema =
      config.backend === 'sqlite'
        ? undefined
        : (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
            ?.schema;
    await migrateToLatest(db as Kysely<unknown>, schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, backend: config.backend, close: () => db.destroy() };
}

function openSqlite(file: string): Kysely<Tables> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  // WAL lets readers go on while one writer commits; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** bigint (count(*), sums) parsed as a number, as SQLite returns it; our values stay far below 2^53. */
const PG_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

async function openPostgres(config: {
  readonly url: string;
  readonly schema?: string;
}): Promise<Kysely<Tables>> {
  const schema = config.schema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new Error(`a schema name is lower-case letters, digits and _, found "${schema}"`);
  const pool = new pg.Pool({
    connectionString: config.url,
    types: PG_TYPES,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  if (schema !== undefined) {
    try {
      await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }
  return db;
}
