/**
 * The web app end to end, in headless Chromium against the real server (SQLite in a temporary
 * folder, a token made with `mvnoscope token create`): sign in, create a model from an example,
 * break it and see the error at its line, fix it, watch the scorecard follow an edit, save,
 * download the report and the supplier register, run a stress test and the optimiser, compare
 * two versions, meet a conflicting save, restore a version and compare again. The Overview of two
 * examples (type, five layers, a move with an act-by date), results marked out of date by an
 * edit, a read-only token's page, the tab bar and header on one line at 1440×900 and 1280×720,
 * and axe-core on every tab (no serious or critical violation). Any console error fails the
 * test. Screenshots and the downloaded files go to test-artifacts/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { openWatched, type WatchedPage } from '../report/browser.js';
import { EXAMPLES_DIR } from '../support/load.js';
import { axeViolations, barLayout } from './page-checks.js';
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

/** The two sizes the app is checked at: a common laptop and a small one. */
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

/**
 * At each size: a screenshot `web-<name>-<width>.png`, and the tab bar and the header each on
 * one line with nothing cut off. Returns to the first size.
 */
async function screenshotsAtBothSizes(page: Page, name: string) {
  // The panel from its top: a click may have scrolled it to a button further down.
  await page.locator('.tabpanel').evaluate((panel) => panel.scrollTo(0, 0));
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(ARTIFACTS, `web-${name}-${size.width}.png`) });
    const where = `${name} at ${size.width}×${size.height}`;
    expect(await barLayout(page, '[role="tablist"]', '[role="tab"]'), `tabs, ${where}`).toEqual({
      lines: 1,
      overflow: 0,
    });
    expect(
      await barLayout(page, '.workspace__bar', '.workspace__bar > *'),
      `header, ${where}`,
    ).toEqual({ lines: 1, overflow: 0 });
  }
  await page.setViewportSize(SIZES[0]);
}

/** axe-core's serious and critical violations on each tab visited, by tab. */
const violations: string[] = [];
async function checkAccessibility(page: Page, where: string) {
  for (const v of await axeViolations(page)) violations.push(`${where}: ${v}`);
}

/** Opens a tab and waits until its panel shows. */
async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tab', { name, selected: true }).waitFor(WAIT);
}

