/**
 * The Sensitivity tab end to end, in headless Chromium against the real server: a model made
 * from a shipped example, the tab opened, the core run in the browser on the tab's own worker,
 * the tornado and its table drawn, another figure picked, and a text edit followed by a new run.
 * Any console error fails the test. A screenshot goes to test-artifacts/.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWatched } from '../report/browser.js';
import { ARTIFACTS, startWebApp, type WebAppUnderTest } from './web-app-server.js';

/** Generous: the run takes seconds in a browser on a loaded machine. */
const WAIT = { timeout: 60_000 };

let app: WebAppUnderTest;
let server: WebAppUnderTest['server'];
let browser: WebAppUnderTest['browser'];
let token: string;

beforeAll(async () => {
  app = await startWebApp('mvnoscope-web-sensitivity-');
  ({ server, browser, token } = app);
}, 180_000);

afterAll(async () => {
  await app?.close();
});

describe('the Sensitivity tab', () => {
  it('runs the tornadoes in the browser, draws them, and runs again after an edit', async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    await page.setViewportSize({ width: 1440, height: 1100 });
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: /demo/ }).click();
    await page.getByRole('combobox', { name: /^Start from/ }).selectOption('light-mvno-on-enabler');
    await page.getByLabel('Name').fill('light');
    await page.getByRole('button', { name: 'Create model' }).click();
    await page.getByTestId('problems').getByText('Valid model').waitFor(WAIT);

    await page.getByRole('tab', { name: 'Sensitivity' }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByText(/^Computed in \d+(\.\d)? s\.$/).waitFor(WAIT);
    const tornado = panel.getByRole('img', { name: /^Tornado of / });
    await tornado.waitFor(WAIT);
    expect(
      await panel.getByRole('combobox', { name: 'Figure' }).locator('option').count(),
    ).toBeGreaterThan(10);
    const table = panel.getByRole('table', { name: /the parameters that move it/ });
    expect(await table.getByRole('row').count()).toBeGreaterThan(2);

    await panel.getByRole('combobox', { name: 'Figure' }).selectOption('exit_cost/pennine-telecom');
    await panel
      .getByRole('img', { name: 'Tornado of Exit cost today: pennine-telecom' })
      .waitFor(WAIT);
    // Its table names the parameters that move it, one a row (which ones is lock-in's to say).
    const names = await panel
      .getByRole('table', { name: /^Exit cost today: pennine-telecom/ })
      .getByRole('rowheader')
      .allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
    await page.screenshot({ path: join(ARTIFACTS, 'web-sensitivity.png') });
    expect(await panel.getByRole('heading', { name: 'Flip points' }).count()).toBe(1);

    // An edit: the tab runs again on the new text once typing rests.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\neconomics:\n  swap_attrition: 0.2\n');
    await page.getByTestId('problems').getByText('Valid model').waitFor(WAIT);
    await panel.getByText('Varying every parameter between its low and high value…').waitFor(WAIT);
    await panel.getByText(/^Computed in /).waitFor(WAIT);
    await panel.getByText('The ranges and why (22 parameters)').click();
    await panel.getByRole('rowheader', { name: 'economics.swap_attrition' }).waitFor(WAIT);
    expect(
      await panel
        .getByRole('row', { name: /economics\.swap_attrition/ })
        .getByRole('cell')
        .first()
        .textContent(),
    ).toBe('20% (model)');
    expect(watched.errors).toEqual([]);
  }, 240_000);
});
