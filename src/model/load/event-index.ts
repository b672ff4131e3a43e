/**
 * Source positions of every node of a YAML (or JSON) document, built from js-yaml's event stream
 * in the same parse that gives the value (parse-text.ts), so that no second parser ever reads
 * the text for positions.
 *
 * Nodes are numbered in document order and kept in typed arrays: a start and an end offset each,
 * and for collections their children (a mapping's as key, value, key, value …). Offsets follow
 * the `yaml` library's node ranges, which the diagnostics were written against (range[0] and
 * range[1]; the events give content offsets, so quotes, block-scalar headers, empty values and
 * the ends of collections are recovered from the text here):
 *
 *   plain scalar        its text;                      quoted: with its quotes;
 *   block scalar        from the `|` or `>` header to its last line with content (`|+`: the
 *                       kept blank lines too);
 *   empty value         a point just after its `:` or `-` and the spaces that follow;
 *   flow collection     from the bracket to the closing bracket;
 *   block collection    from its first key or dash to the end of its last entry, with that
 *                       entry's trailing comment and line break when it is a scalar or a flow
 *                       collection.
 *
 * A mapping's key is found by scanning its pairs; mappings with many keys get a hash map on first
 * use, so that looking up every key of a mapping of 180,000 keys stays linear overall.
 */
import { EVENT_ID, type Event, getScalarValue, load, type ScalarEvent } from 'js-yaml';

const KIND_SCALAR = 1;
const KIND_SEQUENCE = 2;
const KIND_MAPPING = 3;
const KIND_ALIAS = 4;

const STYLE_PLAIN = 1;
const STYLE_SINGLE_QUOTED = 2;
const STYLE_DOUBLE_QUOTED = 3;
const STYLE_LITERAL = 4;
const STYLE_FOLDED = 5;
const CHOMPING_KEEP = 3;
const COLLECTION_FLOW = 2;

/** Mappings with more pairs than this are looked up through a hash map built on first use. */
const SCAN_LIMIT = 16;

