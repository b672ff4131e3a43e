/**
 * Checks the end-to-end tests run on the app's page: axe-core's accessibility rules (serious
 * and critical violations, each with where it is) and the layout of the workspace's one-line
 * bars (the tabs and the header), measured in the browser.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

/**
 * axe-core's serious and critical violations on the page as it is, one line each: rule, what
 * it says, the first elements it names. Evaluated through the DevTools protocol, which the
 * app's content security policy (script-src 'self') does not apply to.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(await axeSource);
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('; ')}`,
    );
}

export interface BarLayout {
  /** Lines the bar's items take: 1 when they sit on one line. */
  readonly lines: number;
  /** Pixels of the bar's content beyond its width (hidden or scrolled): 0 when it fits. */
  readonly overflow: number;
}

/** How the items matched by `items` sit inside the element matched by `bar`. */
export function barLayout(page: Page, bar: string, items: string): Promise<BarLayout> {
  return page.locator(bar).evaluate((element, selector) => {
    // Items of different heights centred on one line have different tops: a new line starts
    // only where an item begins below the bottom of every item before it.
    const boxes = [...element.querySelectorAll(selector)]
      .filter((e) => (e as unknown as { offsetParent: unknown }).offsetParent !== null)
      .map((e) => e.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    let lines = 0;
    let bottom = Number.NEGATIVE_INFINITY;
    for (const box of boxes) {
      if (box.top >= bottom - 1) lines += 1;
      bottom = Math.max(bottom, box.bottom);
    }
    return {
      lines,
      overflow: Math.max(0, element.scrollWidth - element.clientWidth),
    };
  }, items);
}
