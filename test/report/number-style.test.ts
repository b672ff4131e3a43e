/**
 * What people read, for every shipped example: the terminal text of `analyze`, `lockin` and
 * `advise`, and the Markdown and HTML of `report`, given the example by its absolute path. None
 * of it may show scientific notation ("5.00e-4"), a negative zero ("-0", "-£0", "-0 GBP"), a
 * "(s)" plural, or the absolute path of the file (a report names its model by base name).
 * The HTML is read as a reader sees it: its text, with markup, styles and drawing coordinates
 * left out (the SVG's text labels stay in).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { EXAMPLES_DIR, exampleFiles } from '../support/load.js';

const REPOSITORY = join(EXAMPLES_DIR, '..');

/** Stress trials for advise and report: the wording is under test, not the precision. */
const TRIALS = '1000';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mvnoscope-style-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: readonly string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await run([...args], {
    stdout: {
      write: (text: string) => {
        stdout += text;
        return true;
      },
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
        return true;
      },
    },
  });
  expect(code, stderr).toBe(0);
  return stdout;
}

/** The text of an HTML page as it reads: no style sheet, no tags, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#96;/g, '`')
    .replace(/&#45;/g, '-')
    .replace(/&amp;/g, '&');
}

/** Each problem found in a text, with a little context: empty when the text is clean. */
function styleProblems(source: string, absolutePaths: readonly string[]): string[] {
  const text = source;
  const problems: string[] = [];
  const flag = (name: string, pattern: RegExp) => {
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      problems.push(`${name}: …${text.slice(Math.max(0, at - 30), at + 30)}…`);
    }
  };
  flag('scientific notation', /\b\d+(?:\.\d+)?e[+-]?\d+\b/gi);
  // "-0", "-0 GBP", "-0%", "-£0", "-0.0": a minus before a zero with no other digit.
  flag('negative zero', /(?<![\w.-])-[£$€]?0(?:[.,]0+)?(?![\d.,]*[1-9])(?![\w])/g);
  flag('"(s)" plural', /\w\(s\)/g);
  for (const path of absolutePaths)
    if (text.includes(path)) problems.push(`absolute path: ${path}`);
  return problems;
}

describe('the style checks', () => {
  it('find each kind of problem and pass clean text', () => {
    const found = styleProblems(
      'about 5.00e-4 a year; change -0 GBP and -£0 and -0%; 1 front design(s); see /x/examples/a.yaml',
      ['/x/examples'],
    );
    expect(found.map((p) => p.split(':')[0])).toEqual([
      'scientific notation',
      'negative zero',
      'negative zero',
      'negative zero',
      '"(s)" plural',
      'absolute path',
    ]);
    expect(
      styleProblems('2026-11-01, -0.5 pts, -1,200 GBP, 0 GBP, 10-05 minutes, e-SIM 3e', ['/x']),
    ).toEqual([]);
    expect(
      visibleText(
        '<style>a{}</style><p>a &amp; b</p><svg><path d="M1e-7,0"/><text>2M</text></svg>',
      ),
    ).toBe('  a & b    2M  ');
  });
});

describe.each(exampleFiles())('what people read about %s', (example) => {
  const file = join(EXAMPLES_DIR, example);
  const absolute = [EXAMPLES_DIR, REPOSITORY];

  it.each([
    ['analyze', ['analyze', file]],
    ['lockin', ['lockin', file]],
    ['advise', ['advise', file, '--trials', TRIALS]],
  ])(
    '%s prints it in the one number style',
    async (_, args) => {
      // analyze exits 1 when it finds findings at or above its threshold; its text is the same.
      let stdout = '';
      await run([...args], {
        stdout: {
          write: (text: string) => {
            stdout += text;
            return true;
          },
        },
        stderr: { write: () => true },
      });
      expect(stdout.length).toBeGreaterThan(100);
      expect(styleProblems(stdout, absolute)).toEqual([]);
    },
    120_000,
  );

  it('the Markdown and HTML report say it in the one number style', async () => {
    const base = join(dir, example.replace(/\.yaml$/, ''));
    await cli(['report', file, '--no-pareto', '--trials', TRIALS, '-o', `${base}.md`]);
    await cli(['report', file, '--no-pareto', '--trials', TRIALS, '-o', `${base}.html`]);
    const markdown = await readFile(`${base}.md`, 'utf8');
    const html = await readFile(`${base}.html`, 'utf8');
    expect(styleProblems(markdown, absolute)).toEqual([]);
    expect(styleProblems(visibleText(html), absolute)).toEqual([]);
    // The path does not hide in an attribute either.
    for (const path of absolute) expect(html).not.toContain(path);
  }, 240_000);
});
