/**
 * A move's patch applied to the model's text in the browser, as `mvnoscope apply` writes it:
 * the text parsed as a YAML document (JSON is YAML too), the core's steps applied in place so
 * comments and order stay where the move does not reach, and the document written back.
 */
import { parseDocument } from 'yaml';
import { applyPatch, applyPatchToDocument, PatchError } from '../../../src/advice/patch.js';
import type { PatchOp } from '../api/types.js';

export type Patched =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: string };

export function patchedText(text: string, patch: readonly PatchOp[]): Patched {
  const document = parseDocument(text);
  if (document.errors.length > 0)
    return { ok: false, problem: `the model text does not parse: ${document.errors[0]?.message}` };
  try {
    // The plain value first: it refuses a step whose path is not there (a list position past
    // the end), which the document's setIn would instead create.
    applyPatch(document.toJS(), patch);
    applyPatchToDocument(document, patch);
  } catch (error) {
    if (error instanceof PatchError) return { ok: false, problem: error.message };
    throw error;
  }
  return { ok: true, text: document.toString() };
}
