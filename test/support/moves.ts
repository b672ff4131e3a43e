/** The proposals one move kind makes on a shipped example, for the moves' own tests. */
import { parseDocument } from 'yaml';
import { proposalsOf } from '../../src/advice/advise.js';
import type { Proposal } from '../../src/advice/move.js';
import { applyPatchToDocument } from '../../src/advice/patch.js';
import type { LoadSuccess } from '../../src/model/load/load-model.js';
import { exampleFiles, loadOk, readExample } from './load.js';

export function proposalsOn(prefix: string, kind: string): Proposal[] {
  const name = exampleFiles().find((f) => f.startsWith(prefix));
  if (name === undefined) throw new Error(`no example ${prefix}`);
  return proposalsOf(loadOk(readExample(name), name)).filter((p) => p.kind === kind);
}

/** The example after the proposal, written as `apply` writes it and loaded. */
export function afterMove(prefix: string, proposal: Proposal): LoadSuccess {
  const name = exampleFiles().find((f) => f.startsWith(prefix)) ?? prefix;
  const document = parseDocument(readExample(name));
  applyPatchToDocument(document, proposal.patch);
  return loadOk(document.toString(), `${name} + ${proposal.id}`);
}
