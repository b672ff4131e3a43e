/**
 * An accepted risk written into a model's text: one more `suppressions` entry, every other
 * character of the text as its author wrote it. In a YAML model the entry's lines are spliced
 * into the text where the `yaml` parser places the list (so comments, order, quoting and line
 * breaks elsewhere stay byte for byte); the result must parse to the model with the entry and
 * nothing else changed, or the `yaml` Document is edited and written out instead (which keeps
 * comments and order but may re-flow the text). A JSON model (its text opens with `{`, as
 * `mvnoscope apply` decides) is written back as JSON, indented as it was.
 */
import { isMap, isScalar, isSeq, type Node, parseDocument, stringify, type YAMLMap } from 'yaml';
import type { Suppression } from '../model/schema/model.js';

export class AcceptanceTextError extends Error {}

const KEY = 'suppressions';

/**
 * The text with `entry` in its accepted risks, before the entry at position `at` (the end when
 * `at` is left out or past the end). `suppressions` is made when the model has none.
 */
export function textWithAcceptance(text: string, entry: Suppression, at?: number): string {
  if (text.trimStart().startsWith('{')) {
    const json = jsonWithAcceptance(text, entry, at);
    if (json !== undefined) return json;
  }
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0)
    throw new AcceptanceTextError(`the model text does not parse: ${document.errors[0]?.message}`);
  const root = document.contents;
  if (!isMap(root)) throw new AcceptanceTextError('the model is not a mapping');
  const before = document.toJS() as Record<string, unknown>;
  const list = before[KEY] ?? [];
  if (!Array.isArray(list)) throw new AcceptanceTextError('`suppressions` is not a list');
  const wanted = JSON.stringify({ ...before, [KEY]: inserted(list, entry, at) });
  const spliced = splicedYaml(text, root, entry, at);
  if (spliced !== undefined && JSON.stringify(parsedValue(spliced)) === wanted) return spliced;
  return documentWithAcceptance(document, root, entry, at);
}

/** What a text parses to; undefined when it does not parse. */
function parsedValue(text: string): unknown {
  const document = parseDocument(text, { uniqueKeys: true });
  return document.errors.length > 0 ? undefined : document.toJS();
}

/** The entry's lines put into the text itself; undefined where the list is not a block list. */
function splicedYaml(
  text: string,
  root: YAMLMap,
  entry: Suppression,
  at: number | undefined,
): string | undefined {
  if (root.flow) return undefined;
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === KEY);
  if (pair === undefined) {
    const end = text.length === 0 || text.endsWith('\n') ? text : `${text}\n`;
    return `${end}${KEY}:\n${itemLines(entry, '  ')}\n`;
  }
  const list = pair.value;
  if (!isSeq(list) || list.range == null) return undefined;
  const items = list.items as Node[];
  if (list.flow) {
    // `suppressions: []` becomes a block list, indented under its key.
    if (items.length > 0 || !isScalar(pair.key) || pair.key.range == null) return undefined;
    const indent = ' '.repeat(columnOf(text, pair.key.range[0]) + 2);
    const [start, end] = list.range;
    return `${text.slice(0, start).trimEnd()}\n${itemLines(entry, indent)}${text.slice(end)}`;
  }
  const first = items[0]?.range;
  if (first == null) return undefined;
  const dash = text.lastIndexOf('-', first[0]);
  const indent = ' '.repeat(columnOf(text, dash));
  const position = at ?? items.length;
  const next = items[position]?.range;
  if (next != null) {
    const offset = startOfCommentsAbove(text, lineStart(text, text.lastIndexOf('-', next[0])));
    return `${text.slice(0, offset)}${itemLines(entry, indent)}\n${text.slice(offset)}`;
  }
  const last = items[items.length - 1]?.range;
  if (last == null) return undefined;
  const lineEnd = text.indexOf('\n', Math.max(last[1] - 1, 0));
  const offset = lineEnd === -1 ? text.length : lineEnd;
  return `${text.slice(0, offset)}\n${itemLines(entry, indent)}${text.slice(offset)}`;
}

/** The entry as one block list item, each line indented; no final line break. */
function itemLines(entry: Suppression, indent: string): string {
  return stringify([entry])
    .trimEnd()
    .split('\n')
    .map((line) => `${indent}${line}`)
    .join('\n');
}

/** The edit made on the parsed document, written out whole. */
function documentWithAcceptance(
  document: ReturnType<typeof parseDocument>,
  root: YAMLMap,
  entry: Suppression,
  at: number | undefined,
): string {
  const list = root.get(KEY, true);
  if (list === undefined) root.set(KEY, document.createNode([entry]));
  else if (isSeq(list)) {
    if (list.items.length === 0) list.flow = false;
    list.items.splice(positionIn(list.items.length, at), 0, document.createNode(entry));
  } else throw new AcceptanceTextError('`suppressions` is not a list');
  return document.toString();
}

/** The JSON text with the entry; undefined when the text is not strict JSON (YAML flow style). */
function jsonWithAcceptance(text: string, entry: Suppression, at?: number): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new AcceptanceTextError('the model is not a JSON object');
  const model = value as Record<string, unknown>;
  const list = model[KEY] ?? [];
  if (!Array.isArray(list)) throw new AcceptanceTextError('`suppressions` is not a list');
  const written = JSON.stringify(
    { ...model, [KEY]: inserted(list, entry, at) },
    null,
    jsonIndentOf(text),
  );
  return text.endsWith('\n') ? `${written}\n` : written;
}

function inserted(list: readonly unknown[], entry: Suppression, at: number | undefined): unknown[] {
  const next = [...list];
  next.splice(positionIn(next.length, at), 0, entry);
  return next;
}

function positionIn(length: number, at: number | undefined): number {
  return at === undefined ? length : Math.max(0, Math.min(at, length));
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The start of the comment lines directly above a line: they stay with the entry they precede. */
function startOfCommentsAbove(text: string, start: number): number {
  let offset = start;
  while (offset > 0) {
    const above = lineStart(text, offset - 1);
    if (!/^[ \t]*#/.test(text.slice(above, offset - 1))) break;
    offset = above;
  }
  return offset;
}

/** The indentation of the first indented line; a text on one line stays on one line. */
function jsonIndentOf(text: string): string | number {
  const match = /\n([ \t]+)\S/.exec(text);
  return match?.[1] ?? (text.trim().includes('\n') ? 2 : 0);
}
