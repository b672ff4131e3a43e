/**
 * A shipped example with an attack in every field that takes free text. The fields are found
 * by trying: every string in the model is replaced, and the replacements the loader refuses
 * (ids, references, dates, enum values) are put back until the model loads. What is left is
 * every user-written text field the schema accepts.
 */
import { parse, stringify } from 'yaml';
import type { LoadSuccess } from '../../src/model/load/load-model.js';
import { loadModel } from '../../src/model/load/load-model.js';
import { readExample } from './load.js';

/** Formula prefixes (OWASP CSV injection), markup, quotes and ampersands. */
export const INJECTION_CORPUS = [
  "=cmd|' /C calc'!A0",
  '+SUM(1)',
  '-2+3',
  '@SUM(1)',
  '\t=1',
  '\r=1',
  ' =1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'Smith & "Sons", \'quoted\'\nsecond line',
] as const;

export interface HostileModel {
  readonly text: string;
  readonly loaded: LoadSuccess;
  /** The model paths (keys joined by "/") that now hold the attack. */
  readonly fields: readonly string[];
}

type Path = readonly (string | number)[];

const MAX_ROUNDS = 10;
const textFieldsOf = new Map<string, readonly Path[]>();

/** The example with `attack` written into every free-text field. */
export function hostileModel(example: string, attack: string): HostileModel {
  const original: unknown = parse(readExample(example));
  const fields = textFields(example, original);
  const text = stringify(planted(original, fields, attack));
  const loaded = loadModel(text, { file: example });
  if (!loaded.ok)
    throw new Error(
      `${example} with ${JSON.stringify(attack)} does not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`,
    );
  return { text, loaded, fields: fields.map(key) };
}

/**
 * The string fields the loader accepts any text in: every string replaced by a probe, the
 * replacements it refuses put back, until the model loads. Found once per example.
 */
function textFields(example: string, original: unknown): readonly Path[] {
  const known = textFieldsOf.get(example);
  if (known !== undefined) return known;
  let fields = stringLeaves(original);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const loaded = loadModel(stringify(planted(original, fields, INJECTION_CORPUS[0])), {
      file: example,
    });
    if (loaded.ok) {
      textFieldsOf.set(example, fields);
      return fields;
    }
    const refused = loaded.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => key(d.path));
    const kept = fields.filter((path) => {
      const k = key(path);
      return !refused.some((r) => k === r || k.startsWith(`${r}/`) || r.startsWith(`${k}/`));
    });
    if (kept.length === fields.length)
      throw new Error(`${example}: refusals at ${refused.join(', ')} match no planted field`);
    fields = kept;
  }
  throw new Error(`${example}: no loadable set of text fields after ${MAX_ROUNDS} rounds`);
}

function planted(original: unknown, fields: readonly Path[], attack: string): unknown {
  const document = structuredClone(original);
  for (const path of fields) setAt(document, path, attack);
  return document;
}

function stringLeaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

function setAt(root: unknown, path: Path, value: string): void {
  let node = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}

function key(path: Path): string {
  return path.join('/');
}
