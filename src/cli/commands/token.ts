/** `mvnoscope token create|revoke`: the API's bearer tokens, made where the database is. */
import { type Command, Option } from 'commander';
import type { Database } from '../../storage/database.js';
import type { Role } from '../../storage/tables.js';
import {
  createWorkspace,
  findWorkspace,
  type Workspace,
  WorkspaceNameSchema,
} from '../../storage/workspaces.js';
import type { CliContext } from '../context.js';
import {
  asDatabaseProblem,
  type DatabaseOptions,
  databaseConfig,
  databaseOptions,
} from '../database-options.js';
import { UsageError } from '../exit-codes.js';
import { argumentParser } from '../options.js';

interface CreateOptions extends DatabaseOptions {
  readonly workspace: readonly string[];
  readonly role: Role;
  readonly admin?: boolean;
  readonly create?: boolean;
  readonly name?: string;
}

export function registerToken(program: Command, context: CliContext): void {
  const token = program
    .command('token')
    .description('create and revoke the bearer tokens of the API server');

  databaseOptions(
    token
      .command('create')
      .description('create a token and print it (once: only its hash is kept)')
      .option(
        '--workspace <id|name>',
        'a workspace the token may use (repeat for several)',
        (value: string, list: string[]) => [...list, value],
        [],
      )
      .addOption(
        new Option('--role <role>', 'what it may do in those workspaces')
          .choices(['read', 'write'])
          .default('write'),
      )
      .option('--admin', 'an admin token: every workspace, and may create workspaces')
      .option('--create', 'create the named workspaces that do not exist yet')
      .option(
        '--name <name>',
        'who uses the token; versions they save show it as the author',
        argumentParser(tokenName),
      ),
  )
    .addHelpText(
      'after',
      `
The token is printed on standard output, alone, so it can be captured:
  $ TOKEN=$(mvnoscope token create --workspace demo --create --name alice)
  $ curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8787/api/workspaces`,
    )
    .action(async (options: CreateOptions) => {
      if (options.admin !== true && options.workspace.length === 0)
        throw new UsageError(
          'a token needs at least one --workspace, or --admin',
          'for example: mvnoscope token create --workspace demo --create --name alice',
        );
      await withDatabase(options, async ({ db }) => {
        const workspaces: Workspace[] = [];
        for (const key of options.workspace) {
          const found = await findWorkspace(db, key);
          if (found !== undefined) workspaces.push(found);
          else if (options.create === true) {
            const name = WorkspaceNameSchema.safeParse(key);
            if (!name.success)
              throw new UsageError(
                `cannot create a workspace named "${key}": ${name.error.issues[0]?.message}`,
              );
            workspaces.push(await createWorkspace(db, name.data));
            context.stderr.write(`created workspace "${key}"\n`);
          } else
            throw new UsageError(
              `no workspace "${key}"`,
              'check the name, or add --create to create it',
            );
        }
        const name = options.name ?? (options.admin === true ? 'admin' : 'token');
        const { createToken } = await import('../../storage/tokens.js');
        const issued = await createToken(db, {
          name,
          scope: options.admin === true ? 'admin' : 'workspaces',
          grants: workspaces.map((w) => ({ workspaceId: w.id, role: options.role })),
        });
        const reach =
          options.admin === true
            ? 'admin: every workspace'
            : `${options.role} access to ${workspaces.map((w) => `"${w.name}" (${w.id})`).join(', ')}`;
        context.stderr.write(
          `token ${issued.id} for ${name}, ${reach}; it is shown once, keep it secret\n`,
        );
        context.stdout.write(`${issued.token}\n`);
      });
    });

  databaseOptions(
    token
      .command('revoke')
      .description('revoke a token at once')
      .argument('<id>', 'the token id (printed when it was created; the part after mvs_)'),
  ).action(async (id: string, options: DatabaseOptions) => {
    await withDatabase(options, async ({ db }) => {
      const { revokeToken } = await import('../../storage/tokens.js');
      if (!(await revokeToken(db, id)))
        throw new UsageError(`no token with id ${id}`, 'the id is the 16 hex digits after mvs_');
      context.stderr.write(`revoked token ${id}\n`);
    });
  });
}

/** A token's name is shown as the author of versions: one printable line, not too long. */
function tokenName(text: string): string {
  const name = text.trim();
  if (name === '' || name.length > 100 || /\p{Cc}/u.test(name))
    throw new Error('a token name is 1 to 100 printable characters on one line');
  return name;
}

async function withDatabase(
  options: DatabaseOptions,
  work: (database: Database) => Promise<void>,
): Promise<void> {
  const config = databaseConfig(options);
  // Storage (Kysely and the database drivers) loads only when a token command runs.
  const { openDatabase } = await import('../../storage/database.js');
  const database = await openDatabase(config).catch((error: unknown) =>
    asDatabaseProblem(error, config),
  );
  try {
    await work(database);
  } finally {
    await database.close();
  }
}
