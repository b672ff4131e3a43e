/**
 * The analysis cache answers a repeated request from memory, and only a repeated one: the
 * model's name, its text and the user rules run with it all make the key.
 */
import { describe, expect, it } from 'vitest';
import type { Analyser } from '../../src/server/analyser.js';
import { AnalysisCache } from '../../src/server/analysis-cache.js';

function counting(): Analyser & { readonly calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    analyse: async (name, text, rules) => {
      calls.push(`${name}|${text}|${rules ?? '-'}`);
      return JSON.stringify({ name, text, rules: rules ?? null });
    },
    close: async () => {},
  };
}

describe('the analysis cache', () => {
  it('analyses a text once for the same name and rules', async () => {
    const inner = counting();
    const cache = new AnalysisCache(inner);
    const first = await cache.analyse('m.yaml', 'text', 'rules: []');
    expect(await cache.analyse('m.yaml', 'text', 'rules: []')).toBe(first);
    expect(inner.calls).toHaveLength(1);
  });

  it('analyses again when the rules differ, or when there are none', async () => {
    const inner = counting();
    const cache = new AnalysisCache(inner);
    await cache.analyse('m.yaml', 'text');
    await cache.analyse('m.yaml', 'text', '');
    await cache.analyse('m.yaml', 'text', 'rules: []');
    const answer = await cache.analyse('m.yaml', 'text', 'rules: [a]');
    expect(JSON.parse(answer).rules).toBe('rules: [a]');
    expect(inner.calls).toHaveLength(4);
  });

  it('does not confuse a text ending like the rules with the rules', async () => {
    const inner = counting();
    const cache = new AnalysisCache(inner);
    await cache.analyse('m.yaml', 'text\u0000x');
    await cache.analyse('m.yaml', 'text', 'x');
    expect(inner.calls).toHaveLength(2);
  });
});
