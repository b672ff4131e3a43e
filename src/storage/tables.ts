/**
 * The tables of the server's database, as Kysely sees them. One description for SQLite and
 * PostgreSQL: times are ISO-8601 text (they sort as text on both), flags are text enums rather
 * than booleans (SQLite has none), and identifiers are random text ids.
 */

export interface WorkspaceTable {
  readonly id: string;
  readonly name: string;
  readonly created_at: string;
}

export interface ModelTable {
  readonly id: string;
  readonly workspace_id: string;
  readonly name: string;
  readonly created_at: string;
  /** The newest version number: the compare-and-swap target of a save. */
  readonly latest_version: number;
  readonly updated_at: string;
}

export interface ModelVersionTable {
  readonly model_id: string;
  /** 1, 2, 3, …; unique per model, so two saves can never both become version n. */
  readonly version: number;
  readonly text: string;
  readonly author: string;
  readonly message: string;
  readonly created_at: string;
  /** The version this one restored, when it was made by a restore. */
  readonly restored_from: number | null;
}

/** `admin` tokens may create workspaces and reach every workspace with write access. */
export type TokenScope = 'admin' | 'workspaces';

export interface TokenTable {
  /** Public part of the token, used to find its row; the secret part is never stored. */
  readonly id: string;
  readonly name: string;
  /** SHA-256 of the secret part, hex. */
  readonly secret_hash: string;
  readonly scope: TokenScope;
  readonly created_at: string;
}

export type Role = 'read' | 'write';

export interface TokenGrantTable {
  readonly token_id: string;
  readonly workspace_id: string;
  readonly role: Role;
}

/** A workspace's user rules as one YAML text; every analysis in the workspace runs them. */
export interface WorkspaceRulesTable {
  readonly workspace_id: string;
  readonly text: string;
  /** The token that saved the text, by name. */
  readonly author: string;
  readonly updated_at: string;
}

export interface Tables {
  workspaces: WorkspaceTable;
  models: ModelTable;
  model_versions: ModelVersionTable;
  tokens: TokenTable;
  token_grants: TokenGrantTable;
  workspace_rules: WorkspaceRulesTable;
}
