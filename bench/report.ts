/**
 * The report benchmark: how long `mvnoscope report` takes and how large its HTML page is, for
 * every shipped example, through the compiled CLI in a fresh process each run, as a user runs
 * it (startup, analysis, the stress test, the front on its worker, Graphviz and Vega). The
 * largest example by file size is run three times and its median kept. Goal (issue 8): under
 * 2 s and under 2 MB.
 *
 * Each run also times the command's own work, from the call into the CLI to the file written,
 * so that the startup every command pays (loading the modules of all commands) can be told
 * apart from the report's work.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { launchBrowser } from '../test/report/browser.js';
import { EXAMPLES_DIR, exampleFiles } from '../test/support/load.js';
import { row, TIMED_CLI_RUN } from './measure.js';

const execFileAsync = promisify(execFile);
const GOAL_SECONDS = 2;
const GOAL_BYTES = 2 * 1024 * 1024;

interface Timing {
  readonly total: number;
  readonly startup: number;
  readonly work: number;
}

/** `script` is TIMED_CLI_RUN in a file: run from a file, not --eval, so workers start as in the CLI. */
async function timedReport(script: string, model: string, output: string): Promise<Timing> {
  const start = performance.now();
  const { stdout } = await execFileAsync(process.execPath, [script, 'report', model, '-o', output]);
  const total = (performance.now() - start) / 1000;
  return { total, ...(JSON.parse(stdout) as { startup: number; work: number }) };
}

/** From navigation start to the end of the load event, for a report opened from disk. */
async function browserLoadSeconds(file: string): Promise<number> {
  const browser = await launchBrowser();
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      // Evaluated in the page, where the DOM's navigation timing exists (this project's types
      // are Node's, hence the expression as text).
      const loadEnd = await page.evaluate(
        "performance.getEntriesByType('navigation')[0].loadEventEnd",
      );
      times.push(Number(loadEnd) / 1000);
      await page.close();
    }
    return times.sort((a, b) => a - b)[1] ?? Number.NaN;
  } finally {
    await browser.close();
  }
}

export async function reportBench(): Promise<void> {
  console.log(
    '\nHTML report (compiled CLI, a fresh process per report; goal < 2 s and < 2 MB in all)',
  );
  const dir = await mkdtemp(join(tmpdir(), 'mvnoscope-bench-report-'));
  const script = join(dir, 'timed-run.mjs');
  await writeFile(script, TIMED_CLI_RUN);
  try {
    const widths = [52, 10, 9, 9, 9, 9, 6];
    console.log(
      row(['example', 'model (KB)', 'total (s)', 'modules', 'report', 'HTML (KB)', 'goal'], widths),
    );
    const sizes = await Promise.all(
      exampleFiles().map(async (name) => ({
        name,
        bytes: (await stat(join(EXAMPLES_DIR, name))).size,
      })),
    );
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    for (const { name, bytes } of sizes) {
      const output = join(dir, name.replace(/\.yaml$/, '.html'));
      const runs = name === largest.name ? 3 : 1;
      const timings: Timing[] = [];
      for (let i = 0; i < runs; i++)
        timings.push(await timedReport(script, join(EXAMPLES_DIR, name), output));
      timings.sort((a, b) => a.total - b.total);
      const median = timings[Math.floor(timings.length / 2)] as Timing;
      const html = (await stat(output)).size;
      const met = median.total < GOAL_SECONDS && html < GOAL_BYTES;
      console.log(
        row(
          [
            name === largest.name ? `${name} (largest, median of 3)` : name,
            (bytes / 1024).toFixed(1),
            median.total.toFixed(2),
            median.startup.toFixed(2),
            median.work.toFixed(2),
            (html / 1024).toFixed(0),
            met ? 'met' : 'MISSED',
          ],
          widths,
        ),
      );
    }
    console.log(
      '  total: the whole process; modules: loading the CLI (every command); report: the command itself',
    );
    const page = join(dir, largest.name.replace(/\.yaml$/, '.html'));
    console.log(
      `  ${largest.name} opened in headless Chromium: loaded and laid out in ${(await browserLoadSeconds(page)).toFixed(2)} s (median of 3)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
