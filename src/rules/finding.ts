/** A finding as reported: the rule's verdict on one place in the model, with its status. */
import type { Layer } from '../model/layers.js';
import type { Position } from '../model/load/diagnostic.js';
import type { RuleCategory, Severity } from './rule.js';

export interface Evidence {
  /** The file, when not the model file itself (an accepted-risk register kept apart). */
  readonly file?: string;
  /** The model path, as people write it: providers[2].supplies[0]. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

export type FindingStatus = 'open' | 'accepted';

export interface Acceptance {
  /** The pattern in the suppressions that matched. */
  readonly pattern: string;
  readonly reason: string;
  readonly owner: string;
  readonly expires: string;
}

export interface Finding {
  /** `<rule id>/<element ids joined by +>`: stable across unrelated edits. */
  readonly id: string;
  readonly ruleId: string;
  readonly title: string;
  readonly category: RuleCategory;
  readonly layers: readonly Layer[];
  readonly severity: Severity;
  readonly message: string;
  readonly recommendation: string;
  readonly evidence: readonly Evidence[];
  readonly status: FindingStatus;
  readonly acceptance?: Acceptance;
}

export type PositionOf = (path: readonly (string | number)[]) => Position;
