/**
 * Writes a draft model as commented YAML with the `yaml` library's Document API: provenance
 * before each entry, `# TODO` lines inside it for what the source could not say, a
 * `# TODO placeholder` comment on every placeholder value, TODOs for whole sections where that
 * section would stand, and the unmapped source elements at the end. The same draft always
 * gives the same text, so re-importing an edited source gives a readable diff.
 */
import { Document, isMap, isPair, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { FORMAT_VERSION } from '../model/schema/model.js';
import { type DraftEntry, type DraftModel, SECTION_ORDER, type Todo } from './draft-model.js';
import { describeLocation, oneLine } from './source-graph.js';

export function writeModel(draft: DraftModel): string {
  const present = SECTION_ORDER.filter((key) => (draft.sections[key]?.length ?? 0) > 0);
  const doc = new Document({
    mvnoscope: FORMAT_VERSION,
    operator: draft.operator.value,
    ...Object.fromEntries(
      present.map((key) => [key, (draft.sections[key] ?? []).map((entry) => entry.value)]),
    ),
  });
  shortListsInFlow(doc.contents);
  decorate(doc.get('operator', true), draft.operator);
  for (const key of present)
    (draft.sections[key] ?? []).forEach((entry, i) => {
      decorate(doc.getIn([key, i], true), entry);
    });
  placeSectionTodos(doc, draft, present);
  doc.commentBefore = draft.header.map((line) => ` ${oneLine(line, 400)}`).join('\n');
  const tail = [...trailingSectionTodos(draft, present), ...unmappedLines(draft)];
  if (tail.length > 0) doc.comment = tail.join('\n');
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}

/**
 * One entry as a block list item ("- id: …") at column 0, with its provenance, TODO and
 * placeholder comments as `writeModel` writes them: for merging into an existing model's text.
 */
export function listItemText(entry: DraftEntry): string {
  const doc = new Document([entry.value]);
  shortListsInFlow(doc.contents);
  decorate(doc.getIn([0], true), entry);
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}

function decorate(node: unknown, entry: DraftEntry): void {
  if (!isMap(node)) return;
  if (entry.from !== undefined) node.commentBefore = ` from ${oneLine(entry.from, 300)}`;
  for (const [field, reason] of Object.entries(entry.placeholders ?? {})) {
    const value = node.get(field, true);
    if (isScalar(value) || isSeq(value) || isMap(value))
      value.comment = ` TODO placeholder: ${oneLine(reason)}`;
  }
  if ((entry.todos?.length ?? 0) > 0) node.comment = todoLines(entry.todos ?? []);
}

function todoLines(todos: readonly Todo[]): string {
  return todos.map((todo) => ` TODO ${todo.field}: ${oneLine(todo.reason, 300)}`).join('\n');
}

/**
 * A section the source cannot fill gets its TODO where the section would stand: before the
 * next section written, or at the end when none follows.
 */
function placeSectionTodos(doc: Document, draft: DraftModel, present: readonly string[]): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  for (const [key, todos] of Object.entries(draft.sectionTodos)) {
    const next = present.find((p) => rank(p) > rank(key));
    if (next === undefined || todos === undefined) continue;
    const pair = (root as YAMLMap).items.find(
      (item) => isPair(item) && isScalar(item.key) && item.key.value === next,
    );
    if (pair === undefined || !isScalar(pair.key)) continue;
    const before = pair.key.commentBefore === undefined ? '' : `${pair.key.commentBefore}\n`;
    pair.key.commentBefore = `${before}${todoLines(todos.map((t) => ({ ...t, field: `${key}: ${t.field}` })))}`;
  }
}

function trailingSectionTodos(draft: DraftModel, present: readonly string[]): string[] {
  return Object.entries(draft.sectionTodos).flatMap(([key, todos]) => {
    const follows = present.some((p) => rank(p) > rank(key));
    return follows || todos === undefined
      ? []
      : [todoLines(todos.map((t) => ({ ...t, field: `${key}: ${t.field}` })))];
  });
}

function unmappedLines(draft: DraftModel): string[] {
  if (draft.unmapped.length === 0) return [];
  return [
    ` Not imported: ${draft.unmapped.length} source element${draft.unmapped.length === 1 ? '' : 's'} without an mvnoscope counterpart`,
    ...draft.unmapped.map(
      ({ element, reason }) =>
        `   - ${oneLine(element.type, 60)} "${oneLine(element.name, 80)}" (${oneLine(describeLocation(element.at), 200)}): ${oneLine(reason, 200)}`,
    ),
  ];
}

/** Lists of plain values (capability ids, references) read best on one line. */
function shortListsInFlow(node: Node | null): void {
  if (isMap(node)) for (const pair of node.items) shortListsInFlow(pair.value as Node | null);
  else if (isSeq(node)) {
    if (node.items.every((item) => isScalar(item))) node.flow = true;
    else for (const item of node.items) shortListsInFlow(item as Node | null);
  }
}

function rank(key: string): number {
  return (SECTION_ORDER as readonly string[]).indexOf(key);
}
