/**
 * Maps model paths (keys and list indexes) back to positions in the text, so that every
 * diagnostic, and later every finding, can name the line it is about.
 *
 * The positions come from the same parse as the value: parse-text.ts hands over the index it
 * built from js-yaml's events (event-index.ts). The texts js-yaml refuses (duplicate keys,
 * aliases) are read by the `yaml` library instead, whose document is then the source of
 * positions. Either way a lookup follows the path once, and a key is found in its mapping
 * through a hash map when the mapping is large, so reporting every key of a mapping is linear.
 */
import { parseEvents } from 'js-yaml';
import { type Document, isMap, isNode, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { ModelPath, SourcePosition } from './diagnostic.js';
import { EventIndex } from './event-index.js';

export interface SourceSpan {
  readonly start: SourcePosition;
  readonly end: SourcePosition;
}

/** Offsets, start and end, in the text. */
type Range = readonly [number, number];

/** Where the nodes of one document are: what a SourceMap asks of either parser's result. */
interface Positions {
  /** The range of the node at `path`, or of the deepest node on the way that exists. */
  deepest(path: ModelPath): Range;
  /** The range of the key `key` of the mapping at `path`. */
  keyRange(path: ModelPath, key: string): Range | undefined;
  has(path: ModelPath): boolean;
}

export class SourceMap {
  private lineStarts: Int32Array | undefined;
  private positions: Positions | undefined;

  /**
   * `nodes` is the index of the parse (or the `yaml` document for texts read by that library);
   * without it, the text is indexed the first time a position is asked for.
   */
  constructor(
    readonly text: string,
    nodes?: EventIndex | Document,
  ) {
    if (nodes instanceof EventIndex) this.positions = new EventPositions(nodes);
    else if (nodes !== undefined) this.positions = new DocumentPositions(nodes);
  }

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
    return this.spanOfRange(this.nodes().deepest(path));
  }

  /** The span of the key `key` in the mapping at `path` (for unknown or duplicated keys). */
  keySpanOf(path: ModelPath, key: string): SourceSpan {
    const range = this.nodes().keyRange(path, key);
    return range === undefined ? this.spanOf(path) : this.spanOfRange(range);
  }

  /** Where `spanOf(path)` starts, without finding where it ends (for problems only counted). */
  startOf(path: ModelPath): SourcePosition {
    return this.positionOf(this.nodes().deepest(path)[0]);
  }

  /** Where `keySpanOf(path, key)` starts. */
  keyStartOf(path: ModelPath, key: string): SourcePosition {
    const range = this.nodes().keyRange(path, key);
    return range === undefined ? this.startOf(path) : this.positionOf(range[0]);
  }

  /** Whether the document has a node at exactly this path. */
  has(path: ModelPath): boolean {
    return this.nodes().has(path);
  }

  private spanOfRange([start, end]: Range): SourceSpan {
    return { start: this.positionOf(start), end: this.positionOf(end) };
  }

  private nodes(): Positions {
    this.positions ??= this.indexText();
    return this.positions;
  }

  /** For a map made without the parse's index: index the text now (an unreadable one: nothing). */
  private indexText(): Positions {
    try {
      return new EventPositions(EventIndex.fromEvents(this.text, parseEvents(this.text, {})));
    } catch {
      return NO_POSITIONS;
    }
  }
}

const NO_POSITIONS: Positions = {
  deepest: () => [0, 0],
  keyRange: () => undefined,
  has: () => false,
};

class EventPositions implements Positions {
  constructor(private readonly index: EventIndex) {}

  deepest(path: ModelPath): Range {
    let node = this.index.root;
    if (node === -1) return [0, 0];
    for (const segment of path) {
      const next = this.index.child(node, segment);
      if (next === -1) break;
      node = next;
    }
    return [this.index.start(node), this.index.end(node)];
  }

  keyRange(path: ModelPath, key: string): Range | undefined {
    const map = this.nodeAt(path);
    if (map === -1) return undefined;
    const keyNode = this.index.keyNode(map, key);
    return keyNode === -1 ? undefined : [this.index.start(keyNode), this.index.end(keyNode)];
  }

  has(path: ModelPath): boolean {
    return this.nodeAt(path) !== -1;
  }

  private nodeAt(path: ModelPath): number {
    let node = this.index.root;
    for (const segment of path) {
      if (node === -1) return -1;
      node = this.index.child(node, segment);
    }
    return node;
  }
}

/** Mappings with more pairs than this get a hash map from key to pair on first lookup. */
const SCAN_LIMIT = 16;

/** Positions from a `yaml` document (the texts js-yaml refuses: duplicate keys, aliases). */
class DocumentPositions implements Positions {
  private readonly lookups = new WeakMap<YAMLMap, Map<string, number>>();

  constructor(private readonly doc: Document) {}

  deepest(path: ModelPath): Range {
    let node: unknown = this.doc.contents;
    let deepest = isNode(node) ? node : undefined;
    for (const segment of path) {
      node = this.child(node, segment);
      if (!isNode(node)) break;
      deepest = node;
    }
    const range = deepest?.range ?? [0, 0, 0];
    return [range[0], range[1]];
  }

  keyRange(path: ModelPath, key: string): Range | undefined {
    const node = this.nodeAt(path);
    if (!isMap(node)) return undefined;
    const pair = node.items[this.pairIndex(node, key)];
    if (pair === undefined || !isScalar(pair.key) || !pair.key.range) return undefined;
    return [pair.key.range[0], pair.key.range[1]];
  }

  has(path: ModelPath): boolean {
    return this.nodeAt(path) !== undefined;
  }

  private nodeAt(path: ModelPath): Node | undefined {
    let node: unknown = this.doc.contents;
    for (const segment of path) {
      node = this.child(node, segment);
      if (node === undefined) return undefined;
    }
    return isNode(node) ? node : undefined;
  }

  private child(node: unknown, segment: string | number): unknown {
    if (isMap(node)) return node.items[this.pairIndex(node, String(segment))]?.value ?? undefined;
    if (isSeq(node) && typeof segment === 'number') return node.items[segment];
    return undefined;
  }

  /** The index of the first pair whose scalar key reads `key`, or -1. */
  private pairIndex(map: YAMLMap, key: string): number {
    const keyOf = (index: number): string | undefined => {
      const item = map.items[index]?.key;
      return isScalar(item) ? String(item.value) : undefined;
    };
    if (map.items.length <= SCAN_LIMIT) {
      for (let i = 0; i < map.items.length; i++) if (keyOf(i) === key) return i;
      return -1;
    }
    let lookup = this.lookups.get(map);
    if (lookup === undefined) {
      lookup = new Map();
      for (let i = 0; i < map.items.length; i++) {
        const text = keyOf(i);
        if (text !== undefined && !lookup.has(text)) lookup.set(text, i);
      }
      this.lookups.set(map, lookup);
    }
    return lookup.get(key) ?? -1;
  }
}

/**
 * The offset where each line starts, in a typed array grown by doubling: a 96 MB model has 4.5
 * million lines, and a plain array of them took twice as long to build and was scavenged
 * again and again.
 */
function lineStartsOf(text: string): Int32Array {
  let starts = new Int32Array(Math.max(16, text.length >> 5));
  let count = 1; // starts[0] = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (count === starts.length) {
      const grown = new Int32Array(count * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = i + 1;
  }
  return starts.subarray(0, count);
}
