/**
 * What the end-to-end tests of the web app stand on: the app built from the sources now (not
 * whatever dist/web an earlier build left), the real server on SQLite in a temporary folder, a
 * token made with `mvnoscope token create` for workspace `demo`, and headless Chromium.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { expect } from 'vitest';
import { run } from '../../src/cli/main.js';
import { type RunningServer, startServer } from '../../src/server/server.js';
import { launchBrowser } from '../report/browser.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

export interface WebAppUnderTest {
  readonly dir: string;
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly token: string;
  close(): Promise<void>;
}

export async function startWebApp(prefix: string): Promise<WebAppUnderTest> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const webRoot = join(dir, 'web');
  await build({
    configFile: join(ROOT, 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webRoot, emptyOutDir: true },
  });
  let stdout = '';
  let stderr = '';
  const code = await run(
    ['token', 'create', '--data-dir', dir, '--workspace', 'demo', '--create', '--name', 'alice'],
    {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
    },
  );
  expect(code, stderr).toBe(0);
  const server = await startServer({
    database: { backend: 'sqlite', file: join(dir, 'mvnoscope.sqlite') },
    port: 0,
    host: '127.0.0.1',
    webRoot,
  });
  const browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    dir,
    server,
    browser,
    token: /mvs_\S+/.exec(stdout)?.[0] ?? '',
    async close() {
      await browser.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
