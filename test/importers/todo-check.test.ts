/**
 * The loader's TODO check: a `# TODO` comment is a warning at its own line and column, with
 * the path of the entry it sits in; the word inside a quoted or block string is not a comment.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load/load-model.js';
import { starterModel } from '../../src/model/starter-model.js';

const starter = starterModel();

function todosOf(text: string) {
  const result = loadModel(text, { file: 'm.yaml' });
  expect(result.ok).toBe(true);
  return result.diagnostics.filter((d) => d.code === 'todo');
}

describe('TODO comments', () => {
  it('gives none for a model without them', () => {
    expect(todosOf(starter)).toEqual([]);
  });

  it('warns at the line and column of each TODO comment, with the path it sits in', () => {
    const text = starter
      .replace('  subscribers: 50000', '  subscribers: 0 # TODO placeholder: subscribers unknown')
      .replace(
        '    availability: 99.95%\n',
        '    availability: 99.95%\n    # TODO jurisdiction: not in the source\n',
      );
    const todos = todosOf(text);
    const lines = text.split('\n');
    const subscriberLine = lines.findIndex((l) => l.includes('subscribers: 0')) + 1;
    const jurisdictionLine = lines.findIndex((l) => l.includes('TODO jurisdiction')) + 1;
    expect(todos.map((t) => [t.position.line, t.position.column, t.message])).toEqual([
      [subscriberLine, 18, 'to fill in: placeholder: subscribers unknown'],
      [jurisdictionLine, 5, 'to fill in: jurisdiction: not in the source'],
    ]);
    expect(todos[0]?.path).toEqual(['operator', 'subscribers']);
    expect(todos[1]?.path).toEqual(['providers', 0]);
    expect(todos.every((t) => t.severity === 'warning')).toBe(true);
  });

  it('ignores TODO inside quoted and block strings', () => {
    const text = starter.replace(
      '  as_of: 2026-11-01',
      '  as_of: 2026-11-01\n  notes: "# TODO is text here"',
    );
    expect(todosOf(text)).toEqual([]);
    const block = starter.replace(
      '  as_of: 2026-11-01',
      '  as_of: 2026-11-01\n  notes: |\n    # TODO also text\n    second line',
    );
    expect(todosOf(block)).toEqual([]);
  });
});
