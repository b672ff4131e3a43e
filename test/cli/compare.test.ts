import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { cli } from '../support/cli.js';
import { EXAMPLES_DIR } from '../support/load.js';

const LIGHT = join(EXAMPLES_DIR, 'light-mvno-on-enabler.yaml');
const FULL = join(EXAMPLES_DIR, 'full-mvno-switchable.yaml');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mvnoscope-compare-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mvnoscope compare', () => {
  it('prints plain text with verdicts when standard output is not a terminal', async () => {
    const out = await cli('compare', LIGHT, FULL);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Comparison: Kestrel Mobile (A) and Wren Mobile (B)');
    expect(out.stdout).toMatch(/Network routes: control +2\.7 +70\.0 +\+67\.3 +better/);
    expect(out.stdout).toContain('Findings resolved in B');
    expect(out.stdout).not.toContain('\u001b[');
  });

  it('colours the verdicts on a terminal', async () => {
    let stdout = '';
    const forced = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = '1';
    try {
      await run(['compare', LIGHT, FULL], {
        stdout: { write: (t: string) => (stdout += t), isTTY: true },
        stderr: { write: () => true },
      });
    } finally {
      if (forced === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = forced;
    }
    expect(stdout).toContain('\u001b[32mbetter\u001b[39m');
    expect(stdout).toContain('\u001b[31mworse\u001b[39m');
  });

  it('gives JSON with the schema version and the documented fields', async () => {
    const out = await cli('compare', LIGHT, FULL, '--json');
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'mvnoscope' },
      a: { label: LIGHT, operator: 'Kestrel Mobile', currency: 'GBP', asOf: '2026-11-01' },
      b: { label: FULL, operator: 'Wren Mobile' },
      sameCurrency: true,
    });
    expect(Object.keys(report).sort()).toEqual(
      [
        'a',
        'b',
        'dependencies',
        'figures',
        'findings',
        'sameCurrency',
        'schemaVersion',
        'singlePoints',
        'summary',
        'tool',
      ].sort(),
    );
    for (const f of report.figures)
      expect(Object.keys(f).sort()).toEqual(
        ['a', 'b', 'better', 'change', 'id', 'label', 'section', 'unit', 'verdict'].sort(),
      );
    expect(report.dependencies[0]).toHaveProperty('pointOfNoReturn.verdict');
    expect(report.findings.added[0]).toHaveProperty('evidence');
    expect(report.findings.unchanged[0]).toHaveProperty('a.severity');
    expect(report.summary.findingsResolved).toBe(report.findings.resolved.length);
  });

  it('writes Markdown and a self-contained HTML page', async () => {
    const markdown = await cli('compare', LIGHT, FULL, '--format', 'markdown');
    expect(markdown.stdout).toMatch(/^# Comparison: Kestrel Mobile \(A\) and Wren Mobile \(B\)/);
    expect(markdown.stdout).toContain('| figure | A | B | change | verdict |');

    const path = join(dir, 'compare.html');
    expect((await cli('compare', LIGHT, FULL, '--format', 'html', '-o', path)).code).toBe(0);
    const html = await readFile(path, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it('reports every invalid file, with exit 2 and no stack trace', async () => {
    const broken = join(dir, 'broken.yaml');
    await writeFile(broken, 'operator: 1\n');
    const out = await cli('compare', broken, join(dir, 'absent.yaml'));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`${broken}: invalid`);
    expect(out.stderr).toContain('absent.yaml: invalid');
    expect(out.stdout).toBe('');
    expect(out.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it('needs two files', async () => {
    const out = await cli('compare', LIGHT);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("missing required argument 'b'");
  });
});
