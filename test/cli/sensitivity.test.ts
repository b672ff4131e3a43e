import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { EXAMPLES_DIR, STARTER } from '../support/load.js';

const LIGHT = join(EXAMPLES_DIR, 'light-mvno-on-enabler.yaml');
/** Few trials: the CLI's plumbing is under test here, not the estimate. */
const QUICK = ['--trials', '1000'];

interface Bar {
  parameter: string;
  low: { input: number; value: number | null };
  high: { input: number; value: number | null };
  width: number;
}

interface SensitivityJson {
  schemaVersion: number;
  currency: string;
  stress: { trials: number; seed: number };
  parameters: { name: string; low: number; high: number; reason: string; target?: unknown }[];
  figures: { id: string; kind: string; base: number | null; bars: Bar[] }[];
  flips: { pointsOfNoReturn: { provider: string; flips: unknown[] }[] };
}

let json: SensitivityJson;
let text: string;
let dir: string;
/** A small model for the options: quick to vary. */
let small: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mvnoscope-sensitivity-'));
  small = join(dir, 'starter.yaml');
  await writeFile(small, STARTER);
  const asJson = await cli('sensitivity', LIGHT, '--json', ...QUICK);
  expect(asJson.code).toBe(0);
  json = JSON.parse(asJson.stdout) as SensitivityJson;
  const asText = await cli('sensitivity', LIGHT, ...QUICK);
  expect(asText.code).toBe(0);
  text = asText.stdout;
}, 180_000);

describe('mvnoscope sensitivity', () => {
  it('prints JSON with a schema version, every bar’s ends and the trial count', () => {
    expect(json.schemaVersion).toBe(1);
    expect(json.currency).toBe('GBP');
    expect(json.stress).toMatchObject({ trials: 1000, seed: 1 });
    expect(json.figures.map((f) => f.id)).toContain('margin_es95');
    expect(json.figures.map((f) => f.id)).toContain('exit_cost/pennine-telecom');
    const byName = new Map(json.parameters.map((p) => [p.name, p]));
    for (const figure of json.figures) {
      expect(figure.bars).toHaveLength(json.parameters.length);
      for (const bar of figure.bars) {
        expect(bar.low.input).toBe(byName.get(bar.parameter)?.low);
        expect(bar.high.input).toBe(byName.get(bar.parameter)?.high);
      }
    }
    for (const p of json.parameters) {
      expect(p.reason.length).toBeGreaterThan(20);
      expect(p.target).toBeUndefined();
    }
  });

  it('prints a compact tornado per figure, widest first, and the flip points', () => {
    expect(text).toContain('Sensitivity: Kestrel Mobile');
    expect(text).toContain('ES 95% from 1,000 one-year trials (seed 1)');
    expect(text).toContain('Margin in the worst 5% of years (ES 95%)');
    expect(text).toContain('Exit cost today: pennine-telecom');
    expect(text).toContain('Flip points');
    expect(text).toContain('Ranges (docs/sensitivity.md)');
    // The widest bar of the largest exit comes first in its tornado.
    const exit = json.figures.find((f) => f.id === 'exit_cost/pennine-telecom');
    const widest = exit?.bars[0]?.parameter ?? '';
    const block = text.slice(text.indexOf('Exit cost today: pennine-telecom'));
    const firstRow = block.split('\n')[2] ?? '';
    expect(firstRow.trim().startsWith(widest)).toBe(true);
    // One number style: no scientific notation, no negative zero.
    expect(text).not.toMatch(/\d[eE][+-]?\d/);
    expect(text).not.toMatch(/-0(?![.,\d])/);
  });

  it('shows three bars per figure by default, --top more, --all every one', async () => {
    const only = ['--figure', 'option_value/host-mno'];
    const asJson = await cli('sensitivity', small, ...QUICK, '--json', ...only);
    const figure = (JSON.parse(asJson.stdout) as SensitivityJson).figures[0];
    const parameters = figure?.bars.length ?? 0;
    const moving = figure?.bars.filter((b) => b.width > 0).length ?? 0;
    expect(moving).toBeGreaterThan(4);
    // The rows of the figure's tornado: from its title to the blank line after it.
    const rows = (out: string) => {
      const block = out.slice(out.indexOf('Option to switch: host-mno')).split('\n\n')[0] ?? '';
      return block.split('\n').filter((l) => /^ {4}[a-z_]+ {2}/.test(l)).length - 1;
    };
    const byDefault = await cli('sensitivity', small, ...QUICK, ...only);
    expect(rows(byDefault.stdout)).toBe(3);
    expect(byDefault.stdout).toContain(
      `… ${moving - 3} more that move it (--top ${moving} or --all)`,
    );
    const top = await cli('sensitivity', small, ...QUICK, ...only, '--top', '4');
    expect(rows(top.stdout)).toBe(4);
    const all = await cli('sensitivity', small, ...QUICK, ...only, '--all');
    expect(all.code).toBe(0);
    expect(rows(all.stdout)).toBe(parameters);
  });

  it('writes Markdown with a table of bars for each figure', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mvnoscope-sensitivity-'));
    try {
      const file = join(dir, 'sensitivity.md');
      const result = await cli('sensitivity', LIGHT, ...QUICK, '--format', 'markdown', '-o', file);
      expect(result.code).toBe(0);
      const markdown = await readFile(file, 'utf8');
      expect(markdown).toContain('## Sensitivity');
      expect(markdown).toContain(
        '| parameter | low | figure at low | high | figure at high | swing |',
      );
      expect(markdown).toContain('Exit cost today: pennine-telecom');
      expect(markdown).toContain('The ranges: each parameter’s low and high value, and why');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses bad input with exit code 2 and a clear message', async () => {
    const none = await cli('sensitivity', small, ...QUICK, '--figure', 'no-such-figure');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no figure matches --figure "no-such-figure"');
    expect(none.stderr).toContain('hint: figures are named like margin_es95');
    const trials = await cli('sensitivity', small, '--trials', '5000000');
    expect(trials.code).toBe(2);
    expect(trials.stderr).toContain('at most 200,000 trials per run');
    const missing = await cli('sensitivity', join(EXAMPLES_DIR, 'missing.yaml'));
    expect(missing.code).toBe(2);
    const both = await cli('sensitivity', small, '--json', '--format', 'markdown');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--json contradicts --format markdown');
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
