import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { applyPatch, applyPatchToDocument, PatchError } from '../../src/advice/patch.js';

describe('patches', () => {
  const model = { a: { list: [1, 2], flag: true }, other: { kept: 1 } };

  it('sets, appends and unsets without changing the input, sharing what it does not touch', () => {
    const after = applyPatch(model, [
      { op: 'set', path: ['a', 'list', 0], value: 9 },
      { op: 'append', path: ['a', 'list'], value: 3 },
      { op: 'append', path: ['a', 'fresh'], value: 'x' },
      { op: 'unset', path: ['a', 'flag'] },
    ]);
    expect(after).toEqual({ a: { list: [9, 2, 3], fresh: ['x'] }, other: { kept: 1 } });
    expect(model.a.list).toEqual([1, 2]);
    expect(after.other).toBe(model.other);
  });

  it('refuses a step into what is not there', () => {
    expect(() => applyPatch(model, [{ op: 'set', path: ['a', 'list', 5], value: 1 }])).toThrow(
      PatchError,
    );
    expect(() => applyPatch(model, [{ op: 'append', path: ['a', 'flag'], value: 1 }])).toThrow(
      /list/,
    );
  });

  it('refuses in a YAML document, as in a value, a step past the end of a list', () => {
    const document = parseDocument('a:\n  list: [1, 2]\n');
    expect(() =>
      applyPatchToDocument(document, [{ op: 'set', path: ['a', 'list', 9], value: 1 }]),
    ).toThrow(PatchError);
    expect(document.toJS()).toEqual({ a: { list: [1, 2] } });
  });

  it('keeps the comments and order of a YAML document where it does not reach', () => {
    const document = parseDocument(
      '# head\na:\n  list: [1, 2] # numbers\n  flag: true\nother:\n  kept: 1 # stays\n',
    );
    applyPatchToDocument(document, [
      { op: 'append', path: ['a', 'list'], value: 3 },
      { op: 'unset', path: ['a', 'flag'] },
      { op: 'set', path: ['b'], value: { c: 1 } },
    ]);
    const text = document.toString();
    expect(text).toContain('# head');
    expect(text).toContain('kept: 1 # stays');
    expect(document.toJS()).toEqual({ a: { list: [1, 2, 3] }, other: { kept: 1 }, b: { c: 1 } });
  });
});
