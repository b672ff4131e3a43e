/**
 * A layer the model cannot measure on both sides is "not assessed" and carries no number: not
 * in the core, not in any output. The model has no AI use cases and no analytics supplier, but
 * an in-house CRM team: before, the intelligence layer showed control 100 beside "not assessed".
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseStructure } from '../../src/analysis/analyse.js';
import { formatValue } from '../../src/report/compare/compare-tables.js';
import { cli } from '../support/cli.js';
import { loadOk, MINIMAL } from '../support/load.js';

const MODEL = `${MINIMAL}  - { id: own, name: Own care, kind: in_house, availability: 0.999, supplies: [crm_care] }\n`;
const ROW = 'Intelligence (compute → where AI and data live)';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mvnoscope-not-assessed-'));
  file = join(dir, 'model.yaml');
  await writeFile(file, MODEL);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a layer with nothing to assess', () => {
  it('has no score on either index in the core, and its factors add no points', () => {
    const { model, assumptions } = loadOk(MODEL);
    const layer = analyseStructure(model, assumptions).scorecard.layers.find(
      (l) => l.layer === 'intelligence',
    );
    expect(layer?.position).toBe('not_assessed');
    expect(layer?.dependency.score).toBeNull();
    expect(layer?.control.score).toBeNull();
    // The CRM factor keeps its value (the team is the operator's own) but adds to no index.
    const crm = layer?.control.factors.find((f) => f.id === 'customer_knowledge');
    expect(crm).toMatchObject({ value: 1, contribution: 0 });
  });

  it('reads "not assessed" in the text report, with no number on its row', async () => {
    const out = await cli('analyze', file);
    const row = out.stdout.split('\n').find((line) => line.includes(ROW));
    expect(row?.replace(/\s+/g, ' ').trim()).toBe(`${ROW} not assessed not assessed not assessed`);
    expect(out.stdout).toContain('    control not assessed');
  });

  it('is null in JSON', async () => {
    const json = JSON.parse((await cli('analyze', file, '--json')).stdout);
    const layer = json.scorecard.layers.find((l: { layer: string }) => l.layer === 'intelligence');
    expect(layer).toMatchObject({
      position: 'not_assessed',
      dependency: { score: null },
      control: { score: null },
    });
  });

  it('reads "not assessed" in Markdown and HTML', async () => {
    const markdown = (await cli('analyze', file, '--format', 'markdown')).stdout;
    expect(markdown).toContain(`| ${ROW} | not assessed | not assessed | not assessed |`);
    const html = join(dir, 'report.html');
    expect((await cli('report', file, '-o', html)).code).toBe(0);
    expect(await readFile(html, 'utf8')).toContain(
      `<tr><td>${ROW}</td><td class="num">not assessed</td><td class="num">not assessed</td><td><span class="badge info">not assessed</span></td></tr>`,
    );
  });

  it('reads "not assessed" in a comparison', async () => {
    expect(formatValue('score', null)).toBe('not assessed');
    const other = join(dir, 'other.yaml');
    await writeFile(other, MODEL.replace('subscribers: 1000', 'subscribers: 2000'));
    const out = await cli('compare', file, other);
    const row = out.stdout.split('\n').find((line) => line.includes('Intelligence: control'));
    expect(row?.replace(/\s+/g, ' ').trim()).toBe(
      'Intelligence: control not assessed not assessed unchanged',
    );
  });
});
