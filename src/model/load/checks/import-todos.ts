/**
 * `# TODO` comments: what an import (or `init --archetype`) left for a person to fill in —
 * a fact the source could not state, or a placeholder value. Each becomes a warning at the
 * comment's own line, so `validate` on an imported model lists every gap with its position,
 * and none of them is ever an invented value in the model. Comments are found with the YAML
 * lexer, so "TODO" inside a quoted or block string is not mistaken for one; a model without
 * the word TODO is never lexed.
 */
import { isNode, isPair, isScalar, isSeq, Lexer, parseDocument, visit } from 'yaml';
import type { ModelPath } from '../diagnostic.js';
import type { CheckContext } from './check-context.js';

const TODO_COMMENT = /^#\s*TODO\b:?\s*(.*)$/;

/** Lexer tokens that mark structure without standing for any text of the source. */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);

export function checkImportTodos(context: CheckContext): void {
  const text = context.sourceMap.text;
  if (!text.includes('TODO')) return;
  const todos = todoComments(text);
  if (todos.length === 0) return;
  const pathAt = nodePaths(text);
  for (const todo of todos) {
    const position = context.sourceMap.positionOf(todo.offset);
    context.add({
      severity: 'warning',
      code: 'todo',
      message: `to fill in: ${todo.text}`,
      file: context.file,
      path: pathAt(todo.offset),
      position,
      endPosition: context.sourceMap.positionOf(todo.offset + todo.length),
      suggestion: 'state the fact (or confirm the placeholder), then delete the TODO comment',
    });
  }
}

interface TodoComment {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

function todoComments(text: string): TodoComment[] {
  const found: TodoComment[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) continue;
    if (token.startsWith('#')) {
      const match = TODO_COMMENT.exec(token.trimEnd());
      if (match !== null)
        found.push({ offset, length: token.length, text: (match[1] ?? '').trim() || 'TODO' });
    }
    offset += token.length;
  }
  return found;
}

/**
 * The path of the innermost node a comment belongs to: the deepest node whose range (its
 * trailing comments included) holds the offset; the document itself when none does.
 */
function nodePaths(text: string): (offset: number) => ModelPath {
  const doc = parseDocument(text, { uniqueKeys: false });
  const spans: { path: ModelPath; start: number; end: number }[] = [];
  visit(doc, (key, node, ancestors) => {
    if (!isNode(node) || node.range === undefined || node.range === null) return;
    if (key === 'key') return;
    spans.push({ path: pathOf([...ancestors, node]), start: node.range[0], end: node.range[2] });
  });
  return (offset) => {
    let best: { path: ModelPath; start: number; end: number } | undefined;
    for (const span of spans) {
      const holds = span.start <= offset && offset <= span.end;
      if (holds && (best === undefined || span.path.length >= best.path.length)) best = span;
    }
    return best?.path ?? [];
  };
}

/** Keys and indexes from the document root down to a node. */
function pathOf(chain: readonly unknown[]): ModelPath {
  const path: (string | number)[] = [];
  for (let i = 1; i < chain.length; i++) {
    const parent = chain[i - 1];
    const child = chain[i];
    if (isPair(child)) path.push(isScalar(child.key) ? String(child.key.value) : '');
    else if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
  }
  return path;
}
