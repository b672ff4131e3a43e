/**
 * API tokens. A token reads `mvs_<id>_<secret>`: the id (not secret) finds the row, the 32
 * random bytes of the secret are checked against their stored hash in constant time. Only the
 * hash is stored, so a copy of the database grants nothing.
 *
 * A plain SHA-256 is enough here, unlike for passwords: a slow, salted hash exists to stop
 * guessing low-entropy secrets from a stolen hash, and a 256-bit random secret cannot be
 * guessed however fast the hash is.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role, Tables, TokenScope } from './tables.js';

const TOKEN_FORMAT = /^mvs_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface TokenGrant {
  readonly workspaceId: string;
  readonly role: Role;
}

export interface NewToken {
  readonly name: string;
  readonly scope: TokenScope;
  readonly grants: readonly TokenGrant[];
}

/** Who a request is made by: a token's name, scope and the workspaces it may reach. */
export interface TokenIdentity {
  readonly id: string;
  readonly name: string;
  readonly scope: TokenScope;
  /** Role per workspace id; admin tokens have write access everywhere without grants. */
  readonly grants: ReadonlyMap<string, Role>;
}

/** Creates a token and returns its text: the only time the secret exists outside the caller. */
export async function createToken(
  db: Kysely<Tables>,
  token: NewToken,
): Promise<{ readonly id: string; readonly token: string }> {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('tokens')
      .values({
        id,
        name: token.name,
        secret_hash: hashSecret(secret).toString('hex'),
        scope: token.scope,
        created_at: new Date().toISOString(),
      })
      .execute();
    if (token.grants.length > 0)
      await trx
        .insertInto('token_grants')
        .values(
          token.grants.map((g) => ({ token_id: id, workspace_id: g.workspaceId, role: g.role })),
        )
        .execute();
  });
  return { id, token: `mvs_${id}_${secret}` };
}

/** The identity behind a presented token, or undefined when it is malformed, unknown or wrong. */
export async function authenticate(
  db: Kysely<Tables>,
  presented: string,
): Promise<TokenIdentity | undefined> {
  const match = TOKEN_FORMAT.exec(presented);
  if (match === null) return undefined;
  const [, id = '', secret = ''] = match;
  const row = await db.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return undefined;
  const stored = Buffer.from(row.secret_hash, 'hex');
  const given = hashSecret(secret);
  if (stored.length !== given.length || !timingSafeEqual(stored, given)) return undefined;
  const grants = await db
    .selectFrom('token_grants')
    .select(['workspace_id', 'role'])
    .where('token_id', '=', id)
    .execute();
  return {
    id,
    name: row.name,
    scope: row.scope,
    grants: new Map(grants.map((g) => [g.workspace_id, g.role])),
  };
}

/** Deletes a token (and its grants); false when there was none with that id. */
export async function revokeToken(db: Kysely<Tables>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('tokens').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}
