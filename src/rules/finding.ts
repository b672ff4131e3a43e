/** A finding as reported: the rule's verdict on one place in the model, with its status. */
import type { Layer } from '../model/layers.js';
import type { SourcePosition } from '../model/load/diagnostic.js';
import { type RuleCategory, SEVERITIES, type Severity } from './rule.js';

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
  /**
   * The ids of the model elements the finding is about (providers, contracts, integrations…),
   * as the rule reported them: the register and the web app read them here rather than
   * splitting the id. A lapsed acceptance carries the elements of the finding it accepted.
   */
  readonly elements: readonly string[];
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

/** The order findings are listed in everywhere: most severe first, then by id. */
export function bySeverity(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export type PositionOf = (path: readonly (string | number)[]) => SourcePosition;
