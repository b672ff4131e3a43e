/**
 * Control characters have no place in a model. In the text they are refused before parsing
 * (YAML 1.2 §5.1 allows only TAB, LF and CR of C0, and NEL of C1), with their position, so a
 * NUL never reaches storage (PostgreSQL text cannot hold one) and a terminal escape hidden in a
 * file is seen as what it is. A double-quoted YAML or a JSON string can still write one as an
 * escape (`"\e[2J"`, `"\u0000"`), so the parsed strings are checked too: keys and values alike,
 * with TAB and line breaks allowed only in values (multi-line notes).
 */
import type { Diagnostic, ModelPath } from '../diagnostic.js';
import type { SourceMap } from '../source-map.js';
import { isRecord } from '../value-view.js';
import type { CheckContext, ModelCheck } from './check-context.js';

/**
 * Whether a UTF-16 code unit is a control character a model may not hold: C0 except TAB, LF
 * and CR (and, in a key, those too), DEL, and C1 except NEL (U+0085) outside keys.
 */
function isControl(code: number, inKey: boolean): boolean {
  if (code < 0x20) return inKey || !(code === 0x09 || code === 0x0a || code === 0x0d);
  if (code === 0x7f) return true;
  if (code >= 0x80 && code <= 0x9f) return inKey || code !== 0x85;
  return false;
}

/**
 * The same characters of a value, for a whole text: V8 scans a character class natively, three
 * times faster than a loop of charCodeAt over a 20 MB text (and slower for the short strings of
 * the parsed model, which the loop reads).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is this module's purpose
const CONTROL_IN_VALUE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/** Offset of the first control character in the string `text`, or −1. */
function firstControl(text: string, inKey: boolean): number {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i), inKey)) return i;
  return -1;
}

/** Offset of the first control character of a value from `from` in a whole text, or −1. */
function nextControlInText(text: string, from: number): number {
  CONTROL_IN_VALUE.lastIndex = from;
  return CONTROL_IN_VALUE.exec(text)?.index ?? -1;
}

/** How many control characters `text` holds. */
function countControls(text: string, from: number): number {
  let count = 0;
  for (let at = nextControlInText(text, from); at !== -1; at = nextControlInText(text, at + 1))
    count++;
  return count;
}

/** How a control character is named in a message: its code point and, for the usual ones, its name. */
export function describeControl(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const names: Record<number, string> = { 0: 'NUL', 7: 'BEL', 8: 'BS', 27: 'ESC', 127: 'DEL' };
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return names[code] === undefined ? hex : `${hex} (${names[code]})`;
}

/** The first control character in a model's text, as a diagnostic at its position. */
export function controlCharacterInText(
  text: string,
  file: string,
  sourceMap: SourceMap,
): Diagnostic | undefined {
  const first = nextControlInText(text, 0);
  if (first === -1) return undefined;
  const count = countControls(text, first);
  const char = text.charAt(first);
  const more = count > 1 ? ` (and ${count - 1} more)` : '';
  return {
    severity: 'error',
    code: 'control-character',
    message: `the text holds the control character ${describeControl(char)}${more}; a model is plain text`,
    file,
    path: [],
    position: sourceMap.positionOf(first),
    expected: 'printable characters, tabs and line breaks',
    found: describeControl(char),
    suggestion: 'remove it (a NUL often means the file is binary or UTF-16: save it as UTF-8 text)',
  };
}

export const checkControlCharacters: ModelCheck = (context: CheckContext) => {
  let reported = 0;
  const report = (path: ModelPath, char: string, where: string): void => {
    // One file of escapes should not give a thousand errors: the first ten say enough.
    if (reported++ >= 10) return;
    context.error(path, {
      code: 'control-character',
      message: `${where} holds the control character ${describeControl(char)}, written as an escape`,
      expected: 'printable characters (tabs and line breaks only in values)',
      found: describeControl(char),
      suggestion: 'remove the escape: names and notes are shown in terminals and documents',
    });
  };
  // One path stack for the whole walk, copied only for a report (see reserved-names.ts).
  const path: (string | number)[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      const first = firstControl(node, false);
      if (first !== -1) report([...path], node.charAt(first), 'this value');
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
    } else if (isRecord(node)) {
      for (const key of Object.keys(node)) {
        const first = firstControl(key, true);
        if (first !== -1) report([...path, key], key.charAt(first), 'this key');
        path.push(key);
        walk(node[key]);
        path.pop();
      }
    }
  };
  walk(context.root);
};
