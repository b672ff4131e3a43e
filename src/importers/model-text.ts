/**
 * Edits to a model's own text, made where the edited value stands: the `yaml` library's
 * Document API finds each node and its source range, and the edit replaces, inserts or removes
 * exactly those characters. Everything no edit reaches keeps its bytes — comments, folded
 * notes, flow lists, blank lines, key order — so merging a few changes into a model gives a
 * diff of those changes only (re-printing the whole document would reflow every long note).
 *
 * Block mappings and lists are edited in place; a flow mapping (`{ … }`) is not, and says so
 * with its position. A JSON model (a flow document) is first written as block YAML.
 */
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseDocument,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

export type TextPath = readonly (string | number)[];

/** An edit the text's structure does not allow, at the offset of what stands in the way. */
export class ModelTextError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'ModelTextError';
  }
}

/**
 * A list item after `replaceList`: one already in the list (by index), or a new value —
 * when it `replaces` an item, that item's end-of-line comment stays with it.
 */
export type ListItem =
  | { readonly keep: number }
  | { readonly value: unknown; readonly replaces?: number };

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly order: number;
}

export class ModelText {
  readonly text: string;
  /** True when the model was a flow (JSON) document, now written as block YAML. */
  readonly fromJson: boolean;
  private readonly doc: Document.Parsed;
  private readonly splices: Splice[] = [];
  /** Whether the model writes flow mappings as `{ a: 1 }` rather than `{a: 1}`. */
  private readonly padded: boolean;