/** The overview's checks: the type, five layers with their verdicts, a move with its date. */
async function checkOverview(page: Page, type: string) {
  const overview = page.getByTestId('overview');
  await overview.waitFor(WAIT);
  expect(await page.getByTestId('overview-type').textContent()).toContain(type);
  const layers = page.getByTestId('layer-stack').getByRole('listitem');
  expect(await layers.count()).toBe(5);
  for (const text of await layers.allTextContents())
    expect(text).toMatch(/(independent node|contested|dependent participant|not assessed)/);
  expect(await page.getByTestId('key-figures').textContent()).toMatch(/hours a year/);
  await overview.getByRole('button', { name: 'Run the advice' }).click();
  await page.getByTestId('overview-move').first().waitFor({ timeout: 180_000 });
  expect(await page.getByTestId('overview-move').count()).toBeGreaterThan(0);
  expect(await page.getByTestId('overview-act-by').allTextContents()).toEqual(
    expect.arrayContaining([expect.stringMatching(/\d{4}-\d{2}-\d{2}/)]),
  );
  expect(await page.getByTestId('key-figures').textContent()).not.toContain('run the advice');
}

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
    await page.setViewportSize(SIZES[0]);

    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('who').textContent(), WAIT).toBe('alice');

    await page.getByRole('link', { name: /demo/ }).click();
    await page.getByRole('combobox', { name: /^Start from/ }).selectOption('light-mvno-on-enabler');
    await page.getByLabel('Name').fill('light');
    await page.getByRole('button', { name: 'Create model' }).click();
    await page.getByTestId('problems').getByText('Valid model').waitFor(WAIT);

    // The Overview is the first tab: what the operator is, its layers, what to do first.
    await checkOverview(page, 'Light MVNO');
    await screenshotsAtBothSizes(page, 'overview');
    await checkAccessibility(page, 'Overview');
    await openTab(page, 'Scorecard');

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

    // Saving keeps the editor where it is: the same scroll, the cursor on the same line, and
    // long lines wrap, so nothing ever scrolls it sideways (after the error above neither).
    const scroller = page.locator('.cm-scroller');
    const where = () =>
      scroller.evaluate((s) => {
        const e = s as unknown as { scrollTop: number; scrollLeft: number };
        return { top: Math.round(e.scrollTop), left: e.scrollLeft };
      });
    const cursorLine = () => page.locator('.cm-activeLineGutter').first().textContent();
    const before = { scroll: await where(), line: await cursorLine() };
    expect(before.scroll.top).toBeGreaterThan(0);
    expect(before.scroll.left).toBe(0);
    await page.getByLabel('Message').fill('host contract not exclusive');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved version 2.').waitFor(WAIT);
    expect({ scroll: await where(), line: await cursorLine() }).toEqual(before);
    expect(await page.getByTestId('current-version').textContent()).toBe('version 2');
    await checkAccessibility(page, 'Scorecard');
    // The notice goes by itself (NOTICE_MS, 6 s).
    await page.getByTestId('toast').waitFor({ state: 'hidden', timeout: 15_000 });

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

    await openTab(page, 'Lock-in');
    await checkAccessibility(page, 'Lock-in');
    await page.screenshot({ path: join(ARTIFACTS, 'web-lockin.png') });

    await page.getByRole('tab', { name: 'Graph' }).click();
    await page.locator('.react-flow__node.graph-node--provider').first().waitFor(WAIT);
    // The report diagram's encoding: single points of failure outlined, groups framed, a legend.
    expect(await page.locator('.react-flow__node.graph-node--spof').count()).toBeGreaterThan(0);
    expect(await page.locator('.react-flow__node.graph-group').count()).toBeGreaterThan(0);
    await page.getByRole('list', { name: 'Legend of the graph' }).waitFor(WAIT);
    // Legible at first sight: the view opens at a zoom of at least MIN_ZOOM (0.75).
    // React Flow writes the view as "translate(…px, …px) scale(z)" on the viewport's style.
    const transform = await page
      .locator('.react-flow__viewport')
      .evaluate((v) => (v as unknown as { style: { transform: string } }).style.transform);
    const zoom = Number(/scale\(([\d.]+)\)/.exec(transform)?.[1]);
    expect(zoom).toBeGreaterThanOrEqual(0.75);
    await page.screenshot({ path: join(ARTIFACTS, 'web-graph.png') });
    await page.locator('.react-flow__node', { hasText: 'Lattice Connect UK' }).click();
    await page.getByTestId('blast-radius').waitFor(WAIT);
    await checkAccessibility(page, 'Graph');

    await page.getByRole('tab', { name: 'Stress test' }).click();
    await page.getByLabel('Trials').fill('5000');
    await page.getByRole('button', { name: 'Run stress test' }).click();
    await page.getByTestId('simulation-result').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('job-status').first().textContent()).toBe('succeeded');
    expect(await page.getByTestId('simulation-result').textContent()).toContain('5,000 trials');
    expect(await page.getByTestId('stress-stale').count()).toBe(0);
    // The loss in a year as the report draws it: the job's 40 bins and the risk lines.
    expect(await page.getByTestId('stress-histogram').locator('rect.histogram__bar').count()).toBe(
      40,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'web-stress.png') });
    await checkAccessibility(page, 'Stress test');

    await page.getByRole('tab', { name: 'Optimiser' }).click();
    await page.getByRole('button', { name: 'Find the front' }).click();
    await page.getByTestId('optimisation-result').waitFor({ timeout: 180_000 });
    expect(await page.locator('circle.point').count()).toBeGreaterThan(1);
    await page.getByTestId('local-point').waitFor(WAIT);
    await page.locator('circle.point').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Selected design' }).waitFor(WAIT);
    await page.screenshot({ path: join(ARTIFACTS, 'web-optimiser.png') });
    await checkAccessibility(page, 'Optimiser');

    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('button', { name: 'Compare versions 1 and 2' }).click();
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor(WAIT);
    expect(await comparison.textContent()).toContain('Network routes: dependency');
    expect(await comparison.textContent()).toMatch(/better/);
    expect(await page.getByTestId('comparison-heading').textContent()).toBe(
      'Version 1 against version 2',
    );
    await checkAccessibility(page, 'History');

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
    // The edit puts the stress test's and the optimiser's results out of date.
    await openTab(page, 'Stress test');
    await page.getByTestId('stress-stale').waitFor(WAIT);
    await openTab(page, 'Optimiser');
    await page.getByTestId('optimiser-stale').waitFor(WAIT);
    await page.screenshot({ path: join(ARTIFACTS, 'web-optimiser-stale.png') });
    await openTab(page, 'History');
    await page.getByRole('button', { name: 'Save' }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor(WAIT);
    expect(await conflict.textContent()).toContain('Version 3 was saved by alice');
    await page.getByRole('button', { name: 'Load version 3 (discard my edit)' }).click();
    await conflict.waitFor({ state: 'detached', ...WAIT });

    // The advisor's moves on version 3; the best saved as version 4, its patch applied.
    await page.getByRole('tab', { name: 'Advice' }).click();
    // The overview advised version 1 already: this is a new run, its button off while it runs
    // (and named "Advise" until the new result is in).
    const again = page.getByTestId('advice-panel').locator('button[type="submit"]');
    expect(await again.textContent()).toBe('Advise again');
    await again.click();
    await expect.poll(() => again.isDisabled(), WAIT).toBe(true);
    await expect.poll(() => again.isDisabled(), { timeout: 180_000 }).toBe(false);
    const advice = page.getByTestId('advice-result');
    await advice.waitFor({ timeout: 180_000 });
    expect(await page.getByTestId('advice-move').count()).toBe(5);
    expect(await page.getByTestId('advice-act-by').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^start by \d{4}-\d{2}-\d{2}$/)]),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'web-advice.png') });
    await checkAccessibility(page, 'Advice');
    await page.getByTestId('advice-save').first().click();
    await page.getByText('Saved the move as version 4').waitFor(WAIT);
    await page.getByTestId('advice-stale').waitFor(WAIT);
    expect(await page.getByTestId('current-version').textContent()).toBe('version 4');

    // Compare 3 and 4, then restore version 2: the comparison on screen goes, the notice and
    // the header name version 5, and the next comparison is of 4 and 5.
    await openTab(page, 'History');
    await page.getByRole('button', { name: 'Compare versions 3 and 4' }).click();
    await comparison.waitFor(WAIT);
    expect(await page.getByTestId('comparison-heading').textContent()).toBe(
      'Version 3 against version 4',
    );
    await page
      .getByRole('row', { name: /^2 alice/ })
      .getByRole('button', { name: 'Restore' })
      .click();
    await page.getByText('Restored version 2 as version 5.').waitFor(WAIT);
    await comparison.waitFor({ state: 'detached', ...WAIT });
    expect(await page.getByTestId('current-version').textContent()).toBe('version 5');
    await page.getByRole('button', { name: 'Compare versions 4 and 5' }).click();
    await comparison.waitFor(WAIT);
    expect(await page.getByTestId('comparison-heading').textContent()).toBe(
      'Version 4 against version 5',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'web-history-restored.png') });

    // The one request meant to fail, the conflicting save, is logged by the browser itself;
    // nothing else may be.
    expect(watched.errors).toEqual([
      'Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
    expect(watched.dialogs).toEqual([]);
    expect(violations).toEqual([]);
    console.info(`web e2e: ${((performance.now() - started) / 1000).toFixed(1)} s in the browser`);
  }, 600_000);

  it('shows a second example’s overview, and a read-only token’s page as read only', async () => {
    const watched: WatchedPage = await openWatched(browser, server.url);
    const { page } = watched;
    await page.setViewportSize(SIZES[0]);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: /demo/ }).click();
    await page.getByRole('combobox', { name: /^Start from/ }).selectOption('full-mvno-switchable');
    await page.getByLabel('Name').fill('full');
    await page.getByRole('button', { name: 'Create model' }).click();
    await page.getByTestId('problems').getByText('Valid model').waitFor(WAIT);
    await checkOverview(page, 'Full MVNO');
    await screenshotsAtBothSizes(page, 'overview-full');
    const modelPath = new URL(page.url()).pathname;

    // A token that can only read the workspace: the same model, nothing it could not do.
    let stdout = '';
    const code = await run(
      [
        'token',
        'create',
        '--data-dir',
        app.dir,
        '--workspace',
        'demo',
        '--role',
        'read',
        '--name',
        'bob',
      ],
      { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => {} } },
    );
    expect(code).toBe(0);
    const reader = /mvs_\S+/.exec(stdout)?.[0] ?? '';
    const readOnly = await openWatched(browser, server.url);
    const view = readOnly.page;
    await view.setViewportSize(SIZES[0]);
    await view.getByLabel('Token').fill(reader);
    await view.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => view.getByTestId('who').textContent(), WAIT).toBe('bob');
    await view.goto(`${server.url}${modelPath}`);
    await view.getByTestId('read-only-badge').waitFor(WAIT);
    const content = view.locator('.cm-content');
    expect(await content.getAttribute('aria-readonly')).toBe('true');
    const before = await content.textContent();
    await content.click();
    await view.keyboard.type('xyz');
    expect(await content.textContent()).toBe(before);
    const save = view.getByRole('button', { name: 'Save' });
    expect(await save.isDisabled()).toBe(true);
    expect(await save.getAttribute('aria-describedby')).toBe('read-only-explained');
    // Write-only actions are disabled and say why, before anyone presses them.
    const advise = view.getByTestId('overview').getByRole('button', { name: 'Run the advice' });
    expect(await advise.isDisabled()).toBe(true);
    for (const [tab, button] of [
      ['Stress test', 'Run stress test'],
      ['Optimiser', 'Find the front'],
      ['Advice', 'Advise'],
    ] as const) {
      await openTab(view, tab);
      const action = view.getByRole('button', { name: button, exact: true });
      expect(await action.isDisabled(), button).toBe(true);
      const note = await action.getAttribute('aria-describedby');
      expect(note, button).not.toBeNull();
      const explained = view.locator(`[id="${note}"]`);
      expect(await explained.isVisible(), button).toBe(true);
      expect(await explained.textContent(), button).toContain('can only read');
    }
    await openTab(view, 'History');
    expect(
      await view
        .getByRole('button', { name: 'Restore' })
        .evaluateAll((b) => b.every((e) => (e as unknown as { disabled: boolean }).disabled)),
    ).toBe(true);
    await openTab(view, 'Overview');
    await view.screenshot({ path: join(ARTIFACTS, 'web-read-only-1440.png') });
    await checkAccessibility(view, 'Read-only overview');
    // Dark mode follows the system's choice, its contrast checked by axe as the light one.
    await view.emulateMedia({ colorScheme: 'dark' });
    expect(await view.evaluate('getComputedStyle(document.body).backgroundColor')).toBe(
      'rgb(20, 24, 31)',
    );
    await view.screenshot({ path: join(ARTIFACTS, 'web-overview-dark-1440.png') });
    await checkAccessibility(view, 'Overview, dark');
    await openTab(view, 'Scorecard');
    await checkAccessibility(view, 'Scorecard, dark');
    await view.screenshot({ path: join(ARTIFACTS, 'web-scorecard-dark-1440.png') });
    expect(readOnly.errors).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(violations).toEqual([]);
  }, 600_000);
});
