/**
 * Analyses already made, as the JSON text sent back, keyed by a hash of the model text, its
 * name and the user rules run with it. An analysis is a pure function of those three (no clock,
 * no random draws), so an answer
 * never goes stale; the cache only saves the CPU of analysing the same text again, which a
 * team opening the same version, or an editor re-asking after an undo, does all the time.
 * Bounded by the characters it holds; the least recently used entries go first. Invalid texts
 * are not cached (their 422 is cheap to make again).
 */
import { createHash } from 'node:crypto';
import type { Analyser } from './analyser.js';

/** About 64 MB of UTF-16 text: a few hundred analyses of a mid-sized model. */
const DEFAULT_MAX_CHARS = 32 * 1024 * 1024;

export class AnalysisCache implements Analyser {
  private readonly entries = new Map<string, string>();
  private chars = 0;

  constructor(
    private readonly inner: Analyser,
    private readonly maxChars = DEFAULT_MAX_CHARS,
  ) {}

  async analyse(name: string, text: string, rules?: string): Promise<string> {
    // The three parts as one JSON array: no two different triples hash the same text.
    const key = createHash('sha256')
      .update(JSON.stringify([name, text, rules ?? null]))
      .digest('hex');
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      // Re-inserting moves the entry to the young end of the Map's order.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const json = await this.inner.analyse(name, text, rules);
    if (json.length > this.maxChars || this.entries.has(key)) return json;
    this.entries.set(key, json);
    this.chars += json.length;
    for (const [oldest, value] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= value.length;
    }
    return json;
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
