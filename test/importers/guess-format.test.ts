/**
 * The "New model" panel's guess of a file's format, over every fixture the importers read and
 * every shipped example: each guess is the format the file imports with (the fixtures test
 * imports them with these names), so the panel's preselection needs no change for any of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessFormat } from '../../src/importers/guess-format.js';
import { EXAMPLES_DIR } from '../support/load.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'research');

const CASES: readonly [string, string][] = [
  ['cyclonedx/saasbom-apigateway-microservices-datastores/bom.json', 'cyclonedx'],
  ['cyclonedx/spec-1.6/valid-saasbom-1.6.json', 'cyclonedx'],
  ['cyclonedx/spec-1.7/valid-saasbom-1.7.json', 'cyclonedx'],
  ['threat-dragon/tmbom-otm-example.cdx.json', 'cyclonedx'],
  ['threagile/example/threagile.yaml', 'threagile'],
  ['threagile/stub/threagile.yaml', 'threagile'],
  ['otm/EXAMPLE.json', 'otm'],
  ['otm/EXAMPLE.yaml', 'otm'],
  ['threat-dragon/mobile-cloud.otm.json', 'otm'],
  ['tmforum-oda/TMFC024-BillingAccountManagement.yaml', 'tmforum-oda'],
  ['tmforum-oda/TMFC001-ProductCatalogManagement.yaml', 'tmforum-oda'],
  ['archimate/archi-tests/Archisurance.archimate', 'archimate'],
  ['archimate/archimodels-legacy-oef21/Open Day.xml', 'archimate'],
  ['structurizr/amazon-web-services/amazon-web-services.json', 'structurizr'],
  ['structurizr/json-legacy-big-bank-plc/workspace.json', 'structurizr'],
  ['structurizr/structurizr-36141-workspace.json', 'structurizr'],
];

describe('guessing a source format', () => {
  it.each(CASES)('%s is %s', (file, format) => {
    expect(guessFormat(file.split('/').at(-1) ?? file, readFileSync(join(FIXTURES, file)))).toBe(
      format,
    );
  });

  it('takes every shipped example for a model, as YAML and as JSON', () => {
    const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.yaml'));
    expect(examples.length).toBeGreaterThan(5);
    for (const file of examples)
      expect(guessFormat(file, readFileSync(join(EXAMPLES_DIR, file)))).toBe('model');
    const json = new TextEncoder().encode('{\n  "mvnoscope": 1,\n  "operator": {}\n}');
    expect(guessFormat('model.json', json)).toBe('model');
  });

  it('takes a CSV, an XLSX (by name or by its ZIP signature) for a supplier register', () => {
    expect(guessFormat('suppliers.csv', new TextEncoder().encode('Provider,Kind\n'))).toBe(
      'register',
    );
    expect(guessFormat('book.bin', new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('register');
    expect(guessFormat('x.XLSX', new Uint8Array([0]))).toBe('register');
  });
});
