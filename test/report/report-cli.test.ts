import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { EXAMPLES_DIR, MINIMAL } from '../support/load.js';

let dir: string;
let minimal: string;
const LIGHT = join(EXAMPLES_DIR, 'light-mvno-on-enabler.yaml');
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mvnoscope-report-cli-'));
  minimal = join(dir, 'minimal.yaml');
  await writeFile(minimal, MINIMAL);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mvnoscope report', () => {
  it('writes HTML to a .html file and Markdown to a .md file', async () => {
    const html = join(dir, 'report.html');
    const md = join(dir, 'report.md');
    const first = await cli('report', LIGHT, '-o', html);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('');
    expect(await readFile(html, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<svg[\s\S]*<\/html>\n$/);
    const second = await cli('report', LIGHT, '-o', md, '--no-pareto');
    expect(second.code, second.stderr).toBe(0);
    const markdown = await readFile(md, 'utf8');
    expect(markdown).toMatch(/^# Kestrel Mobile: Light MVNO/);
    expect(markdown).toContain('```mermaid\nflowchart LR\n');
    expect(markdown).toContain('## Stress test');
    expect(markdown).toContain(
      'it was not optimised for this report: the report was made with --no-pareto',
    );
  });

  it('writes HTML to standard output without -o, and Markdown when --format says so', async () => {
    const html = await cli('report', minimal);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    const markdown = await cli('report', minimal, '--format', 'markdown');
    expect(markdown.stdout).toMatch(/^# Op: /);
    expect(markdown.stdout).not.toContain('## Design space');
  });

  it('states the trial count and seed it was given, and gives the same report for the same seed', async () => {
    const withSeed = (seed: string) =>
      cli('report', minimal, '--format', 'markdown', '--trials', '500', '--seed', seed);
    const once = await withSeed('3');
    const again = await withSeed('3');
    const other = await withSeed('4');
    expect(once.stdout).toContain('500 trials of one year each, seed 3');
    expect(again.stdout).toBe(once.stdout);
    expect(other.stdout).not.toBe(once.stdout);
  });

  it.each([
    [
      ['-o', 'report.txt'],
      /cannot tell the format from the file name .*report\.txt\nhint: name it \.html, \.htm, \.md, \.markdown, or give --format\n$/,
    ],
    [
      ['-o', join('no-such-folder', 'r.html')],
      /the folder .*no-such-folder does not exist\nhint: create the folder first/,
    ],
    [['--json'], /the report is HTML or Markdown\nhint: for JSON, run mvnoscope analyze --json/],
    [['--format', 'pdf'], /argument 'pdf' is invalid. Allowed choices are html, markdown/],
    [['--trials', '0'], /expected a whole number of at least 1, found "0"/],
    [['--trials', '2000000'], /at most 1,000,000 trials in a report/],
  ])('refuses %j with a clear message and exit code 2', async (args, message) => {
    const before = await readdir(dir);
    const out = await cli(
      'report',
      minimal,
      ...args.map((a) => (a.endsWith('.txt') || a.includes('no-such') ? join(dir, a) : a)),
    );
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(dir)).toEqual(before);
  });

  it('refuses a folder as the output file', async () => {
    const folder = join(dir, 'a-folder.html');
    await mkdir(folder);
    const out = await cli('report', minimal, '-o', folder);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/is a folder\nhint: give a file name/);
  });

  it('reports an invalid model at its line and writes nothing', async () => {
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, MINIMAL.replace('group: host-group', 'group: host-grop'));
    const output = join(dir, 'bad.html');
    const out = await cli('report', bad, '-o', output);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`${bad}:21:12 error`);
    await expect(readFile(output)).rejects.toThrow(/ENOENT/);
  });
});

describe('mvnoscope export', () => {
  it('writes Mermaid by default and DOT for --format dot or a .dot file', async () => {
    const mermaid = await cli('export', minimal);
    expect(mermaid.code, mermaid.stderr).toBe(0);
    expect(mermaid.stdout).toMatch(/^flowchart LR\n/);
    const dot = await cli('export', minimal, '--format', 'dot');
    expect(dot.stdout).toMatch(/^digraph dependencies \{\n/);
    const file = join(dir, 'stack.dot');
    expect((await cli('export', minimal, '-o', file)).code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(dot.stdout);
    const gv = join(dir, 'stack.gv');
    await cli('export', minimal, '-o', gv);
    expect(await readFile(gv, 'utf8')).toBe(dot.stdout);
  });

  it('refuses a file name that names no format', async () => {
    const out = await cli('export', minimal, '-o', join(dir, 'stack.svg'));
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/hint: name it \.mmd, \.mermaid, \.dot, \.gv, or give --format/);
  });
});
