/** Every move kind is a registered module with complete metadata, its own test and its generated page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveDoc } from '../../src/advice/move-docs.js';
import { BUILTIN_MOVES } from '../../src/advice/moves/index.js';
import { ADVICE_PARAMETER_DEFAULTS } from '../../src/advice/parameters.js';

const root = join(import.meta.dirname, '..', '..');

describe('the move registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = BUILTIN_MOVES.map((m) => m.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  it.each(BUILTIN_MOVES.map((m) => [m.meta.id, m] as const))('%s is complete', (id, move) => {
    const { meta } = move;
    for (const text of [meta.title, meta.rationale, meta.appliesWhen, meta.changes])
      expect(text.length).toBeGreaterThan(10);
    expect(meta.layers.length).toBeGreaterThan(0);
    expect(meta.references.length).toBeGreaterThan(0);
    for (const name of meta.parameters)
      expect(Object.hasOwn(ADVICE_PARAMETER_DEFAULTS, name), name).toBe(true);
    expect(existsSync(join(root, 'test', 'advice', 'moves', `${id}.test.ts`)), 'its test').toBe(
      true,
    );
    const page = join(root, 'docs', 'moves', `${id}.md`);
    expect(readFileSync(page, 'utf8'), 'its generated page (npm run generate)').toBe(moveDoc(meta));
  });

  it('gives every parameter a reason', () => {
    for (const [name, p] of Object.entries(ADVICE_PARAMETER_DEFAULTS)) {
      expect(p.reason.length, name).toBeGreaterThan(10);
      expect(Number.isFinite(p.value), name).toBe(true);
    }
  });
});
