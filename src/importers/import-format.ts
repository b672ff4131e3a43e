/** What every import format provides, and what an import gives back. */
import type { Diagnostic } from '../model/load/diagnostic.js';
import type { LoadLimits } from '../model/load/limits.js';
import type { DraftModel } from './draft-model.js';
import type { MappingRules } from './mapping-rules.js';

export interface ImportInput {
  /** The name shown in provenance comments and diagnostics. */
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly limits: LoadLimits;
  readonly rules: MappingRules;
}

export interface ImportFormat {
  /** The name on the command line: `mvnoscope import NAME FILE`. */
  readonly name: string;
  readonly description: string;
  /** The format's own mapping rules (docs/import.md prints them). */
  readonly rules: MappingRules;
  read(input: ImportInput): Promise<DraftModel>;
}

export type ImportOutcome =
  | {
      readonly ok: true;
      /** The model as commented YAML. */
      readonly text: string;
      readonly draft: DraftModel;
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };
