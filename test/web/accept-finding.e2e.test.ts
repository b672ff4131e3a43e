/**
 * Accepting a finding in the web app, end to end in headless Chromium against the real server
 * (startWebApp: SQLite, a token for workspace `demo`): open a finding's group on the Scorecard tab,
 * "Accept…", the dialog's form (expiry a year ahead by default) with a reason holding markup,
 * and the new version: the header and the notice name it, its text (read back over the API)
 * holds the suppression, the finding shows accepted with the reason as text (nothing of it
 * run as markup), its Accept… gone, History lists the version's message; a second finding
 * accepted from the Overview's top risks, with its own expiry. An unsaved edit and a
 * read-only token disable Accept… with the reason beside it. Screenshots of the dialog at
 * 1440×900 and 1280×720 go to test-artifacts/; axe-core finds no serious or critical
 * violation on the open dialog; any console error fails the test.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli/main.js';
import { addMonths } from '../../src/model/calendar.js';
import { openWatched, type WatchedPage } from '../report/browser.js';
import { axeViolations } from './page-checks.js';
import { ARTIFACTS, startWebApp, type WebAppUnderTest } from './web-app-server.js';

const WAIT = { timeout: 30_000 };
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;
/** An open finding of the example, and its title. */
const FINDING = 'sec-weak-auth-on-identity-link/a2p-sms';
const REASON = '<img src=x onerror=alert(1)> SMS aggregator moves to mTLS in Q3 & "RISK-12"';

let app: WebAppUnderTest;

