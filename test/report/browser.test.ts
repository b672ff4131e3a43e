/**
 * The HTML report of every shipped example, opened in headless Chromium: it renders (every
 * section, every chart and the diagram drawn), makes no request but for the page itself, logs
 * no error, and prints without the contents box; its executive page prints on one A4 page
 * (Chromium's PDF of that page alone); axe-core finds no serious or critical violation in
 * light or dark mode. Screenshots are kept in test-artifacts/.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { EXAMPLES_DIR, exampleFiles, loadOk, readExample } from '../support/load.js';
import { axeViolations, seriousOrCritical } from './axe.js';
import { launchBrowser, openWatched } from './browser.js';
import { executivePdf, pdfPageCount } from './print-pages.js';

const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
const SCREENSHOT_OF = 'light-mvno-on-enabler.yaml';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'mvnoscope-report-'));
  await mkdir(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

async function reportFile(example: string): Promise<string> {
  const output = join(dir, example.replace(/\.yaml$/, '.html'));
  let stderr = '';
  const code = await run(['report', join(EXAMPLES_DIR, example), '-o', output], {
    stdout: { write: () => true },
    stderr: { write: (text: string) => (stderr += text) },
  });
  expect(code, stderr).toBe(0);
  return output;
}

const SECTIONS = [
  'at-a-glance',
  'summary',
  'scorecard',
  'dependencies',
  'concentration',
  'findings',
  'lockin',
  'leverage',
  'stress',
  'assumptions',
];
const CHARTS = [
  'figure-layer-stack',
  'figure-scorecard',
  'figure-dependency-diagram',
  'figure-spend-concentration',
  'figure-lockin-curves',
  'figure-option-values',
  'figure-stress-distribution',
];

describe.each(exampleFiles())('the HTML report of %s', (example) => {
  it('renders every section and drawing, offline, with no error', async () => {
    const output = await reportFile(example);
    const url = pathToFileURL(output).href;
    const { page, requests, errors, dialogs } = await openWatched(browser, url);
    try {
      const hasDesignSpace = loadOk(readExample(example)).model.design_space !== undefined;
      const name = loadOk(readExample(example)).model.operator.name;
      expect(await page.locator('h1').textContent()).toContain(name);
      for (const id of [...SECTIONS, ...(hasDesignSpace ? ['design-space'] : [])])
        expect(await page.locator(`section#${id} h2`).isVisible(), id).toBe(true);
      for (const id of [...CHARTS, ...(hasDesignSpace ? ['figure-pareto-front'] : [])]) {
        const box = await page.locator(`#${id} .drawing svg`).boundingBox();
        expect(box?.width ?? 0, id).toBeGreaterThan(200);
        expect(box?.height ?? 0, id).toBeGreaterThan(100);
      }
      // The diagram names the operator, and every figure says what it assumes.
      expect(await page.locator('#figure-dependency-diagram .drawing svg').textContent()).toContain(
        name,
      );
      // Its legend beside it, and none of Graphviz's generated titles (c0, p6) as tooltips.
      expect(await page.locator('#figure-dependency-diagram ul.legend li').count()).toBe(6);
      expect(await page.locator('#figure-dependency-diagram svg title').count()).toBe(0);
      const figures = await page.locator('figure.figure').count();
      expect(await page.locator('figure.figure .assumptions li').count()).toBeGreaterThan(figures);
      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      if (example === SCREENSHOT_OF) {
        await page.screenshot({ path: join(ARTIFACTS, 'report-light-mvno.png') });
        await page.screenshot({
          path: join(ARTIFACTS, 'report-light-mvno-full.png'),
          fullPage: true,
        });
      }
      expect(await page.locator('main section').count()).toBeGreaterThan(SECTIONS.length - 1);
      // The executive page: first, and one A4 page when printed by itself.
      expect(await page.locator('main > section').first().getAttribute('id')).toBe('at-a-glance');
      expect(pdfPageCount(await executivePdf(page))).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav.toc').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
    // A full report (20,000 trials, the front) on a loaded machine, then a PDF.
  }, 180_000);

  it('has no serious or critical accessibility violation, in light or dark mode', async () => {
    const made = join(dir, example.replace(/\.yaml$/, '.html'));
    const output = existsSync(made) ? made : await reportFile(example);
    // axe is a script: the page's Content-Security-Policy, which forbids every script, is lifted.
    const context = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 1200, height: 1600 },
    });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(output).href, { waitUntil: 'load' });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const violations = seriousOrCritical(await axeViolations(page));
        expect(violations, `${colorScheme}: ${JSON.stringify(violations)}`).toEqual([]);
        if (example === SCREENSHOT_OF && colorScheme === 'dark')
          await page.screenshot({ path: join(ARTIFACTS, 'report-light-mvno-dark.png') });
      }
    } finally {
      await context.close();
    }
  }, 120_000);
});
