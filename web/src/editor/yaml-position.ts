/**
 * Where the cursor is in a YAML document, read from indentation alone (the text being typed
 * is often not valid YAML yet): the keys and sequence items above it, and whether it is
 * typing a key or the value of one.
 */
import type { Text } from '@codemirror/state';

/** A mapping key, or `[]` for an item of a sequence. */
export type PathStep = string | '[]';

export type YamlPosition =
  | { readonly kind: 'key'; readonly path: readonly PathStep[]; readonly from: number }
  | {
      readonly kind: 'value';
      readonly path: readonly PathStep[];
      readonly key: string;
      readonly from: number;
    };

interface LineShape {
  /** Column of the first non-blank character (the dash of an item). */
  readonly indent: number;
  readonly dash: boolean;
  /** Column where the line's key starts (after any dash). */
  readonly keyIndent: number;
  readonly key: string | undefined;
}

const LINE = /^(\s*)(-\s+)?(.*)$/;
const KEY = /^([A-Za-z0-9_.-]+)\s*:(\s|$)/;

function shapeOf(text: string): LineShape | undefined {
  const [, spaces = '', dash = '', rest = ''] = LINE.exec(text) ?? [];
  if (rest === '' && dash === '') return undefined;
  if (rest.startsWith('#')) return undefined;
  return {
    indent: spaces.length,
    dash: dash !== '',
    keyIndent: spaces.length + dash.length,
    key: KEY.exec(rest)?.[1],
  };
}

export function yamlPositionAt(doc: Text, pos: number): YamlPosition | undefined {
  const line = doc.lineAt(pos);
  const before = line.text.slice(0, pos - line.from);
  const valueMatch = /^(\s*)(-\s+)?([A-Za-z0-9_.-]+)\s*:\s+([^\s#]*)$/.exec(before);
  const keyMatch = /^(\s*)(-\s+)?([A-Za-z0-9_.-]*)$/.exec(before);
  const match = valueMatch ?? keyMatch;
  if (match === null) return undefined;
  const spaces = match[1]?.length ?? 0;
  const dash = match[2] ?? '';
  const path = parentPath(doc, line.number, spaces, dash !== '');
  if (valueMatch !== null) {
    const typed = valueMatch[4] ?? '';
    return { kind: 'value', path, key: valueMatch[3] ?? '', from: pos - typed.length };
  }
  return { kind: 'key', path, from: pos - (match[3]?.length ?? 0) };
}

/** The steps from the document's root to the mapping the cursor's line belongs to. */
function parentPath(doc: Text, lineNumber: number, indent: number, dash: boolean): PathStep[] {
  const path: PathStep[] = [];
  // Seeking the key that owns a sequence whose dashes stand at `target`, or else the key that
  // owns a mapping whose keys stand at `target`.
  let seekingSequence = dash;
  let target = indent;
  if (dash) path.unshift('[]');
  for (let n = lineNumber - 1; n >= 1; n--) {
    if (!seekingSequence && target === 0) break;
    const shape = shapeOf(doc.line(n).text);
    if (shape === undefined) continue;
    if (seekingSequence) {
      if (shape.dash && shape.indent === target) continue;
      const owns = shape.keyIndent < target || (!shape.dash && shape.keyIndent === target);
      if (!owns || shape.key === undefined) continue;
    } else {
      if (shape.dash && shape.keyIndent === target) {
        // A sibling key sits on the item's first line: the mapping is that item.
        path.unshift('[]');
        target = shape.indent;
        seekingSequence = true;
        continue;
      }
      if (shape.keyIndent >= target || shape.key === undefined) continue;
    }
    path.unshift(shape.key);
    seekingSequence = shape.dash;
    target = shape.dash ? shape.indent : shape.keyIndent;
    if (shape.dash) path.unshift('[]');
  }
  return path;
}
