/**
 * The databases the server tests run on: SQLite in a temporary folder always, PostgreSQL when
 * MVNOSCOPE_TEST_DATABASE_URL is set (`.ci/run` sets it). Each call gets a fresh database —
 * a new SQLite file, or a new PostgreSQL schema dropped afterwards — so test files and
 * repeated runs never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../../src/storage/database.js';

export interface TestBackend {
  readonly name: 'sqlite' | 'postgres';
  /** Why the backend is skipped, when it is. */
  readonly skip?: string;
}

const POSTGRES_URL = process.env.MVNOSCOPE_TEST_DATABASE_URL;

export const TEST_BACKENDS: readonly TestBackend[] = [
  { name: 'sqlite' },
  POSTGRES_URL === undefined || POSTGRES_URL === ''
    ? { name: 'postgres', skip: 'MVNOSCOPE_TEST_DATABASE_URL is not set' }
    : { name: 'postgres' },
];

export interface TestDatabase {
  readonly database: Database;
  /** Closes the database and removes what it made. */
  drop(): Promise<void>;
}

export async function openTestDatabase(backend: TestBackend['name']): Promise<TestDatabase> {
  if (backend === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'mvnoscope-test-'));
    const database = await openDatabase({ backend: 'sqlite', file: join(folder, 'test.sqlite') });
    return {
      database,
      drop: async () => {
        await database.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  const url = POSTGRES_URL ?? '';
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase({ backend: 'postgres', url, schema });
  return {
    database,
    drop: async () => {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(database.db);
      await database.close();
    },
  };
}
