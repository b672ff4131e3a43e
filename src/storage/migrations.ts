/**
 * Versioned migrations of the server's database, applied in order on every start. They live
 * in code (no files to ship or find at run time) and are written once for both backends with
 * Kysely's schema builder. Never edit a released migration: add the next one.
 */
import { type Kysely, type Migration, Migrator } from 'kysely';

const MIGRATIONS: Record<string, Migration> = {
  '0001-workspaces-models-tokens': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('workspaces')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('models')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) =>
          c.notNull().references('workspaces.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('latest_version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('models_workspace_name', ['workspace_id', 'name'])
        .execute();
      await db.schema
        .createTable('model_versions')
        .addColumn('model_id', 'text', (c) =>
          c.notNull().references('models.id').onDelete('cascade'),
        )
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('restored_from', 'integer')
        // The guard against lost updates: two saves from one base cannot both be version n.
        .addPrimaryKeyConstraint('model_versions_model_version', ['model_id', 'version'])
        .execute();
      await db.schema
        .createTable('tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('secret_hash', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('token_grants')
        .addColumn('token_id', 'text', (c) =>
          c.notNull().references('tokens.id').onDelete('cascade'),
        )
        .addColumn('workspace_id', 'text', (c) =>
          c.notNull().references('workspaces.id').onDelete('cascade'),
        )
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('token_grants_token_workspace', ['token_id', 'workspace_id'])
        .execute();
    },
  },
  // A workspace's user rules (YAML with CEL, src/rules/rule-file.ts): one text per workspace,
  // applied to every analysis in it; no row, no user rules.
  '0002-workspace-rules': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('workspace_rules')
        .addColumn('workspace_id', 'text', (c) =>
          c.primaryKey().references('workspaces.id').onDelete('cascade'),
        )
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
};

/**
 * Brings the schema to the newest migration; throws with the failing migration's name.
 * `schema` (PostgreSQL) must name the schema the tables live in: without it Kysely looks for
 * its bookkeeping tables in every schema of the database, and one found in another schema
 * (another mvnoscope, a test run) would be taken for this one's.
 */
export async function migrateToLatest(db: Kysely<unknown>, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
  const detail = error instanceof Error ? error.message : String(error);
  throw new Error(`database migration ${failed} failed: ${detail}`);
}
