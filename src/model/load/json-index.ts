/**
 * The JSON path of the one parse (parse-text.ts): `JSON.parse` gives the value, several times
 * faster than any YAML parser, and one scan of the text here gives the same index of node
 * positions the YAML path builds from js-yaml's events (event-index.ts), with the ranges the
 * `yaml` library gives JSON: a string with its quotes, a number or literal as written, an
 * object or array from its bracket to the one that closes it.
 *
 * JSON.parse keeps the last of two equal keys, where a model must refuse them; the scan sees
 * every key, and a text with a duplicate is left to the YAML path, which reports it with its
 * position. The text is valid JSON when this runs (JSON.parse accepted it).
 */
import { EventIndex } from './event-index.js';

const KIND_SCALAR = 1;
const KIND_SEQUENCE = 2;
const KIND_MAPPING = 3;

/** Objects with more keys than this check duplicates with a set rather than a scan. */
const SCAN_LIMIT = 16;

/** Refused by the scan: a duplicate key, which the YAML path reports. */
class DuplicateKey extends Error {}

export function indexJson(text: string): EventIndex | undefined {
  try {
    return new JsonScan(text).run();
  } catch (error) {
    if (error instanceof DuplicateKey) return undefined;
    throw error;
  }
}

class JsonScan {
  private starts: Int32Array;
  private ends: Int32Array;
  private kinds: Uint8Array;
  private firstChild: Int32Array;
  private childCount: Int32Array;
  private children: Int32Array;
  private readonly keyTexts = new Map<number, string>();
  private nodes = 0;
  private childrenUsed = 0;
  private at = 0;

  constructor(private readonly text: string) {
    // A node takes at least two characters of the text but for single digits; start with an
    // eighth and grow by doubling.
    const capacity = Math.max(16, text.length >> 3);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.childCount = new Int32Array(capacity);
    this.children = new Int32Array(capacity);
  }

  run(): EventIndex {
    this.skipSpace();
    const root = this.value();
    return EventIndex.assemble({
      text: this.text,
      starts: this.starts,
      ends: this.ends,
      kinds: this.kinds,
      firstChild: this.firstChild,
      childCount: this.childCount,
      children: this.children,
      keyTexts: this.keyTexts,
      root,
    });
  }

  /** Reads the value at the cursor (after white space) and returns its node. */
  private value(): number {
    const code = this.text.charCodeAt(this.at);
    if (code === 0x7b) return this.object();
    if (code === 0x5b) return this.array();
    const start = this.at;
    if (code === 0x22) this.at = this.stringEnd(start);
    else this.at = this.literalEnd(start);
    return this.node(KIND_SCALAR, start, this.at);
  }

  private object(): number {
    const node = this.node(KIND_MAPPING, this.at, 0);
    this.at++;
    const kids: number[] = [];
    // The names so far, to refuse a repeated one: a list for the few keys of most objects, a
    // set once there are many.
    const names: string[] = [];
    let large: Set<string> | undefined;
    this.skipSpace();
    while (this.text.charCodeAt(this.at) !== 0x7d) {
      const keyStart = this.at;
      this.at = this.stringEnd(keyStart);
      const key = this.node(KIND_SCALAR, keyStart, this.at);
      const raw = this.text.slice(keyStart + 1, this.at - 1);
      const name = raw.includes('\\')
        ? (JSON.parse(this.text.slice(keyStart, this.at)) as string)
        : raw;
      if (name !== raw) this.keyTexts.set(key, name);
      if (large === undefined) {
        if (names.includes(name)) throw new DuplicateKey();
        names.push(name);
        if (names.length > SCAN_LIMIT) large = new Set(names);
      } else {
        if (large.has(name)) throw new DuplicateKey();
        large.add(name);
      }
      this.skipSpace();
      this.at++; // :
      this.skipSpace();
      kids.push(key, this.value());
      this.skipSpace();
      if (this.text.charCodeAt(this.at) === 0x2c) {
        this.at++;
        this.skipSpace();
      }
    }
    this.at++;
    this.close(node, kids);
    return node;
  }

  private array(): number {
    const node = this.node(KIND_SEQUENCE, this.at, 0);
    this.at++;
    const kids: number[] = [];
    this.skipSpace();
    while (this.text.charCodeAt(this.at) !== 0x5d) {
      kids.push(this.value());
      this.skipSpace();
      if (this.text.charCodeAt(this.at) === 0x2c) {
        this.at++;
        this.skipSpace();
      }
    }
    this.at++;
    this.close(node, kids);
    return node;
  }

  private close(node: number, kids: readonly number[]): void {
    this.ends[node] = this.at;
    this.firstChild[node] = this.childrenUsed;
    this.childCount[node] = kids.length;
    for (const kid of kids) {
      if (this.childrenUsed === this.children.length) this.children = grown(this.children);
      this.children[this.childrenUsed++] = kid;
    }
  }

  private node(kind: number, start: number, end: number): number {
    if (this.nodes === this.starts.length) this.grow();
    const node = this.nodes++;
    this.kinds[node] = kind;
    this.starts[node] = start;
    this.ends[node] = end;
    return node;
  }

  private grow(): void {
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.firstChild = grown(this.firstChild);
    this.childCount = grown(this.childCount);
    const kinds = new Uint8Array(this.kinds.length * 2);
    kinds.set(this.kinds);
    this.kinds = kinds;
  }

  /** Just past the closing quote of the string that opens at `start`. */
  private stringEnd(start: number): number {
    const text = this.text;
    let at = start + 1;
    for (;;) {
      const quote = text.indexOf('"', at);
      if (quote === -1) return text.length;
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      at = quote + 1;
    }
  }

  /** Just past a number, `true`, `false` or `null`. */
  private literalEnd(start: number): number {
    const text = this.text;
    let at = start;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code === 0x2c || code === 0x7d || code === 0x5d || isSpace(code)) break;
      at++;
    }
    return at;
  }

  private skipSpace(): void {
    while (isSpace(this.text.charCodeAt(this.at))) this.at++;
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function grown(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
