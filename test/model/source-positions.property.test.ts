/**
 * Positions come from js-yaml's events in the one parse (src/model/load/event-index.ts) and
 * must be the ones the `yaml` library's node ranges gave before, which every diagnostic was
 * written against: for every path of a document (each value, each key, and a path one step
 * past the document, which answers with the deepest node), the span from the parse's index
 * equals the span of the oracle below, on the shipped examples, the starter model, synthetic
 * models in YAML and JSON, and random documents in block and flow style with comments, quotes,
 * block scalars and empty values.
 */
import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isMap, isNode, isScalar, isSeq, type Node, parseDocument, stringify } from 'yaml';
import type { ModelPath } from '../../src/model/load/diagnostic.js';
import { DEFAULT_LIMITS } from '../../src/model/load/limits.js';
import { loadModel } from '../../src/model/load/load-model.js';
import { parseText } from '../../src/model/load/parse-text.js';
import type { SourceMap } from '../../src/model/load/source-map.js';
import { exampleFiles, readExample, STARTER } from '../support/load.js';
import { syntheticModel } from '../support/synthetic-model.js';

type Range = readonly [number, number];

/** The ranges as the `yaml` library's document gives them: the oracle. */
function yamlRanges(text: string) {
  const doc = parseDocument(text, { uniqueKeys: false });
  const child = (node: unknown, segment: string | number): unknown => {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      return pair?.value ?? undefined;
    }
    if (isSeq(node) && typeof segment === 'number') return node.items[segment];
    return undefined;
  };
  const deepest = (path: ModelPath): Range => {
    let node: unknown = doc.contents;
    let found: Node | undefined = isNode(node) ? node : undefined;
    for (const segment of path) {
      node = child(node, segment);
      if (!isNode(node)) break;
      found = node;
    }
    const range = found?.range ?? [0, 0, 0];
    return [range[0], range[1]];
  };
  const keyRange = (path: ModelPath, key: string): Range | undefined => {
    let node: unknown = doc.contents;
    for (const segment of path) node = child(node, segment);
    if (!isMap(node)) return undefined;
    for (const pair of node.items) {
      if (isScalar(pair.key) && String(pair.key.value) === key && pair.key.range)
        return [pair.key.range[0], pair.key.range[1]];
    }
    return undefined;
  };
  return { deepest, keyRange };
}

/** Every path of a value, with the keys of each mapping. */
function* pathsOf(value: unknown, path: (string | number)[] = []): Generator<[ModelPath, string?]> {
  yield [path];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* pathsOf(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      yield [path, key];
      yield* pathsOf(inner, [...path, key]);
    }
  }
}

function spanText(sourceMap: SourceMap, [start, end]: Range): string {
  const a = sourceMap.positionOf(start);
  const b = sourceMap.positionOf(end);
  return `${a.line}:${a.column}-${b.line}:${b.column}`;
}

/** Compares every span; returns the first difference as text, or undefined. */
function firstDifference(text: string): string | undefined {
  const parsed = parseText(text, 'm.yaml', { ...DEFAULT_LIMITS, maxChars: 1e9 });
  if (!parsed.readable) return undefined;
  const oracle = yamlRanges(text);
  const { sourceMap } = parsed;
  const show = (span: { start: { line: number; column: number }; end: typeof span.start }) =>
    `${span.start.line}:${span.start.column}-${span.end.line}:${span.end.column}`;
  for (const [path, key] of pathsOf(parsed.value)) {
    if (key === undefined) {
      const expected = spanText(sourceMap, oracle.deepest(path));
      const actual = show(sourceMap.spanOf(path));
      if (expected !== actual) return `${JSON.stringify(path)}: ${actual}, yaml ${expected}`;
      const beyond = [...path, 'no-such-key'];
      const expectedBeyond = spanText(sourceMap, oracle.deepest(beyond));
      if (show(sourceMap.spanOf(beyond)) !== expectedBeyond)
        return `${JSON.stringify(beyond)}: ${show(sourceMap.spanOf(beyond))}, yaml ${expectedBeyond}`;
    } else {
      const range = oracle.keyRange(path, key);
      const expected =
        range === undefined ? show(sourceMap.spanOf(path)) : spanText(sourceMap, range);
      const actual = show(sourceMap.keySpanOf(path, key));
      if (expected !== actual)
        return `key ${key} of ${JSON.stringify(path)}: ${actual}, yaml ${expected}`;
    }
  }
  return undefined;
}