  constructor(text: string) {
    const parsed = parseDocument(text);
    this.fromJson = isMap(parsed.contents) && parsed.contents.flow === true;
    this.text = this.fromJson ? new Document(parsed.toJS()).toString({ lineWidth: 100 }) : text;
    if (!this.text.endsWith('\n')) this.text += '\n';
    this.doc = this.fromJson || this.text !== text ? parseDocument(this.text) : parsed;
    this.padded =
      (this.text.match(/\{ \S/g)?.length ?? 0) >= (this.text.match(/\{\S/g)?.length ?? 0);
  }

  /** The text read as a plain value (before any edit). */
  values(): unknown {
    return this.doc.toJS();
  }

  /** Where an offset of this text stands, 1-based. */
  positionOf(offset: number): { line: number; column: number } {
    const before = this.text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
  }

  /** Sets a key of a block mapping to a value written on one line, adding the key if absent. */
  set(path: TextPath, value: unknown): void {
    const { map, pair } = this.pairAt(path);
    const key = String(path.at(-1));
    if (pair === undefined) {
      this.insertKey(map, `${key}: ${this.inline(value)}`);
      return;
    }
    const node = pair.value as Node | null;
    const keyEnd = (pair.key as Node).range?.[1] ?? 0;
    if (node?.range === undefined || node.range === null) {
      this.splice(keyEnd, this.lineEnd(keyEnd) - 1, `: ${this.inline(value)}`);
      return;
    }
    const [start, end] = node.range;
    if ((isMap(node) || isSeq(node)) && !node.flow) {
      this.splice(keyEnd, this.lineEnd(end - 1), `: ${this.inline(value)}\n`);
      return;
    }
    const newline = this.text[end - 1] === '\n' ? '\n' : '';
    this.splice(start, end, `${this.inline(value)}${newline}`);
  }

  /** Removes a key (and its value's lines) from a block mapping; nothing when it is absent. */
  remove(path: TextPath): void {
    const { pair } = this.pairAt(path);
    if (pair === undefined) return;
    const keyStart = (pair.key as Node).range?.[0] ?? 0;
    const start = this.lineStart(keyStart);
    if (this.text.slice(start, keyStart).trim() !== '')
      throw new ModelTextError(
        `${String(path.at(-1))} opens its list item: it cannot be removed on its own`,
        keyStart,
      );
    const node = pair.value as Node | null;
    const end = node?.range?.[1] ?? (pair.key as Node).range?.[1] ?? keyStart;
    this.splice(start, this.lineEnd(end - 1), '');
  }

  /** Rewrites a list: kept items keep their text (and comments), new ones are written plainly. */
  replaceList(path: TextPath, items: readonly ListItem[]): void {
    const seq = this.doc.getIn(path, true);
    if (!isSeq(seq) || seq.range === undefined || seq.range === null)
      throw new ModelTextError(`${path.join('.')} is not a list`, 0);
    const old = seq.items as Node[];
    if (seq.flow || old.length === 0) {
      this.replaceFlowList(seq, items);
      return;
    }
    const dashes = old.map((item) => this.dashOf(item));
    const column = (dashes[0] ?? 0) - this.lineStart(dashes[0] ?? 0);
    const end = this.lineEnd(seq.range[1] - 1);
    const chunkOf = (k: number) =>
      this.text.slice(
        this.lineStart(dashes[k] ?? 0),
        k + 1 < dashes.length ? this.lineStart(dashes[k + 1] ?? 0) : end,
      );
    const text = items
      .map((item) =>
        'keep' in item
          ? chunkOf(item.keep)
          : `${' '.repeat(column)}- ${this.inline(item.value)}${this.lineCommentOf(old, item.replaces)}\n`,
      )
      .join('');
    this.splice(this.lineStart(dashes[0] ?? 0), end, text);
  }

  /**
   * A flow list: items only added at the end go in after the last one (a list written one
   * item a line stays so); any other change writes the list again on one line.
   */
  private replaceFlowList(seq: YAMLSeq, items: readonly ListItem[]): void {
    const old = seq.items as Node[];
    const range = seq.range ?? [0, 0, 0];
    const kept = items.filter((item) => 'keep' in item);
    const appended = items.slice(kept.length);
    const prefix =
      old.length > 0 &&
      kept.length === old.length &&
      kept.every((item, i) => 'keep' in item && item.keep === i) &&
      appended.every((item) => !('keep' in item));
    if (prefix) {
      const last = old.at(-1) as Node;
      const lastStart = last.range?.[0] ?? range[0];
      const multiLine = this.text.slice(range[0], range[1]).includes('\n');
      const separator = multiLine
        ? `,\n${' '.repeat(lastStart - this.lineStart(lastStart))}`
        : ', ';
      const text = appended
        .map((item) => `${separator}${this.inline((item as { value: unknown }).value)}`)
        .join('');
      const at = last.range?.[1] ?? lastStart;
      this.splice(at, at, text);
      return;
    }
    const parts = items.map((item) =>
      'keep' in item ? this.sourceOf(old[item.keep] as Node) : this.inline(item.value),
    );
    this.splice(range[0], range[1], `[${parts.join(', ')}]`);
  }

  /** The comment at the end of a replaced item's line, kept for the item that replaces it. */
  private lineCommentOf(items: readonly Node[], index: number | undefined): string {
    const range = index === undefined ? undefined : items[index]?.range;
    if (range === undefined || range === null) return '';
    const rest = this.text.slice(range[1], this.lineEnd(range[1] - 1)).trimEnd();
    return rest.trimStart().startsWith('#') ? rest : '';
  }

  private inline(value: unknown): string {
    const text = inlineText(value);
    return this.padded ? text.replace(/\{(?=\S)/g, '{ ').replace(/(?<=\S)\}/g, ' }') : text;
  }

  /**
   * Inserts list items (block text as `listItemText` writes it, at column 0) after the item at
   * `after` (its trailing comments stay with it), or before the first when `after` is -1.
   */
  insertItems(path: TextPath, after: number, texts: readonly string[]): void {
    if (texts.length === 0) return;
    const seq = this.doc.getIn(path, true);
    if (!isSeq(seq) || seq.flow || seq.items.length === 0)
      throw new ModelTextError(`${path.join('.')} is not a block list`, this.offsetOf(seq));
    const items = seq.items as Node[];
    const firstDash = this.dashOf(items[0] as Node);
    const column = firstDash - this.lineStart(firstDash);
    const at =
      after < 0
        ? this.leadingCommentStart(this.lineStart(firstDash), column)
        : this.trailingCommentEnd(this.lineEnd((items[after]?.range?.[1] ?? 1) - 1), column);
    this.splice(at, at, texts.map((text) => indent(text, column)).join(''));
  }

  /** Appends list items to a top-level section, writing the section when the model has none. */
  appendToSection(section: string, texts: readonly string[]): void {
    if (texts.length === 0) return;
    const root = this.doc.contents;
    if (!isMap(root)) throw new ModelTextError('the model is not a mapping', 0);
    const pair = findPair(root, section);
    const value = pair?.value as Node | null | undefined;
    if (isSeq(value) && value.items.length > 0) {
      this.insertItems([section], value.items.length - 1, texts);
      return;
    }
    const items = texts.map((text) => indent(text, 2)).join('');
    if (pair === undefined) {
      this.splice(this.text.length, this.text.length, `\n${section}:\n${items}`);
      return;
    }
    if (value !== null && value !== undefined && !(isSeq(value) || isScalar(value)))
      throw new ModelTextError(`${section} is not a list`, this.offsetOf(value));
    // `section: []` or `section:` alone: the list written in block style in its place.
    const keyEnd = (pair.key as Node).range?.[1] ?? 0;
    const end = value?.range?.[1] ?? keyEnd;
    this.splice(keyEnd, this.lineEnd(end - 1), `:\n${items}`);
  }

  /** The text with every edit made. */
  toString(): string {
    const sorted = [...this.splices].sort((a, b) => a.start - b.start || a.order - b.order);
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1] as Splice;
      if (previous.end > (sorted[i] as Splice).start)
        throw new Error('model-text: two edits overlap (a merge bug)');
    }
    // One pass from the start: linear in the text, however many edits.
    const parts: string[] = [];
    let at = 0;
    for (const s of sorted) {
      parts.push(this.text.slice(at, s.start), s.text);
      at = s.end;
    }
    parts.push(this.text.slice(at));
    return parts.join('');
  }

