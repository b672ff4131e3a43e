/**
 * Hostile files (issue 19, "must show"): each is refused or analysed by `validate` and `analyze`
 * with exit 0 or 2, never 3, with a positioned message, in under a second in a warm process.
 * (Files of 180,000 unknown keys and 60,000 dangling references are issue 18's.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { MINIMAL } from '../support/load.js';

const dir = mkdtempSync(join(tmpdir(), 'mvnoscope-hostile-'));

function aliasBomb(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 12; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

const FILES: readonly (readonly [string, string | Buffer])[] = [
  ['alias bomb', aliasBomb()],
  ['10k nested flow', `${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
  [
    '10k nested block',
    Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
  ],
  ['NUL', MINIMAL.replace('name: Host A', 'name: Host\u0000A')],
  ['BOM', `\uFEFF${MINIMAL}`],
  ['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL, 'utf16le')])],
  ['duplicate keys', MINIMAL.replace('  arpu: 10\n', '  arpu: 10\n  arpu: 11\n')],
  ['YAML tags', MINIMAL.replace('arpu: 10', 'arpu: !!js/function "function(){}"')],
  ['reserved key', MINIMAL.replace('currency: GBP', 'currency: GBP\n  fx_rates: { __proto__: 1 }')],
  ['reserved id', MINIMAL.replace('id: mno-b', 'id: constructor')],
  ['1e308', MINIMAL.replace('arpu: 10', 'arpu: 1e308')],
  ['NaN', MINIMAL.replace('arpu: 10', 'arpu: .nan')],
  ['.inf', MINIMAL.replace('arpu: 10', 'arpu: .inf')],
  ['huge horizon', MINIMAL.replace('horizon_months: 36', 'horizon_months: 100000000')],
  ['horizon at its bound', MINIMAL.replace('horizon_months: 36', 'horizon_months: 600')],
  [
    'huge notice',
    `${MINIMAL}contracts:\n  - id: c\n    provider: mno-a\n    start: 2025-01-01\n    term_months: 12\n    auto_renewal: true\n    renewal_term_months: 1\n    notice_months: 1000000000000000\n`,
  ],
];

beforeAll(async () => {
  // Warm the modules: the bound is for the work, not for compiling TypeScript.
  const warm = join(dir, 'warm.yaml');
  writeFileSync(warm, MINIMAL);
  await cli('analyze', warm);
});

describe.each(['validate', 'analyze'])('%s of a hostile file', (command) => {
  it.each(FILES)('%s: exit 0 or 2, positioned, under 1 s', async (name, content) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
    writeFileSync(file, content);
    const started = performance.now();
    const outcome = await cli(command, file);
    const ms = performance.now() - started;
    expect([0, 2]).toContain(outcome.code);
    if (outcome.code === 2)
      expect(outcome.stdout + outcome.stderr).toMatch(
        new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+`),
      );
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a 50 MB file from its size, before reading it', async () => {
    const file = join(dir, 'big.yaml');
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 0x20));
    const started = performance.now();
    const outcome = await cli(command, file);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout + outcome.stderr).toContain('the limit is');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
