/**
 * A model as an importer hands it to the writer: plain values in mvnoscope's own shape, each
 * entry with where it came from, the facts the source could not give (written as `# TODO`
 * comments at their place) and the required fields that hold a placeholder until a person
 * fills them in (written with a `# TODO placeholder` comment on the value).
 */
import type { Unmapped } from './source-graph.js';

/** A fact the source does not state: "TODO <field>: <reason>". */
export interface Todo {
  readonly field: string;
  readonly reason: string;
}

export interface DraftEntry {
  /** The entry as the model holds it; keys are written in this order. */
  readonly value: Readonly<Record<string, unknown>>;
  /** Provenance, one line: "bom.json services[0], line 12". */
  readonly from?: string;
  readonly todos?: readonly Todo[];
  /** Fields whose value is a placeholder, with why: each gets a `# TODO placeholder` comment. */
  readonly placeholders?: Readonly<Record<string, string>>;
}

/** Top-level sections in the order a model is read (and `mvnoscope init` writes them). */
export const SECTION_ORDER = [
  'groups',
  'capabilities',
  'providers',
  'contracts',
  'integrations',
  'data',
  'sims',
  'numbering',
  'intelligence',
  'costs',
  'capital',
] as const;

export type SectionKey = (typeof SECTION_ORDER)[number];

export interface DraftModel {
  /** Comment lines at the top of the file. */
  readonly header: readonly string[];
  readonly operator: DraftEntry;
  readonly sections: Partial<Record<SectionKey, readonly DraftEntry[]>>;
  /** Whole sections the source cannot fill (sims: who issues the IMSIs, who holds Ki/OPc). */
  readonly sectionTodos: Partial<Record<SectionKey, readonly Todo[]>>;
  /** Source elements the model does not hold, with the reason, listed at the end of the file. */
  readonly unmapped: readonly Unmapped[];
  /** How many source elements became model entries (the other side of the count). */
  readonly mapped: number;
}
