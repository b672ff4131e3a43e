/**
 * The guided start end to end, in headless Chromium against the real server (issue 20's last
 * must-show): a model made from the questionnaire, one from an uploaded model file, and sources
 * imported in the browser by the shared importers — a CycloneDX SaaSBOM and an XLSX supplier
 * register written by `mvnoscope register` (exceljs's browser build, loaded only then). Each
 * opens in the editor as a valid model. axe-core finds no serious or critical violation in the
 * panel; any console error fails the test. Screenshots go to test-artifacts/ (web-new-model-*).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { openWatched } from '../report/browser.js';
import { EXAMPLES_DIR } from '../support/load.js';
import { axeViolations } from './page-checks.js';
import { ARTIFACTS, startWebApp, type WebAppUnderTest } from './web-app-server.js';

const WAIT = { timeout: 30_000 };
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'research');

let app: WebAppUnderTest;

beforeAll(async () => {
  app = await startWebApp('mvnoscope-web-new-');
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** Back to the workspace's models, where the New model panel is. */
async function openWorkspace(page: Page) {
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'demo' })
    .click();
  await page.getByRole('heading', { name: 'New model' }).waitFor(WAIT);
}

/** Creates the model and waits until its editor says it is valid; returns the problems line. */
async function createAndOpen(page: Page, name: string): Promise<string> {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Create model' }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor(WAIT);
  const problems = page.getByTestId('problems');
  await problems.getByText(/^Valid model/).waitFor(WAIT);
  return (await problems.textContent()) ?? '';
}

/** The text of the workspace's model called `name`, through the API. */
async function modelText(name: string): Promise<string> {
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${app.server.url}/api${path}`, {
      headers: { authorization: `Bearer ${app.token}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  const { workspaces } = await get<{ workspaces: { id: string; name: string }[] }>('/me');
  const workspace = workspaces.find((w) => w.name === 'demo')?.id ?? '';
  const { models } = await get<{ models: { id: string; name: string }[] }>(
    `/workspaces/${workspace}/models`,
  );
  const model = models.find((m) => m.name === name);
  expect(model, name).toBeDefined();
  const { version } = await get<{ version: { text: string } }>(
    `/workspaces/${workspace}/models/${model?.id}`,
  );
  return version.text;
}

describe('the guided start in the web app', () => {
  it('creates models from the questionnaire, an uploaded model file and imported sources', async () => {
    const watched = await openWatched(app.browser, app.server.url);
    const { page } = watched;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByLabel('Token').fill(app.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: /demo/ }).click();

    // The blank starter first, the archetypes described in one line each.
    const startFrom = page.getByRole('combobox', { name: /^Start from/ });
    await expect.poll(() => startFrom.locator('option').count(), WAIT).toBe(10);
    expect(await startFrom.inputValue()).toBe('starter');
    expect(await startFrom.locator('option').nth(1).textContent()).toMatch(
      /^branded-reseller-single-host: F1: branded reseller/,
    );

    // The questionnaire: two hosts, no enabler, own IMSIs and keys, SaaS billing, AI.
    await page.getByRole('tab', { name: 'Questionnaire' }).click();
    const form = page.getByTestId('questionnaire');
    await form.getByLabel('two (one active, one standby)').check();
    await form.getByLabel('no, we contract the host directly').check();
    await form.getByLabel('we do (our own MNC)').check();
    await form.getByLabel('we do (our own HSS/AuC)').check();
    expect(
      await form
        .getByRole('group', { name: 'Who runs billing?' })
        .getByLabel(/^the enabler/)
        .isDisabled(),
    ).toBe(true);
    await form.getByLabel('a customer-care assistant').check();
    await page.getByLabel('Name', { exact: true }).fill('Wren Mobile');
    await page.screenshot({
      path: join(ARTIFACTS, 'web-new-model-questionnaire.png'),
      fullPage: true,
    });
    const violations = (await axeViolations(page)).map((v) => `questionnaire: ${v}`);
    const fromAnswers = await createAndOpen(page, 'Wren Mobile');
    // Its placeholders are warnings, listed with their lines.
    expect(fromAnswers).toMatch(/^Valid model, \d+ warnings/);
    expect(await modelText('Wren Mobile')).toContain('imsi_issuers: [wren-mobile]');
    await page.screenshot({ path: join(ARTIFACTS, 'web-new-model-from-questionnaire.png') });

    // An uploaded model file, as it is.
    await openWorkspace(page);
    await page.getByRole('tab', { name: 'Upload or import a file' }).click();
    await page.getByLabel('File').setInputFiles(join(EXAMPLES_DIR, 'hybrid-cable-mvno.yaml'));
    await page.getByTestId('chosen-file').waitFor(WAIT);
    expect(await page.getByLabel('Format').inputValue()).toBe('model');
    await page.screenshot({ path: join(ARTIFACTS, 'web-new-model-upload.png'), fullPage: true });
    violations.push(...(await axeViolations(page)).map((v) => `upload: ${v}`));
    await createAndOpen(page, 'cable upload');
    expect(await modelText('cable upload')).toBe(
      await readFile(join(EXAMPLES_DIR, 'hybrid-cable-mvno.yaml'), 'utf8'),
    );

    // A CycloneDX SaaSBOM, imported in the browser.
    await openWorkspace(page);
    await page.getByRole('tab', { name: 'Upload or import a file' }).click();
    await page
      .getByLabel('File')
      .setInputFiles(
        join(FIXTURES, 'cyclonedx/saasbom-apigateway-microservices-datastores/bom.json'),
      );
    await page.getByTestId('chosen-file').waitFor(WAIT);
    expect(await page.getByLabel('Format').inputValue()).toBe('cyclonedx');
    await createAndOpen(page, 'saasbom');
    expect(await modelText('saasbom')).toMatch(/# TODO/);

    // An XLSX supplier register, read by exceljs in the browser.
    const xlsx = join(app.dir, 'suppliers.xlsx');
    let stderr = '';
    const code = await run(
      ['register', join(EXAMPLES_DIR, 'light-mvno-on-enabler.yaml'), '-o', xlsx],
      {
        stdout: { write: () => {} },
        stderr: { write: (t: string) => (stderr += t) },
      },
    );
    expect(code, stderr).toBe(0);
    await openWorkspace(page);
    await page.getByRole('tab', { name: 'Upload or import a file' }).click();
    await page.getByLabel('File').setInputFiles(xlsx);
    await page.getByTestId('chosen-file').waitFor(WAIT);
    expect(await page.getByLabel('Format').inputValue()).toBe('register');
    await createAndOpen(page, 'register xlsx');
    expect(await modelText('register xlsx')).toContain('id: lattice-mvne');
    await page.screenshot({ path: join(ARTIFACTS, 'web-new-model-from-register.png') });

    expect(violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.dialogs).toEqual([]);
  }, 600_000);
});
