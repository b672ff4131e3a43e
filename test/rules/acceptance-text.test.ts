/**
 * An accepted risk written into model text: the entry spliced into a YAML text with every other
 * character kept, before a given entry with the comments above it kept with it, into an empty
 * flow list, at the end of a text without suppressions; JSON kept JSON with its indentation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Suppression } from '../../src/model/schema/model.js';
import { textWithAcceptance } from '../../src/rules/acceptance-text.js';
import { EXAMPLES_DIR } from '../support/load.js';

const ENTRY: Suppression = {
  finding: 'net-single-host/pennine',
  reason: 'a second host: "in talks" # not a comment',
  owner: 'CTO',
  expires: '2027-12-31',
};

const MODEL = `# Our stack
operator:
  name: Example   # trading name
  as_of: 2026-11-01
providers: [{ id: pennine, name: Pennine }]
suppressions:
  - finding: sec-a/x
    reason: first
    owner: CISO
    expires: 2027-01-01

  # agreed at the board
  - finding: sec-b/y
    reason: second
    owner: CISO
    expires: 2026-01-01 # lapsed
# end of file
`;

describe('textWithAcceptance', () => {
  it('appends the entry after the last one, keeping every other character', () => {
    const text = textWithAcceptance(MODEL, ENTRY);
    const end = MODEL.indexOf('# end of file');
    expect(text.startsWith(MODEL.slice(0, end - 1))).toBe(true);
    expect(text.endsWith('# end of file\n')).toBe(true);
    expect(parse(text).suppressions.map((s: Suppression) => s.finding)).toEqual([
      'sec-a/x',
      'sec-b/y',
      ENTRY.finding,
    ]);
    expect(parse(text).suppressions[2]).toEqual(ENTRY);
  });

  it('puts the entry before a given one, above the comments that go with it', () => {
    const text = textWithAcceptance(MODEL, ENTRY, 1);
    expect(parse(text).suppressions.map((s: Suppression) => s.finding)).toEqual([
      'sec-a/x',
      ENTRY.finding,
      'sec-b/y',
    ]);
    expect(text).toMatch(/expires: 2027-12-31\n {2}# agreed at the board\n {2}- finding: sec-b\/y/);
    expect(text.replace(/ {2}- finding: net-single-host[\s\S]*?expires: 2027-12-31\n/, '')).toBe(
      MODEL,
    );
  });

  it('makes the list at the end of a text without one, and fills an empty flow list', () => {
    const without = 'operator:\n  name: Example\n';
    expect(textWithAcceptance(without, ENTRY)).toBe(
      `${without}suppressions:\n  - finding: net-single-host/pennine\n    reason: 'a second host: "in talks" # not a comment'\n    owner: CTO\n    expires: 2027-12-31\n`,
    );
    expect(parse(textWithAcceptance('operator:\n  name: Example', ENTRY)).suppressions).toEqual([
      ENTRY,
    ]);
    const empty = textWithAcceptance('suppressions: [] # none yet\nproviders: []\n', ENTRY);
    expect(parse(empty)).toEqual({ suppressions: [ENTRY], providers: [] });
    expect(empty.endsWith('# none yet\nproviders: []\n')).toBe(true);
  });

  it('writes JSON back as JSON with its indentation, one line staying one line', () => {
    const model = { operator: { name: 'Example' }, suppressions: [] };
    expect(textWithAcceptance(`${JSON.stringify(model, null, '\t')}\n`, ENTRY)).toBe(
      `${JSON.stringify({ ...model, suppressions: [ENTRY] }, null, '\t')}\n`,
    );
    expect(textWithAcceptance(JSON.stringify({ operator: { name: 'Example' } }), ENTRY)).toBe(
      JSON.stringify({ operator: { name: 'Example' }, suppressions: [ENTRY] }),
    );
  });

  it('edits a YAML flow mapping that is not JSON as a document', () => {
    const text = textWithAcceptance('{ operator: { name: Example } } # flow\n', ENTRY);
    expect(parse(text)).toEqual({ operator: { name: 'Example' }, suppressions: [ENTRY] });
  });

  it('keeps every example’s text whole and only adds the entry', () => {
    for (const name of readdirSync(EXAMPLES_DIR).filter((n) => n.endsWith('.yaml'))) {
      const text = readFileSync(join(EXAMPLES_DIR, name), 'utf8');
      const written = textWithAcceptance(text, ENTRY);
      expect(written.startsWith(text), name).toBe(true);
      expect(parse(written), name).toEqual({ ...parse(text), suppressions: [ENTRY] });
    }
  });
});
