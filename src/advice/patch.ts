/**
 * A move's patch: the model after the move, as steps on the model as declared (before
 * defaults). The same steps apply to the plain value the advisor re-assesses and to the YAML
 * document `mvnoscope apply` writes, so the written model is the one that was valued.
 *
 * Written here rather than taken from a JSON Patch library: three steps are all moves need,
 * and no JSON Patch implementation writes into a `yaml` Document, which is what keeps a user's
 * comments and key order where a move does not touch them.
 */
import { type Document, isCollection, isSeq } from 'yaml';
import type { PatchOp } from '../model/schema/advice.js';

export type { PatchOp } from '../model/schema/advice.js';
export type PatchPath = PatchOp['path'];

export class PatchError extends Error {
  constructor(
    readonly path: PatchPath,
    message: string,
  ) {
    super(`${path.join('.')}: ${message}`);
  }
}

/**
 * The value with the steps applied, in order. Only the containers along each path are copied,
 * so the rest of the model is shared with the input, which is never changed.
 */
export function applyPatch<T>(value: T, ops: readonly PatchOp[]): T {
  let result: unknown = value;
  for (const op of ops) result = applyStep(result, op, 0);
  return result as T;
}

function applyStep(node: unknown, op: PatchOp, depth: number): unknown {
  const key = op.path[depth] as string | number;
  const last = depth === op.path.length - 1;
  const container = copyOf(node, op.path, depth, last && op.op === 'unset');
  const existing = (container as Record<string | number, unknown>)[key];
  if (!last) {
    (container as Record<string | number, unknown>)[key] = applyStep(existing, op, depth + 1);
    return container;
  }
  if (op.op === 'set') (container as Record<string | number, unknown>)[key] = op.value;
  else if (op.op === 'append') {
    if (existing !== undefined && !Array.isArray(existing))
      throw new PatchError(op.path, 'append needs a list here');
    (container as Record<string | number, unknown>)[key] = [...(existing ?? []), op.value];
  } else if (Array.isArray(container)) throw new PatchError(op.path, 'unset names a mapping key');
  else delete (container as Record<string, unknown>)[key as string];
  return container;
}

/** A shallow copy of the container the path steps into; a missing mapping is made. */
function copyOf(node: unknown, path: PatchPath, depth: number, mayBeAbsent: boolean): object {
  const key = path[depth];
  if (Array.isArray(node)) {
    if (typeof key !== 'number' || key >= node.length)
      throw new PatchError(path.slice(0, depth + 1), `no list position ${String(key)} here`);
    return [...node];
  }
  if (node === undefined || node === null) {
    if (typeof key === 'number' || mayBeAbsent)
      throw new PatchError(path.slice(0, depth + 1), 'nothing here to change');
    return {};
  }
  if (typeof node !== 'object' || typeof key !== 'string')
    throw new PatchError(path.slice(0, depth + 1), 'expected a mapping here');
  return { ...(node as object) };
}

/**
 * The steps applied to a parsed YAML document, in place: nodes the steps do not reach keep
 * their comments, style and order. New values are written in the document's default style.
 */
export function applyPatchToDocument(document: Document, ops: readonly PatchOp[]): void {
  // The document's own setIn would make a list position past the end; the plain value's
  // patch refuses every step into what is not there, so it is tried first.
  applyPatch(document.toJS(), ops);
  for (const op of ops) {
    const path = [...op.path];
    if (op.op === 'set') document.setIn(path, document.createNode(op.value));
    else if (op.op === 'unset') document.deleteIn(path);
    else {
      const list = document.getIn(path, true);
      if (list === undefined) document.setIn(path, document.createNode([op.value]));
      else if (isSeq(list)) list.add(document.createNode(op.value));
      else if (isCollection(list) || list !== undefined)
        throw new PatchError(op.path, 'append needs a list here');
    }
  }
}
