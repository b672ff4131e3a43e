/**
 * The loader reads a text with js-yaml when it can and with `yaml` when js-yaml refuses it
 * (src/model/load/parse-text.ts). A model must mean the same whichever parser read it, so for
 * every text both accept the two values must be equal: the shipped examples, the starter
 * model, and random documents written in the scalar forms models use (plain and quoted
 * strings, numbers, booleans, nulls, dates kept as strings, percentages, flow and block
 * collections).
 */
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { exampleFiles, readExample, STARTER } from '../support/load.js';

/** The value each parser gives, or undefined when it refuses the text. */
function both(text: string): { fast: unknown; positioned: unknown } | undefined {
  let fast: unknown;
  try {
    fast = load(text, { maxAliases: 0 });
  } catch {
    return undefined;
  }
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  return { fast, positioned: doc.toJS() };
}

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);

/** Scalars as models write them, including the spellings a YAML 1.1 reader would take differently. */
const scalar = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .,:'()-]{0,30}$/),
  fc.constantFrom(
    'yes',
    'no',
    'on',
    'off',
    'y',
    'n',
    '0x1F',
    '010',
    '1_000',
    '.5',
    '2026-11-01',
    '12%',
    '~',
    'null',
    'true',
  ),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

const document = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
})).map;

/** Plain-scalar texts written by hand, where quoting decides what a value is. */
const handWritten = fc
  .dictionary(
    key,
    fc.constantFrom(
      'yes',
      'No',
      'ON',
      '010',
      '0o17',
      '1e3',
      '2026-11-01',
      '12%',
      '.inf',
      '-.5',
      '+3',
      '0x10',
      '1:30',
      'null',
      '~',
      'Null',
    ),
    {
      minKeys: 1,
      maxKeys: 8,
    },
  )
  .map((entries) =>
    Object.entries(entries)
      .map(([k, v]) => `${k}: ${v}\n`)
      .join(''),
  );

describe('the two YAML parsers read every text both accept the same way', () => {
  it('on the shipped examples and the starter model', () => {
    for (const text of [...exampleFiles().map(readExample), STARTER]) {
      const read = both(text);
      expect(read).toBeDefined();
      expect(read?.fast).toEqual(read?.positioned);
    }
  });

  it('on random documents, in block and flow style', () => {
    let compared = 0;
    fc.assert(
      fc.property(document, fc.boolean(), (value, flow) => {
        const text = stringify(value, flow ? { collectionStyle: 'flow' } : {});
        const read = both(text);
        if (read === undefined) return;
        compared++;
        expect(read.fast).toEqual(read.positioned);
      }),
      { numRuns: 400 },
    );
    // Both parsers accept what `yaml` writes: the property compared values, not refusals.
    expect(compared).toBeGreaterThan(380);
  });

  it('on hand-written plain scalars a YAML 1.1 reader would take differently', () => {
    let compared = 0;
    fc.assert(
      fc.property(handWritten, (text) => {
        const read = both(text);
        if (read === undefined) return;
        compared++;
        expect(read.fast).toEqual(read.positioned);
      }),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(280);
  });
});
