/**
 * `mvnoscope import` and `mvnoscope init --archetype` as a user runs them: exit codes,
 * positioned problems on bad input (and the loader's limits), mapping files, and every
 * archetype giving a model that loads with each figure marked as a placeholder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importModel, readMappingFile } from '../../src/importers/import-model.js';
import { loadModel } from '../../src/model/load/load-model.js';
import { cli } from '../support/cli.js';
import { exampleFiles, loadOk } from '../support/load.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'research');
const dir = mkdtempSync(join(tmpdir(), 'mvnoscope-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mvnoscope import', () => {
  it('writes a model that loads, and says how much it imported', async () => {
    const out = join(dir, 'bom.yaml');
    const result = await cli(
      'import',
      'cyclonedx',
      join(FIXTURES, 'cyclonedx/spec-1.7/valid-saasbom-1.7.json'),
      '-o',
      out,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^imported 11 of 24 source elements \(13 without an mvnoscope counterpart/,
    );
    loadOk(readFileSync(out, 'utf8'));
  });

  it('exits 2 with the position of the problem on the invalid CycloneDX fixture', async () => {
    const result = await cli(
      'import',
      'cyclonedx',
      join(FIXTURES, 'cyclonedx/spec-1.6/invalid-service-data-1.6.json'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /invalid-service-data-1\.6\.json:16:19 error services\[0\]\.data\[0\]\.flow/,
    );
    expect(result.stdout).toBe('');
  });

  it('exits 2 on an unknown format, a missing file and an existing output', async () => {
    expect((await cli('import', 'visio', 'x.vsdx')).code).toBe(2);
    expect((await cli('import', 'otm', join(dir, 'missing.json'))).code).toBe(2);
    const existing = join(dir, 'exists.yaml');
    writeFileSync(existing, 'x');
    const refused = await cli('import', 'otm', join(FIXTURES, 'otm/EXAMPLE.json'), '-o', existing);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
  });

  it('refuses a file over --max-file-size before reading it', async () => {
    const result = await cli(
      'import',
      'archimate',
      join(FIXTURES, 'archimate/archi-tests/Archisurance.archimate'),
      '--max-file-size',
      '10KB',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the limit is 10/);
  });

  it('applies a mapping file, and refuses a bad one with its position', async () => {
    const mapping = join(dir, 'map.yaml');
    writeFileSync(
      mapping,
      'nodes:\n  - type: service\n    name: "^microservice"\n    kind: mvne\n    capabilities: [charging]\n',
    );
    const out = join(dir, 'mapped.yaml');
    const result = await cli(
      'import',
      'cyclonedx',
      join(FIXTURES, 'cyclonedx/spec-1.7/valid-saasbom-1.7.json'),
      '-o',
      out,
      '--mapping',
      mapping,
    );
    expect(result.code).toBe(0);
    const model = loadOk(readFileSync(out, 'utf8')).declared;
    const kinds = model.providers
      .filter((p) => p.name.startsWith('Microservice'))
      .map((p) => [p.kind, p.supplies]);
    expect(kinds).toEqual([
      ['mvne', ['charging']],
      ['mvne', ['charging']],
      ['mvne', ['charging']],
    ]);
    writeFileSync(mapping, 'nodes:\n  - type: service\n    kind: telco\n');
    const bad = await cli(
      'import',
      'cyclonedx',
      join(FIXTURES, 'cyclonedx/spec-1.7/valid-saasbom-1.7.json'),
      '--mapping',
      mapping,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/map\.yaml:3:11 error nodes\.0\.kind/);
  });
});

describe('the loader limits apply to every source', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('JSON nested deeper than the limit', async () => {
    const deep = `{"bomFormat":"CycloneDX","x":${'['.repeat(100)}${']'.repeat(100)}}`;
    const outcome = await importModel({
      format: 'cyclonedx',
      file: 'deep.json',
      bytes: bytes(deep),
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.diagnostics[0]?.code).toBe('limit-exceeded');
  });

  it('YAML aliases past the alias limit', async () => {
    const laughs = ['otmVersion: 0.2.0', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      laughs.push(
        `${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(10)
          .fill(`*${i === 1 ? 'a' : 'b'.repeat(i - 1)}`)
          .join(', ')}]`,
      );
    const outcome = await importModel({
      format: 'otm',
      file: 'laughs.yaml',
      bytes: bytes(laughs.join('\n')),
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.diagnostics[0]?.code).toBe('limit-exceeded');
  });

  it('XML nested deeper than the limit, and XML that is not well formed', async () => {
    const deep = `<model>${'<folder>'.repeat(80)}${'</folder>'.repeat(80)}</model>`;
    const outcome = await importModel({
      format: 'archimate',
      file: 'deep.xml',
      bytes: bytes(deep),
    });
    expect(!outcome.ok && outcome.diagnostics[0]?.code).toBe('limit-exceeded');
    const broken = await importModel({
      format: 'archimate',
      file: 'broken.xml',
      bytes: bytes('<model>\n  <elements>\n</model>'),
    });
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.diagnostics[0]?.code).toBe('xml-syntax');
      expect(broken.diagnostics[0]?.position.line).toBe(3);
    }
  });

  it('an XML entity declared in a DTD is not expanded', async () => {
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE model [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<model><name>&x;</name></model>';
    const outcome = await importModel({ format: 'archimate', file: 'xxe.xml', bytes: bytes(xxe) });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(JSON.stringify(outcome.diagnostics)).not.toContain('root:');
  });

  it('a mapping file with a bad regular expression', () => {
    const read = readMappingFile('nodes:\n  - name: "(unclosed"\n    kind: saas\n', 'map.yaml');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.diagnostics[0]?.position.line).toBe(2);
  });
});

describe('mvnoscope init --archetype', () => {
  it('lists the archetypes, one line each', async () => {
    const result = await cli('init', '--archetype', 'list');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(exampleFiles().length);
    expect(result.stdout).toMatch(/^light-mvno-on-enabler +F2: light/m);
  });

  it.each(exampleFiles().map((f) => f.replace(/\.yaml$/, '')))(
    '%s: a model that loads, every figure a marked placeholder',
    async (name) => {
      const result = await cli('init', '-', '--archetype', name);
      expect(result.code).toBe(0);
      const loaded = loadModel(result.stdout, { file: `${name}.yaml` });
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      expect(loaded.declared.design_space).toBeUndefined();
      expect(loaded.declared.decisions).toBeUndefined();
      expect(loaded.declared.providers.length).toBeGreaterThan(3);
      // Every line with a number or a date as its value carries the placeholder mark, and is a
      // warning (up to where the loader stops listing warnings, if it bounds them).
      const lines = result.stdout.split('\n');
      const figures = lines
        .map((line, i) => ({ line, number: i + 1 }))
        .filter(
          ({ line }) =>
            /^\s*(- )?[a-z_]+: -?\d[\d.,%-]*\s*(#.*)?$/.test(line) && !/^\s*mvnoscope:/.test(line),
        );
      expect(figures.length).toBeGreaterThan(20);
      for (const { line } of figures) expect(line).toContain('# TODO placeholder');
      const reported = new Set(
        loaded.diagnostics.filter((d) => d.code === 'todo').map((d) => d.position.line),
      );
      const last = Math.max(...reported);
      expect(reported.size).toBeGreaterThan(20);
      expect(figures.filter(({ number }) => number <= last && !reported.has(number))).toEqual([]);
    },
  );

  it('refuses an unknown archetype with the list', async () => {
    const result = await cli('init', '-', '--archetype', 'nope');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('light-mvno-on-enabler');
  });
});

describe('mvnoscope import register --into', () => {
  const example = join(import.meta.dirname, '..', '..', 'examples', 'light-mvno-on-enabler.yaml');

  it('merges an edited sheet into the model, says what changed, and lists what is missing', async () => {
    const sheet = join(dir, 'suppliers.csv');
    expect((await cli('register', example, '-o', sheet)).code).toBe(0);
    const csv = readFileSync(sheet, 'utf8');
    const rows = csv.split('\r\n');
    const host = rows.findIndex((row) => row.startsWith('pennine-telecom,'));
    const edited = rows
      .map((row, i) => (i === host ? row.replace(',12,', ',9,') : row))
      .filter((row) => !row.startsWith('helix-crm,'));
    writeFileSync(sheet, edited.join('\r\n'));
    const out = join(dir, 'merged.yaml');
    const result = await cli('import', 'register', sheet, '--into', example, '-o', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^merged .*suppliers\.csv into .*light-mvno-on-enabler\.yaml: 1 cell changed, 0 suppliers added/,
    );
    expect(result.stderr).toContain(
      `suppliers.csv:${host + 1}:18 pennine-telecom, Notice period (months): "12" → "9"`,
    );
    expect(result.stderr).toMatch(/light-mvno-on-enabler\.yaml:\d+:\d+ warning .*helix-crm/);
    const model = readFileSync(out, 'utf8');
    expect(model).toContain('    notice_months: 9\n');
    expect(model).toContain('  - id: helix-crm\n');
  });

  it('exits 2 on a refused cell, an --into model that does not load, and --into another format', async () => {
    const sheet = join(dir, 'suppliers-bad.csv');
    expect((await cli('register', example, '-o', sheet)).code).toBe(0);
    const csv = readFileSync(sheet, 'utf8');
    writeFileSync(sheet, csv.replace('pennine-telecom,Pennine Telecom,', 'pennine-telecom,,'));
    const refused = await cli('import', 'register', sheet, '--into', example);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/suppliers-bad\.csv:\d+:2 error a supplier needs a name/);
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'operator: [\n');
    const notLoaded = await cli('import', 'register', sheet, '--into', broken);
    expect(notLoaded.code).toBe(2);
    expect(notLoaded.stderr).toMatch(/broken\.yaml:\d+:\d+ error/);
    const otherFormat = await cli('import', 'otm', sheet, '--into', example);
    expect(otherFormat.code).toBe(2);
    expect(otherFormat.stderr).toContain('--into merges a supplier register only');
  });
});