describe('positions from the one parse', () => {
  it.each(exampleFiles())('match the yaml library on %s', (file) => {
    expect(firstDifference(readExample(file))).toBeUndefined();
  });

  it('match on the starter model', () => {
    expect(firstDifference(STARTER)).toBeUndefined();
  });

  it('match on synthetic models in YAML and JSON, pretty and compact', () => {
    const model = syntheticModel({ providers: 60, seed: 3 });
    expect(firstDifference(dump(model, { lineWidth: -1 }))).toBeUndefined();
    expect(firstDifference(stringify(model))).toBeUndefined();
    expect(firstDifference(JSON.stringify(model, null, 2))).toBeUndefined();
    expect(firstDifference(JSON.stringify(model))).toBeUndefined();
  });

  it('match on hand-written forms: comments, quotes, block scalars, empty values, anchors, CRLF', () => {
    const texts = [
      'a: 1   # note\nb:\n  c: "x y"\n  d: [1, 2, {e: f}]\n  g:\n    - h\n    - i: j\n      k: \'q\'\n  l: |\n    text\n    more\n  m:\nn: &x 3\no: !!str 4\n',
      'a:\n  b: 1   # note\n\n  # c\n\nd: 2  \n',
      'a:\n  - x\n  -\n  - y: \nb: [ 1 , 2 ,  ] # c\nc: { }\n',
      "a: >-\n  folded\n  text\n\nb: |+ # keep\n  x\n\nc: 'it''s'\nd: \"a\\nb\"\n",
      'a:\n  b:\n    c: 1\n\n  # x\n\nd: 1',
      'a: 1\r\nb:\r\n  c: 2\r\n',
      'a: &q\n  b: 1\nc: !!map\n  d: 2\ne: &r [1]\n',
      '- a\n- - b\n  - c\n-\n- k: \n',
      'a: |\n  x\n\n\nb: 1\n',
      '"quoted key": 1\n\'single\': 2\n1.0: number key\nnull: null key\n"esc\\tkey": 3\n',
      '{"a": 1, "b": {"c": [1, 2]}, "d": "e"}',
      '{\n  "a": 1,\n  "b": {\n    "c": [\n      1,\n      2\n    ]\n  }\n}\n',
      'list: [a, b, [c, d], {e: [f]}]\nempty: []\nnone: {}\n',
      'plain: multi\n  line\n  text\nnext: 1\n',
      '',
      '# only a comment\n',
      'scalar',
    ];
    for (const text of texts) expect(firstDifference(text), JSON.stringify(text)).toBeUndefined();
  });

  const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
  const scalar = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.boolean(),
    fc.constant(null),
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .,:'#-]{0,20}$/),
    fc.constantFrom('', 'a\nb', 'tab\there', "it's", 'say "hi"', '  padded  ', '#hash', 'x: y'),
  );
  const value = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('value'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  })).value;
  const style = fc.record({
    flow: fc.boolean(),
    json: fc.boolean(),
    indent: fc.integer({ min: 1, max: 4 }),
  });

  it('match on random documents in the styles writers produce', () => {
    fc.assert(
      fc.property(value, style, (doc, { flow, json, indent }) => {
        const text = json
          ? JSON.stringify(doc, null, indent)
          : dump(doc, { flowLevel: flow ? 1 : -1, indent: indent + 1, lineWidth: -1 });
        expect(firstDifference(text), text).toBeUndefined();
        expect(firstDifference(stringify(doc, { indent: indent + 1 }))).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('reads JSON (by JSON.parse) to the value js-yaml reads from it', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 3 }), (doc, indent) => {
        const text = JSON.stringify({ doc, list: [doc] }, null, indent);
        const parsed = parseText(text, 'm.json', DEFAULT_LIMITS);
        expect(parsed.value).toEqual(load(text));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a JSON key given twice, at the second', () => {
    const result = loadModel('{\n  "mvnoscope": 1,\n  "a": {"b": 1, "b": 2}\n}\n', {
      file: 'm.json',
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.find((d) => d.code === 'duplicate-key')).toMatchObject({
      position: { line: 3, column: 17 },
    });
  });
});
