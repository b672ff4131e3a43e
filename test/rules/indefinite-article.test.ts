import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indefiniteArticle, withArticle } from '../../src/rules/indefinite-article.js';
import { cli } from '../support/cli.js';
import { loadFails, MINIMAL } from '../support/load.js';

describe('the indefinite article of generated text', () => {
  it.each([
    ['IoT operator', 'an'],
    ['iot operator', 'an'],
    ['enterprise operator', 'an'],
    ['consumer operator', 'a'],
    ['travel operator', 'a'],
    ['user', 'a'],
    ['one-off fee', 'a'],
    ['European host', 'a'],
    ['hour', 'an'],
    ['MVNO', 'an'],
    ['HSS', 'an'],
    ['SM-DP+', 'an'],
    ['FX move', 'an'],
    ['SIM', 'a'],
    ['SaaS tenant', 'a'],
    ['eSIM', 'an'],
    ['esim_consumer SIM group', 'an'],
    ['Enhanced service provider (medium MVNO)', 'an'],
    ['Full MVNO', 'a'],
  ])('%s takes "%s"', (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });

  it.each([
    ['8-month term', 'an'],
    ['11-month term', 'an'],
    ['18-month term', 'an'],
    ['80-month term', 'an'],
    ['800 GBP fee', 'an'],
    ['8,000 GBP fee', 'an'],
    ['11,000 GBP fee', 'an'],
    ['18,500 GBP fee', 'an'],
    ['110,000 GBP fee', 'a'],
    ['12-month term', 'a'],
    ['1-month term', 'a'],
    ['48-month term', 'a'],
    ['180-month term', 'a'],
    ['1,800 GBP fee', 'a'],
  ])('%s takes "%s"', (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });

  it('puts the article before the phrase', () => {
    expect(withArticle('IoT operator')).toBe('an IoT operator');
    expect(withArticle('24-month term')).toBe('a 24-month term');
  });
});

describe('articles in the report', () => {
  it('calls an operator with its own billing, rating and SIMs "an Enhanced service provider"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mvnoscope-article-'));
    try {
      const file = join(dir, 'model.yaml');
      await writeFile(
        file,
        `${MINIMAL}  - { id: own, name: Own team, kind: in_house, availability: 0.999, supplies: [crm_care, billing, charging, sim_supply] }\n`,
      );
      const out = await cli('report', file, '--format', 'markdown');
      expect(out.stdout).toContain('is an Enhanced service provider (medium MVNO)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('articles in loader messages', () => {
  it('names an eSIM group missing its profile manager without "a esim_…"', () => {
    const result = loadFails(
      `${MINIMAL}sims:\n  - { id: e, kind: esim_consumer, count: 10, imsi_issuers: [mno-a], key_holders: [mno-a] }\n`,
    );
    const messages = result.diagnostics.map((d) => d.message);
    expect(messages).toContain(
      'a SIM group of kind esim_consumer needs `rsp_operator`: the SM-DP+ operator prepares and protects the profiles',
    );
  });
});
