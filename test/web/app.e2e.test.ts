/**
 * The web app end to end, in headless Chromium against the real server (SQLite in a temporary
 * folder, a token made with `mvnoscope token create`): sign in, create a model from an example,
 * break it and see the error at its line, fix it, watch the scorecard follow an edit, save,
 * download the report and the supplier register, run a stress test and the optimiser, compare
 * two versions, meet a conflicting save. Any console error fails the test. Screenshots and the
 * downloaded files go to test-artifacts/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWatched, type WatchedPage } from '../report/browser.js';
import { EXAMPLES_DIR } from '../support/load.js';
import { ARTIFACTS, startWebApp, type WebAppUnderTest } from './web-app-server.js';

/** Generous: a loaded CI machine may take seconds for what takes milliseconds here. */
const WAIT = { timeout: 30_000 };

let app: WebAppUnderTest;
let server: WebAppUnderTest['server'];
let browser: WebAppUnderTest['browser'];
let token: string;

beforeAll(async () => {
  app = await startWebApp('mvnoscope-web-');
  ({ server, browser, token } = app);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/**
 * Finds the first `text` in the editor with its search panel and puts `replacement` in its
 * place. The replacement goes in as one input (as a paste would), not key by key, so the
 * editor's bracket closing and completion never add characters of their own.
 */
async function replaceInEditor(page: Page, text: string, replacement: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const search = page.locator('.cm-search input[name="search"]');
  await search.fill(text);
  // The panel reads its query on change or key-up; fill() sends neither.
  await search.dispatchEvent('change');
  await search.press('Enter');
  await search.press('Escape');
  await page.keyboard.insertText(replacement);
  // The inserted text may open the completion list; close it so it hides nothing.
  await page.keyboard.press('Escape');
  await page.locator('.cm-tooltip-autocomplete').waitFor({ state: 'detached', ...WAIT });
}

const meter = (page: Page, name: string | RegExp) => page.getByRole('meter', { name });

describe('the web app', () => {
  it('serves the shell without a token and with strict security headers; the API still needs one', async () => {
    const shell = await fetch(`${server.url}/workspaces/anything`);
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('<div id="root">');
    expect(shell.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(shell.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${server.url}/api/me`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/nothing-here`)).status).toBe(401);
    expect(
      (await fetch(`${server.url}/..%2f..%2fpackage.json`)).headers.get('content-type'),
    ).toContain('text/html');
  });

  it('signs in, edits with live diagnostics and scorecard, saves, downloads, runs jobs and compares', async () => {
    const started = performance.now();
    const watched: WatchedPage = await openWatched(browser, server.url);
    const { page } = watched;
    await page.setViewportSize({ width: 1440, height: 1000 });

    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('who').textContent(), WAIT).toBe('alice');

    await page.getByRole('link', { name: /demo/ }).click();
    await page.getByLabel('Start from').selectOption('light-mvno-on-enabler');
    await page.getByLabel('Name').fill('light');
    await page.getByRole('button', { name: 'Create model' }).click();
    await page.getByTestId('problems').getByText('Valid model').waitFor(WAIT);

    // An error: a dangling reference on line 91, column 17 of the example.
    const example = await readFile(join(EXAMPLES_DIR, 'light-mvno-on-enabler.yaml'), 'utf8');
    const line = example.split('\n').findIndex((l) => l.includes('hosted_on: [stratus-cloud]')) + 1;
    await replaceInEditor(page, 'hosted_on: [stratus-cloud]', 'hosted_on: [stratus-clod]');
    const problem = page.getByTestId('problems').getByRole('button', { name: `Line ${line}:17` });
    await problem.waitFor(WAIT);
    await expect
      .poll(() => page.getByTestId('problems').textContent())
      .toContain('did you mean `stratus-cloud`?');
    const marked = page.locator('.cm-lintRange-error');
    await marked.first().waitFor(WAIT);
    expect(await marked.first().textContent()).toBe('stratus-clod');
    // The mark sits on the line the loader named: the gutter's line number beside it.
    await problem.click();
    expect(await page.locator('.cm-activeLineGutter').first().textContent()).toBe(String(line));
    await page.screenshot({ path: join(ARTIFACTS, 'web-error.png') });

    await replaceInEditor(page, 'stratus-clod]', 'stratus-cloud]');
    await page.getByTestId('problems').getByText('Valid model').waitFor(WAIT);

    // The scorecard follows the text: a non-exclusive host contract lowers network dependency.
    const routes = meter(page, /Network routes.*: dependency/);
    await expect.poll(() => routes.getAttribute('aria-valuenow'), WAIT).toBe('86.8');
    await replaceInEditor(page, 'exclusive: true', 'exclusive: false');
    await expect.poll(() => routes.getAttribute('aria-valuenow'), WAIT).toBe('71.8');
    await page.screenshot({ path: join(ARTIFACTS, 'web-scorecard.png') });

    await page.getByLabel('Message').fill('host contract not exclusive');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved version 2.').waitFor(WAIT);

    // The saved version's report and supplier register, made by the server.
    const downloads = page.getByRole('group', { name: 'Download version 2' });
    const [report] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      downloads.getByRole('button', { name: 'Report (HTML)' }).click(),
    ]);
    expect(report.suggestedFilename()).toBe('light-v2-report.html');
    const reportFile = join(ARTIFACTS, 'web-download-report.html');
    await report.saveAs(reportFile);
    expect(await readFile(reportFile, 'utf8')).toContain('light, version 2');
    const [register] = await Promise.all([
      page.waitForEvent('download', WAIT),
      downloads.getByRole('button', { name: 'Suppliers (CSV)' }).click(),
    ]);
    expect(register.suggestedFilename()).toBe('light-v2-suppliers.csv');
    const registerFile = join(ARTIFACTS, 'web-download-suppliers.csv');
    await register.saveAs(registerFile);
    expect(await readFile(registerFile, 'utf8')).toContain('lattice-mvne');

    await page.getByRole('tab', { name: 'Graph' }).click();
    await page.locator('.react-flow__node.graph-node--provider').first().waitFor(WAIT);
    await page.locator('.react-flow__node', { hasText: 'Lattice Connect UK' }).click();
    await page.getByTestId('blast-radius').waitFor(WAIT);

    await page.getByRole('tab', { name: 'Stress test' }).click();
    await page.getByLabel('Trials').fill('5000');
    await page.getByRole('button', { name: 'Run stress test' }).click();
    await page.getByTestId('simulation-result').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('job-status').first().textContent()).toBe('succeeded');
    expect(await page.getByTestId('simulation-result').textContent()).toContain('5,000 trials');

    await page.getByRole('tab', { name: 'Optimiser' }).click();
    await page.getByRole('button', { name: 'Find the front' }).click();
    await page.getByTestId('optimisation-result').waitFor({ timeout: 180_000 });
    expect(await page.locator('circle.point').count()).toBeGreaterThan(1);
    await page.getByTestId('local-point').waitFor(WAIT);
    await page.locator('circle.point').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Selected design' }).waitFor(WAIT);
    await page.screenshot({ path: join(ARTIFACTS, 'web-optimiser.png') });

    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('button', { name: 'Compare versions 1 and 2' }).click();
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor(WAIT);
    expect(await comparison.textContent()).toContain('Network routes: dependency');
    expect(await comparison.textContent()).toMatch(/better/);

    // Someone else saves version 3 meanwhile; the next save from the page meets a conflict.
    const modelPath = new URL(page.url()).pathname;
    const saved = await fetch(`${server.url}/api${modelPath}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: example, message: 'back to exclusive', baseVersion: 2 }),
    });
    expect(saved.status).toBe(201);
    await replaceInEditor(page, 'exclusive: true', 'exclusive: false');
    await page.getByLabel('Message').fill('second edit');
    await page.getByRole('button', { name: 'Save' }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor(WAIT);
    expect(await conflict.textContent()).toContain('Version 3 was saved by alice');
    await page.getByRole('button', { name: 'Load version 3 (discard my edit)' }).click();
    await conflict.waitFor({ state: 'detached', ...WAIT });

    // The advisor's moves on version 3; the best saved as version 4, its patch applied.
    await page.getByRole('tab', { name: 'Advice' }).click();
    await page.getByRole('button', { name: 'Advise' }).click();
    const advice = page.getByTestId('advice-result');
    await advice.waitFor({ timeout: 180_000 });
    expect(await page.getByTestId('advice-move').count()).toBe(5);
    expect(await page.getByTestId('advice-act-by').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^start by \d{4}-\d{2}-\d{2}$/)]),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'web-advice.png') });
    await page.getByTestId('advice-save').first().click();
    await page.getByText('Saved the move as version 4').waitFor(WAIT);
    await page.getByTestId('advice-stale').waitFor(WAIT);

    // The one request meant to fail, the conflicting save, is logged by the browser itself;
    // nothing else may be.
    expect(watched.errors).toEqual([
      'Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
    expect(watched.dialogs).toEqual([]);
    console.info(`web e2e: ${((performance.now() - started) / 1000).toFixed(1)} s in the browser`);
  }, 300_000);
});
