/**
 * Maps model paths (keys and list indexes) back to positions in the text, so that every
 * diagnostic, and later every finding, can name the line it is about.
 *
 * The position-keeping YAML parser (`yaml`) is several times slower than the value-only one
 * the loader uses on its fast path, so the document is parsed here only when a position is
 * first asked for; a valid model with nothing to report never pays for it.
 */
import {
  type Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
} from 'yaml';
import type { ModelPath, SourcePosition } from './diagnostic.js';

export interface SourceSpan {
  readonly start: SourcePosition;
  readonly end: SourcePosition;
}

export class SourceMap {
  private lineStarts: number[] | undefined;

  constructor(
    readonly text: string,
    private doc?: Document,
  ) {}

  /** Position (1-based line and column) of an offset in the text. */
  positionOf(offset: number): SourcePosition {
    this.lineStarts ??= lineStartsOf(this.text);
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }

  /**
   * The span of the value at `path`; when the path goes further than the document (a missing
   * key), the span of the deepest node that exists, which is where the key should be added.
   */
  spanOf(path: ModelPath): SourceSpan {
    const node = this.deepestNode(path);
    const range = node?.range ?? [0, 0, 0];
    return { start: this.positionOf(range[0]), end: this.positionOf(range[1]) };
  }

  /** The span of the key `key` in the mapping at `path` (for unknown or duplicated keys). */
  keySpanOf(path: ModelPath, key: string): SourceSpan {
    const node = this.nodeAt(path);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) {
          return {
            start: this.positionOf(pair.key.range[0]),
            end: this.positionOf(pair.key.range[1]),
          };
        }
      }
    }
    return this.spanOf(path);
  }

  /** Whether the document has a node at exactly this path. */
  has(path: ModelPath): boolean {
    return this.nodeAt(path) !== undefined;
  }

  private document(): Document {
    this.doc ??= parseDocument(this.text, { uniqueKeys: false });
    return this.doc;
  }

  private nodeAt(path: ModelPath): Node | undefined {
    let node: unknown = this.document().contents;
    for (const segment of path) {
      node = child(node, segment);
      if (node === undefined) return undefined;
    }
    return isNode(node) ? node : undefined;
  }

  private deepestNode(path: ModelPath): Node | undefined {
    let node: unknown = this.document().contents;
    let deepest = isNode(node) ? node : undefined;
    for (const segment of path) {
      node = child(node, segment);
      if (!isNode(node)) break;
      deepest = node;
    }
    return deepest;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function child(node: unknown, segment: string | number): unknown {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
    );
    return pair?.value ?? undefined;
  }
  if (isSeq(node) && typeof segment === 'number') return node.items[segment];
  return undefined;
}