/** Plain keys that YAML's core schema reads as something other than their text (1.0 → "1"). */
const NON_STRING_PLAIN = /^(?:[-+.0-9].*|~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

interface Frame {
  readonly node: number;
  readonly flow: boolean;
  /** Where the collection's children start on the builder's stack of children. */
  readonly kidsFrom: number;
}

export class EventIndex {
  private readonly lookups = new Map<number, Map<string, number>>();

  private constructor(
    private readonly text: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly kinds: Uint8Array,
    private readonly firstChild: Int32Array,
    private readonly childCount: Int32Array,
    private readonly children: Int32Array,
    /** Keys whose value is not their source text (escapes, folded lines, core-schema numbers). */
    private readonly keyTexts: Map<number, string>,
    /** The document's root node, -1 for an empty document. */
    readonly root: number,
  ) {}

  /** Builds the index from the events of a text holding one document. */
  static fromEvents(text: string, events: readonly Event[]): EventIndex {
    return new IndexBuilder(text, events.length).build(events);
  }

  /** @internal the builder's constructor */
  static assemble(parts: IndexParts): EventIndex {
    return new EventIndex(
      parts.text,
      parts.starts,
      parts.ends,
      parts.kinds,
      parts.firstChild,
      parts.childCount,
      parts.children,
      parts.keyTexts,
      parts.root,
    );
  }

  start(node: number): number {
    return this.starts[node] ?? 0;
  }

  end(node: number): number {
    return this.ends[node] ?? 0;
  }

  /** The child at a key (mapping) or index (sequence), or -1. */
  child(node: number, segment: string | number): number {
    const kind = this.kinds[node];
    if (kind === KIND_SEQUENCE) {
      if (typeof segment !== 'number') return -1;
      const count = this.childCount[node] ?? 0;
      if (!Number.isInteger(segment) || segment < 0 || segment >= count) return -1;
      return this.children[(this.firstChild[node] ?? 0) + segment] ?? -1;
    }
    if (kind !== KIND_MAPPING) return -1;
    const pair = this.pairOf(node, String(segment));
    return pair === -1 ? -1 : (this.children[pair + 1] ?? -1);
  }

  /** The key node of `key` in the mapping `node`, or -1. */
  keyNode(node: number, key: string): number {
    if (this.kinds[node] !== KIND_MAPPING) return -1;
    const pair = this.pairOf(node, key);
    return pair === -1 ? -1 : (this.children[pair] ?? -1);
  }

  /**
   * The offset in `children` of the first pair whose key reads `key`, or -1. The last answer is
   * kept: problems come in runs under one section (`integrations` 60,000 times in a row).
   */
  private pairOf(node: number, key: string): number {
    if (node === this.lastLookup.node && key === this.lastLookup.key) return this.lastLookup.pair;
    const pair = this.findPair(node, key);
    this.lastLookup = { node, key, pair };
    return pair;
  }

  private lastLookup = { node: -1, key: '', pair: -1 };

  private findPair(node: number, key: string): number {
    const first = this.firstChild[node] ?? 0;
    const count = this.childCount[node] ?? 0;
    if (count <= SCAN_LIMIT * 2) {
      for (let at = first; at < first + count; at += 2) {
        if (this.keyReads(this.children[at] ?? -1, key)) return at;
      }
      return -1;
    }
    let lookup = this.lookups.get(node);
    if (lookup === undefined) {
      lookup = new Map();
      for (let at = first; at < first + count; at += 2) {
        const text = this.keyText(this.children[at] ?? -1);
        if (text !== undefined && lookup.get(text) === undefined) lookup.set(text, at);
      }
      this.lookups.set(node, lookup);
    }
    return lookup.get(key) ?? -1;
  }

  /** Whether a key reads `key`: `keyText(node) === key` without cutting the key out of the text. */
  private keyReads(node: number, key: string): boolean {
    if (this.kinds[node] !== KIND_SCALAR) return false;
    const special = this.keyTexts.size === 0 ? undefined : this.keyTexts.get(node);
    if (special !== undefined) return special === key;
    let start = this.starts[node] ?? 0;
    let end = this.ends[node] ?? 0;
    const first = this.text.charCodeAt(start);
    if (first === 0x22 || first === 0x27) {
      start++;
      end--;
    }
    return end - start === key.length && this.text.startsWith(key, start);
  }

  /** What a key reads as, or undefined for a key that is not a scalar. */
  private keyText(node: number): string | undefined {
    if (this.kinds[node] !== KIND_SCALAR) return undefined;
    const special = this.keyTexts.get(node);
    if (special !== undefined) return special;
    const start = this.starts[node] ?? 0;
    const end = this.ends[node] ?? 0;
    const first = this.text.charCodeAt(start);
    // Quoted keys without escapes: the text between the quotes.
    if (first === 0x22 || first === 0x27) return this.text.slice(start + 1, end - 1);
    return this.text.slice(start, end);
  }
}

interface IndexParts {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  readonly firstChild: Int32Array;
  readonly childCount: Int32Array;
  readonly children: Int32Array;
  readonly keyTexts: Map<number, string>;
  readonly root: number;
}

/** One walk over the events, with a stack of the collections still open. */
class IndexBuilder {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly firstChild: Int32Array;
  private readonly childCount: Int32Array;
  private readonly children: Int32Array;
  /** 1 for nodes whose line's rest (spaces, a comment, the break) ends a block collection after them. */
  private readonly takesLineRest: Uint8Array;
  private readonly keyTexts = new Map<number, string>();
  private readonly stack: Frame[] = [];
  /**
   * The children of the open collections, innermost last: a collection's children lie together
   * from its frame's `kidsFrom` (an inner collection's are taken off when it closes), so no
   * collection needs an array of its own while it is read.
   */
  private readonly kidStack: Int32Array;
  private kidTop = 0;
  private nodes = 0;
  private childrenUsed = 0;
  private root = -1;
  /** End of the last node read: where an empty value or a block header is looked for. */
  private cursor = 0;

  constructor(
    private readonly text: string,
    events: number,
  ) {
    // Every event but the document's and the pops is one node: the event count bounds both.
    this.starts = new Int32Array(events);
    this.ends = new Int32Array(events);
    this.kinds = new Uint8Array(events);
    this.firstChild = new Int32Array(events);
    this.childCount = new Int32Array(events);
    this.children = new Int32Array(events);
    this.takesLineRest = new Uint8Array(events);
    this.kidStack = new Int32Array(events);
  }

  build(events: readonly Event[]): EventIndex {
    // An index loop: a for…of here allocated an iterator result per event (61 MB at 10,000
    // providers) while the loop ran unoptimised.
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as Event;
      switch (event.type) {
        case EVENT_ID.SCALAR:
          this.scalar(event);
          break;
        case EVENT_ID.SEQUENCE:
        case EVENT_ID.MAPPING:
          this.open(
            event.type === EVENT_ID.SEQUENCE ? KIND_SEQUENCE : KIND_MAPPING,
            event.start,
            event.style === COLLECTION_FLOW,
          );
          break;
        case EVENT_ID.ALIAS:
          this.leaf(KIND_ALIAS, event.anchorStart - 1, event.anchorEnd);
          break;
        case EVENT_ID.POP:
          this.close();
          break;
        default:
          break;
      }
    }
    return EventIndex.assemble({
      text: this.text,
      starts: this.starts,
      ends: this.ends,
      kinds: this.kinds,
      firstChild: this.firstChild,
      childCount: this.childCount,
      children: this.children,
      keyTexts: this.keyTexts,
      root: this.root,
    });
  }

  private scalar(event: ScalarEvent): void {
    const { valueStart, valueEnd, style } = event;
    let node: number;
    if (valueStart === -1) {
      const at = this.emptyValueOffset();
      node = this.leaf(KIND_SCALAR, at, at);
    } else if (style === STYLE_SINGLE_QUOTED || style === STYLE_DOUBLE_QUOTED) {
      node = this.leaf(KIND_SCALAR, valueStart - 1, valueEnd + 1);
      this.takesLineRest[node] = 1;
    } else if (style === STYLE_LITERAL || style === STYLE_FOLDED) {
      // A block scalar ends with its own line break already.
      const header = this.blockHeaderOffset(valueStart);
      const end =
        event.chomping === CHOMPING_KEEP ? valueEnd : this.lastContentEnd(valueStart, valueEnd);
      node = this.leaf(KIND_SCALAR, header, end);
    } else {
      node = this.leaf(KIND_SCALAR, valueStart, valueEnd);
      this.takesLineRest[node] = 1;
    }
    if (this.isKeyPosition()) this.rememberKeyText(node, event);
  }

  /** Whether the next node of the innermost open collection is a mapping key. */
  private isKeyPosition(): boolean {
    const frame = this.stack.at(-1);
    // The leaf was pushed already: a key is at an odd count (0-based even place).
    return (
      frame !== undefined &&
      this.kinds[frame.node] === KIND_MAPPING &&
      (this.kidTop - frame.kidsFrom) % 2 === 1
    );
  }

  /** Keeps what a key reads as when it differs from what `keyText` would take from the text. */
  private rememberKeyText(node: number, event: ScalarEvent): void {
    if (event.valueStart === -1) {
      this.keyTexts.set(node, '');
      return;
    }
    let value = getScalarValue(this.text, event);
    if (event.style === STYLE_PLAIN && NON_STRING_PLAIN.test(value)) value = coreKeyText(value);
    if (value !== this.text.slice(event.valueStart, event.valueEnd)) this.keyTexts.set(node, value);
  }

  private leaf(kind: number, start: number, end: number): number {
    const node = this.nodes++;
    this.kinds[node] = kind;
    this.starts[node] = start;
    this.ends[node] = end;
    this.attach(node);
    this.cursor = end;
    return node;
  }

  private open(kind: number, start: number, flow: boolean): void {
    const node = this.nodes++;
    this.kinds[node] = kind;
    this.starts[node] = start;
    this.attach(node);
    this.stack.push({ node, flow, kidsFrom: this.kidTop });
    this.cursor = flow ? start + 1 : start;
  }

  private attach(node: number): void {
    const parent = this.stack.at(-1);
    if (parent === undefined) {
      if (this.root === -1) this.root = node;
    } else this.kidStack[this.kidTop++] = node;
  }

  private close(): void {
    const frame = this.stack.pop();
    if (frame === undefined) return; // the document's own pop
    const { node, kidsFrom } = frame;
    const count = this.kidTop - kidsFrom;
    this.firstChild[node] = this.childrenUsed;
    this.childCount[node] = count;
    this.children.set(this.kidStack.subarray(kidsFrom, this.kidTop), this.childrenUsed);
    this.childrenUsed += count;
    const last = count === 0 ? undefined : this.kidStack[this.kidTop - 1];
    this.kidTop = kidsFrom;
    const start = this.starts[node] ?? 0;
    let end: number;
    if (frame.flow) {
      end = this.closingBracket(last === undefined ? start + 1 : (this.ends[last] ?? 0));
      this.takesLineRest[node] = 1;
    } else if (last === undefined) end = start;
    else {
      // A block collection ends with its last entry, and the rest of the entry's line when
      // that is a plain or quoted scalar or a flow collection.
      const lastEnd = this.ends[last] ?? 0;
      end = this.takesLineRest[last] === 1 ? this.lineEnd(lastEnd) : lastEnd;
    }
    this.ends[node] = end;
    this.cursor = end;
  }

  /** After a value: its spaces, a comment and the line break (`\n` or `\r\n`). */
  private lineEnd(offset: number): number {
    const text = this.text;
    let at = offset;
    while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
    if (text.charCodeAt(at) === 0x23) {
      while (at < text.length && text.charCodeAt(at) !== 0x0a && text.charCodeAt(at) !== 0x0d) at++;
    }
    if (text.charCodeAt(at) === 0x0d) at++;
    if (text.charCodeAt(at) === 0x0a) at++;
    return at;
  }

  /** The offset just past the bracket that closes a flow collection, from after its last item. */
  private closingBracket(from: number): number {
    const text = this.text;
    let at = from;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code === 0x5d || code === 0x7d) return at + 1; // ] }
      if (code === 0x23) {
        while (at < text.length && text.charCodeAt(at) !== 0x0a) at++;
        continue;
      }
      at++;
    }
    return text.length;
  }

  /** An empty value sits after the `:` of its key or the `-` of its entry, and the spaces after. */
  private emptyValueOffset(): number {
    const text = this.text;
    const frame = this.stack.at(-1);
    const indicator = frame !== undefined && this.kinds[frame.node] === KIND_SEQUENCE ? 0x2d : 0x3a;
    let at = this.cursor;
    // Only white space and comments come between a key or an entry and its indicator.
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) at++;
      else if (code === 0x23) while (at < text.length && text.charCodeAt(at) !== 0x0a) at++;
      else if (code === indicator) break;
      else return this.cursor;
    }
    at++;
    while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
    return at;
  }

  /** The `|` or `>` that opens a block scalar: the first after the node before it. */
  private blockHeaderOffset(contentStart: number): number {
    const text = this.text;
    for (let at = this.cursor; at < contentStart; at++) {
      const code = text.charCodeAt(at);
      if (code === 0x7c || code === 0x3e) return at;
    }
    return contentStart;
  }

  /** The end of a block scalar's last line with content, its trailing blank lines left out. */
  private lastContentEnd(start: number, end: number): number {
    const text = this.text;
    let at = end;
    while (at > start && text.charCodeAt(at - 1) === 0x0a) {
      let lineStart = at - 1;
      while (lineStart > start && text.charCodeAt(lineStart - 1) !== 0x0a) lineStart--;
      if (lineStart <= start || !isBlank(text, lineStart, at - 1)) break;
      at = lineStart;
    }
    return at;
  }
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false;
  }
  return true;
}

/** A plain key as the core schema reads it (`1.0` → `1`, `~` → `null`), as object keys are. */
function coreKeyText(source: string): string {
  try {
    return String(load(source));
  } catch {
    return source;
  }
}