  private pairAt(path: TextPath): { map: YAMLMap; pair: Pair | undefined } {
    const parent = path.length === 1 ? this.doc.contents : this.doc.getIn(path.slice(0, -1), true);
    if (!isMap(parent))
      throw new ModelTextError(`${path.slice(0, -1).join('.')} is not a mapping`, 0);
    if (parent.flow)
      throw new ModelTextError(
        `${path.slice(0, -1).join('.')} is written as a flow mapping ({ … }): write it as one key per line to merge into it`,
        this.offsetOf(parent),
      );
    return { map: parent, pair: findPair(parent, String(path.at(-1))) };
  }

  private insertKey(map: YAMLMap, line: string): void {
    const first = map.items[0]?.key as Node | undefined;
    const last = map.items.at(-1);
    if (first?.range === undefined || first.range === null || last === undefined)
      throw new ModelTextError('an empty mapping', this.offsetOf(map));
    const column = first.range[0] - this.lineStart(first.range[0]);
    const lastEnd = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range?.[1] ?? 0;
    const at = this.lineEnd(lastEnd - 1);
    this.splice(at, at, `${' '.repeat(column)}${line}\n`);
  }

  private splice(start: number, end: number, text: string): void {
    this.splices.push({ start, end, text, order: this.splices.length });
  }

  private sourceOf(node: Node): string {
    const range = node.range;
    return range === undefined || range === null
      ? this.inline(node.toJSON())
      : this.text.slice(range[0], range[1]).trimEnd();
  }

  /** The `-` before a block list item. */
  private dashOf(item: Node): number {
    return this.text.lastIndexOf('-', (item.range?.[0] ?? 1) - 1);
  }

  private offsetOf(node: unknown): number {
    return (node as Node | undefined)?.range?.[0] ?? 0;
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  private lineEnd(offset: number): number {
    const newline = this.text.indexOf('\n', offset);
    return newline < 0 ? this.text.length : newline + 1;
  }

  /** Past the comment lines indented deeper than the list's dashes: they end the item above. */
  private trailingCommentEnd(at: number, column: number): number {
    let end = at;
    for (;;) {
      const line = this.text.slice(end, this.lineEnd(end));
      const depth = line.length - line.trimStart().length;
      if (line === '' || !line.trimStart().startsWith('#') || depth <= column) return end;
      end = this.lineEnd(end);
    }
  }

  /** Back over the comment lines at the dashes' column right above the first item. */
  private leadingCommentStart(at: number, column: number): number {
    let start = at;
    while (start > 0) {
      const previous = this.lineStart(start - 1);
      const line = this.text.slice(previous, start);
      if (!line.trimStart().startsWith('#') || line.length - line.trimStart().length !== column)
        return start;
      start = previous;
    }
    return start;
  }
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((item) => isScalar(item.key) && String(item.key.value) === key) as
    | Pair
    | undefined;
}

/** A value on one line: scalars as YAML writes them, lists and mappings in flow style. */
export function inlineText(value: unknown): string {
  if (typeof value === 'string' && /[\n\r]/.test(value)) return JSON.stringify(value);
  const doc = new Document(value);
  flowAll(doc.contents);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

function flowAll(node: unknown): void {
  if (isMap(node) || isSeq(node)) {
    node.flow = true;
    for (const item of (node as YAMLMap | YAMLSeq).items)
      flowAll(isMap(node) ? (item as Pair).value : item);
  }
}

function indent(text: string, column: number): string {
  const pad = ' '.repeat(column);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : `${pad}${line}`))
    .join('\n');
}
