/**
 * A starting model from one of the shipped archetypes (examples/*.yaml): the archetype's
 * structure — who supplies what, the contracts, links, SIMs, data, AI use cases, cost lines and
 * capital — with every figure and date kept only as a placeholder, each marked
 * `# TODO placeholder` so `validate` lists what to replace. The example's own history (its
 * decision log), its design space, scenarios and accepted risks are left out: they belong to
 * the fictional operator, not to the archetype.
 */
import { isMap, isScalar, isSeq, parseDocument, type Scalar, visit } from 'yaml';

/** Sections of an example that describe its operator's history, not the archetype. */
const DROPPED_SECTIONS = ['decisions', 'design_space', 'scenarios', 'suppressions', 'economics'];

/** Keys whose values are structure (ids, references, the format version), never figures. */
const STRUCTURAL_KEYS = new Set(['mvnoscope', 'id']);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERCENT = /^\s*\d+(?:\.\d+)?\s*%\s*$/;

export interface Archetype {
  /** The name `init --archetype` takes: the example's file name without `.yaml`. */
  readonly name: string;
  /** One line saying what it is, from the example's first comment. */
  readonly summary: string;
}

/** The archetype's one-line summary: the first sentence of its opening comment. */
export function archetypeSummary(text: string): string {
  const comments = text
    .split('\n')
    .filter((line) => line.startsWith('#') && !line.includes('yaml-language-server'))
    .map((line) => line.replace(/^#\s?/, '').trim());
  const start = comments.findIndex((line) => line !== '');
  const sentence: string[] = [];
  for (const line of comments.slice(Math.max(0, start))) {
    if (line === '') break;
    sentence.push(line);
    if (/\.$/.test(line)) break;
  }
  return (sentence.join(' ').split(/\.\s/)[0] ?? '')
    .replace(/\s*\((?:shared research, )?mvno-domain\.md[^)]*\)/g, '')
    .replace(/^Archetype (F\d+)\s*:?\s*/, '$1: ')
    .replace(/\.$/, '');
}

export function archetypeModel(text: string, name: string, schemaPath: string): string {
  const doc = parseDocument(text);
  const root = doc.contents;
  if (isMap(root))
    root.items = root.items.filter(
      (pair) => !(isScalar(pair.key) && DROPPED_SECTIONS.includes(String(pair.key.value))),
    );
  const note = ` TODO placeholder: ${name}'s illustrative figure`;
  visit(doc, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || STRUCTURAL_KEYS.has(String(pair.key.value))) return undefined;
      mark(pair.value, note);
      return undefined;
    },
    Seq(_key, seq) {
      // Lists of figures (rare) and of dates are placeholders item by item.
      for (const item of seq.items) if (isScalar(item) && isFigure(item)) item.comment = note;
    },
  });
  // An inline comment cannot sit inside a one-line { … } or [ … ]: such collections that now
  // hold a placeholder are written out in block style.
  visit(doc, {
    Map(_key, map) {
      if (
        map.flow &&
        map.items.some((pair) => isScalar(pair.value) && pair.value.comment !== undefined)
      )
        map.flow = false;
    },
    Seq(_key, seq) {
      if (seq.flow && seq.items.some((item) => isScalar(item) && item.comment !== undefined))
        seq.flow = false;
    },
  });
  doc.commentBefore = [
    ` yaml-language-server: $schema=${schemaPath}`,
    ` A starting model from the archetype "${name}" (mvnoscope init --archetype ${name}).`,
    " The structure is the archetype's; every figure and date is a placeholder from its example,",
    ' marked "TODO placeholder": replace each with yours (mvnoscope validate lists them), and rename',
    " the fictional companies. The example's decision log and design space are left out.",
  ].join('\n');
  // The example's own modeline points at the repository's schema; the new one is above.
  return doc
    .toString({ lineWidth: 100, flowCollectionPadding: false })
    .replace(/^# yaml-language-server: \$schema=\.\.\/schema\/\S*\n(#\n)?/m, '');
}

function mark(node: unknown, note: string): void {
  if (isScalar(node) && isFigure(node)) node.comment = note;
  else if (isSeq(node))
    for (const item of node.items) if (isScalar(item) && isFigure(item)) item.comment = note;
}

function isFigure(scalar: Scalar): boolean {
  const value = scalar.value;
  if (typeof value === 'number') return true;
  return typeof value === 'string' && (DATE.test(value) || PERCENT.test(value));
}
