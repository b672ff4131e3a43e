/**
 * Property tests: whatever is done to a valid model, the loader answers (no throw, no hang)
 * and every problem it reports carries a position inside the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { type LoadResult, loadModel } from '../../src/model/load/load-model.js';
import { exampleFiles, MINIMAL, readExample, STARTER } from '../support/load.js';

// Two shipped examples beside the starter keep each run fast (a mutated model is re-read by the
// position-keeping parser, ~1.5 µs a character) while covering every section of the schema.
const SOURCES = [
  STARTER,
  MINIMAL,
  ...exampleFiles()
    .filter((name) => name.startsWith('light-') || name.startsWith('global-'))
    .map(readExample),
];

function checkAnswer(text: string, result: LoadResult): void {
  const lines = text.split('\n').length;
  for (const d of result.diagnostics) {
    expect(d.position.line, d.message).toBeGreaterThanOrEqual(1);
    expect(d.position.line, d.message).toBeLessThanOrEqual(lines + 1);
    expect(d.position.column, d.message).toBeGreaterThanOrEqual(1);
    expect(d.code).toMatch(/^[a-z0-9-]+$/);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.file).toBe('mutant.yaml');
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (result.ok) expect(errors).toBe(0);
  else expect(errors).toBeGreaterThan(0);
}

type Tree = unknown;

/** Walks `choices` down the tree and applies `edit` to the container it stops in. */
function mutateAt(
  tree: Tree,
  choices: readonly number[],
  edit: (container: Record<string, unknown> | unknown[], key: string | number) => void,
): void {
  let node = tree;
  for (let depth = 0; depth < choices.length; depth++) {
    const keys: (string | number)[] = Array.isArray(node)
      ? node.map((_, i) => i)
      : typeof node === 'object' && node !== null
        ? Object.keys(node)
        : [];
    if (keys.length === 0) return;
    const key = keys[(choices[depth] ?? 0) % keys.length] as string | number;
    const child = (node as Record<string | number, unknown>)[key];
    const last = depth === choices.length - 1 || typeof child !== 'object' || child === null;
    if (last) {
      edit(node as Record<string, unknown> | unknown[], key);
      return;
    }
    node = child;
  }
}

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('mno-a', 'host-mno', 'radio_access', '50%', '150%', '2026-02-30', 'op', ''),
);
const replacement = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 2 }),
);

const structuralEdit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('replace' as const), value: replacement }),
  fc.record({
    kind: fc.constant('rename' as const),
    name: fc.string({ minLength: 1, maxLength: 10 }),
  }),
  fc.record({ kind: fc.constant('duplicate' as const) }),
);

describe('the loader under mutation', () => {
  it('answers every structural mutation with positioned diagnostics', () => {
    fc.assert(
      fc.property(
        fc.nat(SOURCES.length - 1),
        fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.array(structuralEdit, { minLength: 4, maxLength: 4 }),
        (source, paths, edits) => {
          const tree = parse(SOURCES[source] ?? '') as Tree;
          paths.forEach((choices, i) => {
            const edit = edits[i % edits.length];
            mutateAt(tree, choices, (container, key) => {
              if (Array.isArray(container)) {
                const index = key as number;
                if (edit?.kind === 'delete') container.splice(index, 1);
                else if (edit?.kind === 'duplicate')
                  container.splice(index, 0, structuredClone(container[index]));
                else if (edit?.kind === 'replace') container[index] = edit.value;
              } else {
                const name = key as string;
                if (edit?.kind === 'delete') delete container[name];
                else if (edit?.kind === 'replace') container[name] = edit.value;
                else if (edit?.kind === 'rename') {
                  container[edit.name] = container[name];
                  delete container[name];
                }
              }
            });
          });
          const text = stringify(tree);
          checkAnswer(text, loadModel(text, { file: 'mutant.yaml' }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('answers every textual mutation (cut, insert, swap lines) with positioned diagnostics', () => {
    const textualEdit = fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat(40) }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        text: fc.string({
          maxLength: 8,
          unit: fc.constantFrom(
            '[',
            ']',
            '{',
            '}',
            ':',
            '-',
            ' ',
            '\n',
            '&',
            '*',
            '"',
            "'",
            '#',
            '|',
            '>',
            'a',
            '1',
            '\t',
            '%',
            '!',
          ),
        }),
      }),
      fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.nat(SOURCES.length - 1),
        fc.array(textualEdit, { minLength: 1, maxLength: 5 }),
        (source, edits) => {
          let text = SOURCES[source] ?? '';
          for (const edit of edits) {
            if (edit.kind === 'cut') {
              const at = edit.at % (text.length + 1);
              text = text.slice(0, at) + text.slice(at + edit.length);
            } else if (edit.kind === 'insert') {
              const at = edit.at % (text.length + 1);
              text = text.slice(0, at) + edit.text + text.slice(at);
            } else {
              const lines = text.split('\n');
              const a = edit.a % lines.length;
              const b = edit.b % lines.length;
              [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
              text = lines.join('\n');
            }
          }
          checkAnswer(text, loadModel(text, { file: 'mutant.yaml' }));
        },
      ),
      { numRuns: 200 },
    );
  });
});
