/**
 * The generated JSON Schema is what editors check models against as people type; it must
 * accept every valid model and reject what the loader rejects on shape.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { modelJsonSchema } from '../../src/model/json-schema.js';
import { exampleFiles, MINIMAL, readExample, STARTER } from '../support/load.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(modelJsonSchema());

describe('the JSON Schema for editors', () => {
  it.each([['starter', STARTER], ...exampleFiles().map((f) => [f, readExample(f)])])(
    'accepts %s',
    (_name, text) => {
      const ok = validate(parse(text ?? ''));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    },
  );

  it('rejects an unknown key, a wrong enum value and a missing field', () => {
    const model = parse(MINIMAL);
    model.providers[0].colour = 'red';
    model.providers[1].kind = 'mnoo';
    delete model.operator.currency;
    expect(validate(model)).toBe(false);
    const messages = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '/providers/0 must NOT have additional properties',
        '/providers/1/kind must be equal to one of the allowed values',
        "/operator must have required property 'currency'",
      ]),
    );
  });

  it('offers the catalogue ids as completions for a capability', () => {
    const supply = modelJsonSchema().properties?.providers?.items?.properties?.supplies?.items;
    const examples = supply?.anyOf?.[0]?.examples;
    expect(examples).toContain('subscriber_data');
  });
});
