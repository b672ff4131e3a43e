/**
 * The HTML report of every shipped example, opened in headless Chromium: it renders (every
 * section, every chart and the diagram drawn), makes no request but for the page itself, logs
 * no error, and prints without the contents box. A screenshot is kept in test-artifacts/.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { EXAMPLES_DIR, exampleFiles, loadOk, readExample } from '../support/load.js';
import { launchBrowser, openWatched } from './browser.js';

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
      expect(await page.locator('#figure-dependency-diagram svg').textContent()).toContain(name);
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
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav.toc').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });
});