beforeAll(async () => {
  app = await startWebApp('mvnoscope-accept-');
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function signIn(page: Page, token: string) {
  await page.setViewportSize(SIZES[0]);
  await page.getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The finding's instance on the Scorecard tab, its group opened. */
async function openFinding(page: Page, id: string) {
  const item = page.locator(`li.finding__instance[data-finding="${id}"]`);
  const group = page.locator('li.finding', { has: item });
  await group.waitFor(WAIT);
  if ((await group.locator('details').getAttribute('open')) === null)
    await group.locator('summary').click();
  return item;
}

describe('accepting a finding in the web app', () => {
  it('writes the acceptance as a new version and shows the finding accepted', async () => {
    const watched: WatchedPage = await openWatched(app.browser, app.server.url);
    const { page } = watched;
    await signIn(page, app.token);
    await page.getByRole('link', { name: /demo/ }).click();
    await page.getByRole('combobox', { name: /^Start from/ }).selectOption('light-mvno-on-enabler');
    await page.getByLabel('Name').fill('accept');
    await page.getByRole('button', { name: 'Create model' }).click();
    await page.getByTestId('problems').getByText('Valid model').waitFor(WAIT);
    await page.getByRole('tab', { name: 'Scorecard' }).click();

    // An unsaved edit: the acceptance would go into the saved text, so it waits.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\n# a note');
    let item = await openFinding(page, FINDING);
    const acceptButton = item.getByRole('button', { name: 'Accept…' });
    await expect.poll(() => acceptButton.isDisabled(), WAIT).toBe(true);
    const note = page.getByTestId('accept-blocked');
    expect(await note.textContent()).toContain('Save or undo your edit first');
    expect(await acceptButton.getAttribute('aria-describedby')).toBe(await note.getAttribute('id'));
    await page.keyboard.press('Control+z');
    await expect.poll(() => acceptButton.isDisabled(), WAIT).toBe(false);

    await acceptButton.click();
    const dialog = page.getByRole('dialog', { name: 'Accept this finding' });
    await dialog.waitFor(WAIT);
    const today = new Date().toISOString().slice(0, 10);
    expect(await dialog.getByLabel('Expires').inputValue()).toBe(addMonths(today, 12));
    await dialog.getByLabel('Reason').fill(REASON);
    await dialog.getByLabel('Owner').fill('Head of Security');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({ path: join(ARTIFACTS, `web-accept-dialog-${size.width}.png`) });
    }
    await page.setViewportSize(SIZES[0]);
    expect(await axeViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Accept and save a new version' }).click();
    await dialog.waitFor({ state: 'detached', ...WAIT });
    await page.getByText(/^Accepted “.+” on a2p-sms as version 2\.$/).waitFor(WAIT);
    expect(await page.getByTestId('current-version').textContent()).toBe('version 2');

    // The new version's text holds the suppression, written by the server.
    const modelPath = new URL(page.url()).pathname;
    const latest = await fetch(`${app.server.url}/api${modelPath}`, {
      headers: { authorization: `Bearer ${app.token}` },
    });
    const { version } = (await latest.json()) as { version: { version: number; text: string } };
    expect(version.version).toBe(2);
    expect(parse(version.text).suppressions).toEqual([
      {
        finding: FINDING,
        reason: REASON,
        owner: 'Head of Security',
        expires: addMonths(today, 12),
        accepted_on: today,
      },
    ]);
    // The editor holds that text (its end shown to read it), and the finding is re-assessed
    // from it: accepted.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await expect
      .poll(() => page.locator('.cm-content').textContent(), WAIT)
      .toContain(`accepted_on: ${today}`);
    item = await openFinding(page, FINDING);
    await item.locator('.badge', { hasText: 'accepted' }).waitFor(WAIT);
    // Its group (the rule's three links) says one of them is accepted.
    expect(
      await page
        .locator('li.finding[data-rule="sec-weak-auth-on-identity-link"] summary')
        .textContent(),
    ).toBe(
      'API key or no authentication on a link carrying subscriber identity or keys (3)1 of 3 accepted',
    );
    const acceptance = item.getByTestId('finding-acceptance');
    expect(await acceptance.textContent()).toBe(
      `Accepted by Head of Security until ${addMonths(today, 12)}: ${REASON}`,
    );
    expect(await acceptance.locator('img').count()).toBe(0);
    expect(await item.getByRole('button', { name: 'Accept…' }).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'web-accepted-1440.png') });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'History' }).click();
    await page
      .getByRole('cell', { name: `Accepted sec-weak-auth-on-identity-link on a2p-sms: ${REASON}` })
      .waitFor(WAIT);

    // The Overview's top risks: the five most severe open groups, accepted from there too.
    await page.getByRole('tab', { name: 'Overview' }).click();
    const risks = page.getByTestId('top-risks');
    await risks.waitFor(WAIT);
    const groups = risks.locator('li.finding');
    expect(await groups.count()).toBe(5);
    await groups.first().locator('summary').click();
    const first = groups.first().locator('li.finding__instance', {
      has: page.getByRole('button', { name: 'Accept…' }),
    });
    const second = (await first.first().getAttribute('data-finding')) ?? '';
    await first.first().getByRole('button', { name: 'Accept…' }).click();
    await dialog.waitFor(WAIT);
    await dialog.getByLabel('Reason').fill('compensating control: IP allow-list');
    await dialog.getByLabel('Owner').fill('CTO');
    await dialog.getByLabel('Expires').fill(addMonths(today, 6));
    await page.screenshot({ path: join(ARTIFACTS, 'web-accept-top-risk-1440.png') });
    await dialog.getByRole('button', { name: 'Accept and save a new version' }).click();
    await dialog.waitFor({ state: 'detached', ...WAIT });
    await page.getByText(/ as version 3\.$/).waitFor(WAIT);
    await expect
      .poll(() => risks.locator(`li.finding__instance[data-finding="${second}"] .badge`).count())
      .toBe(1);

    expect(watched.errors).toEqual([]);
    expect(watched.dialogs).toEqual([]);

    // A read-only token sees the finding with Accept… off, and why.
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
        'rita',
      ],
      { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => {} } },
    );
    expect(code).toBe(0);
    const readOnly = await openWatched(app.browser, app.server.url);
    const view = readOnly.page;
    await signIn(view, /mvs_\S+/.exec(stdout)?.[0] ?? '');
    await view.getByTestId('who').waitFor(WAIT);
    await view.goto(`${app.server.url}${modelPath}`);
    await view.getByTestId('read-only-badge').waitFor(WAIT);
    await view.getByRole('tab', { name: 'Scorecard' }).click();
    const open = await openFinding(view, 'sec-weak-auth-on-identity-link/crm-to-bss');
    const disabled = open.getByRole('button', { name: 'Accept…' });
    expect(await disabled.isDisabled()).toBe(true);
    const why = view.locator(`[id="${await disabled.getAttribute('aria-describedby')}"]`);
    expect(await why.isVisible()).toBe(true);
    expect(await why.textContent()).toContain('can only read');
    await view.screenshot({ path: join(ARTIFACTS, 'web-accept-read-only-1440.png') });
    expect(await axeViolations(view)).toEqual([]);
    expect(readOnly.errors).toEqual([]);
  }, 300_000);
});
