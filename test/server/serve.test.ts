/**
 * The server as users start it: tokens made with `mvnoscope token`, the API answering over
 * real HTTP on an ephemeral port, revocation taking effect at once, secrets never stored.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/server.js';
import { cli } from '../support/cli.js';

describe('mvnoscope serve and token', () => {
  let dir: string;
  let server: RunningServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mvnoscope-serve-'));
    server = await startServer({
      database: { backend: 'sqlite', file: join(dir, 'mvnoscope.sqlite') },
      port: 0,
      host: '127.0.0.1',
    });
  });

  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const get = (path: string, token?: string) =>
    fetch(`${server.url}${path}`, {
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });

  it('answers health without a token, and nothing else', async () => {
    const health = await get('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const refused = await get('/api/workspaces');
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('creates a token that works at once, stores only its hash, and revokes it', async () => {
    const missing = await cli('token', 'create', '--data-dir', dir, '--workspace', 'demo');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no workspace "demo"');
    expect((await cli('token', 'create', '--data-dir', dir)).code).toBe(2);
    const badName = await cli('token', 'create', '--data-dir', dir, '--admin', '--name', ' ');
    expect(badName.code).toBe(2);
    const badWorkspace = await cli(
      'token',
      'create',
      '--data-dir',
      dir,
      '--workspace',
      '../etc',
      '--create',
    );
    expect(badWorkspace.code).toBe(2);
    expect(badWorkspace.stderr).toContain('cannot create a workspace named');

    const made = await cli(
      'token',
      'create',
      '--data-dir',
      dir,
      '--workspace',
      'demo',
      '--create',
      '--name',
      'carol',
      '--role',
      'read',
    );
    expect(made.code).toBe(0);
    const token = made.stdout.trim();
    expect(token).toMatch(/^mvs_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(made.stderr).toContain('read access to "demo"');

    const listed = await get('/api/workspaces', token);
    expect(listed.status).toBe(200);
    expect(await listed.json()).toMatchObject({ workspaces: [{ name: 'demo', role: 'read' }] });

    const file = new Database(join(dir, 'mvnoscope.sqlite'), { readonly: true });
    const rows = file.prepare('select * from tokens').all();
    file.close();
    const secret = token.split('_').slice(2).join('_');
    expect(JSON.stringify(rows)).not.toContain(secret);

    const id = token.slice(4, 20);
    expect((await cli('token', 'revoke', '--data-dir', dir, id)).code).toBe(0);
    expect((await get('/api/workspaces', token)).status).toBe(401);
    expect((await cli('token', 'revoke', '--data-dir', dir, id)).code).toBe(2);
  });

  it('analyses on its worker pool, and refuses invalid text with positions from there', async () => {
    const made = await cli('token', 'create', '--data-dir', dir, '--admin', '--name', 'dan');
    const token = made.stdout.trim();
    const post = (text: string) =>
      fetch(`${server.url}/api/analyze`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
    const example = readFileSync(
      new URL('../../examples/branded-reseller-single-host.yaml', import.meta.url),
      'utf8',
    );
    const analysed = await Promise.all([post(example), post(`${example}\n# again\n`)]);
    for (const response of analysed) {
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ schemaVersion: 1 });
    }
    const invalid = await post('operator:\n  name: [\n');
    expect(invalid.status).toBe(422);
    const body = (await invalid.json()) as {
      error: { code: string; details: { diagnostics: { line: number }[] } };
    };
    expect(body.error.code).toBe('invalid_model');
    expect(body.error.details.diagnostics[0]?.line).toBeGreaterThan(0);
  });

  it('refuses a PostgreSQL URL it cannot reach with a usage error', async () => {
    const result = await cli(
      'token',
      'create',
      '--admin',
      '--database-url',
      'postgres://nobody:none@127.0.0.1:1/none',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot open the database');
    expect(result.stderr).not.toContain('none@'); // no credentials echoed
  });
});
