/** SARIF from a shipped example validates against the official SARIF 2.1.0 schema (OASIS). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// ajv-draft-04 is CommonJS; under NodeNext its class is the module's `default` property.
import ajvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { toSarif } from '../../src/report/sarif.js';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import { exampleFiles } from '../support/load.js';
import { builtinRunOf } from './support.js';

const schema = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'),
    'utf8',
  ),
);
const validate = new ajvDraft04.default({ allErrors: true, strict: false }).compile(schema);

function sarifOf(file: string) {
  const run = builtinRunOf(file);
  return {
    sarif: toSarif({
      file: `examples/${file}`,
      toolVersion: '0.1.0',
      rules: BUILTIN_RULES.map((r) => r.meta),
      findings: run.findings,
    }),
    run,
  };
}

describe('SARIF output', () => {
  it.each(exampleFiles())('%s validates against the SARIF 2.1.0 schema', (file) => {
    const { sarif } = sarifOf(file);
    const valid = validate(JSON.parse(JSON.stringify(sarif)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('locates each result at its evidence in the model file, with the finding id as fingerprint', () => {
    const { sarif, run } = sarifOf('light-mvno-on-enabler.yaml');
    const [result] = sarif.runs[0]?.results ?? [];
    const [finding] = run.findings;
    expect(result?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'examples/light-mvno-on-enabler.yaml', index: 0 },
      region: { startLine: finding?.evidence[0]?.line, startColumn: finding?.evidence[0]?.column },
    });
    expect(result?.partialFingerprints['mvnoscopeFindingId/v1']).toBe(finding?.id);
    expect(sarif.runs[0]?.tool.driver.rules[result?.ruleIndex ?? -1]?.id).toBe(result?.ruleId);
  });
});
