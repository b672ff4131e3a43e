/**
 * A move: something an operator can do to restore control, as the rules are written — one
 * module per kind under moves/, registered in moves/index.ts, its metadata generating
 * docs/moves/<id>.md. A kind looks at the model and proposes concrete moves (a second host
 * for this SIM base, new terms for that contract), each with the patch that gives the model
 * after it and its cost from named parameters. What a move is worth is never stated by the
 * kind: the advisor re-assesses the patched model (evaluate.ts).
 */
import type { DependencyLockin } from '../economics/lockin.js';
import type { Parameters } from '../economics/parameters.js';
import type { CapacityPoint } from '../economics/reversibility.js';
import type { Layer } from '../model/layers.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import type { PartyRoles } from '../model/party-roles.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import type { StackModel } from '../model/schema/model.js';
import type { AdviceParameters } from './parameters.js';
import type { PatchOp } from './patch.js';

export interface MoveMeta {
  /** Stable, kebab-case: `second-host-network`. Concrete moves are `<id>/<subject>`. */
  readonly id: string;
  readonly title: string;
  /** The layers the move acts on. */
  readonly layers: readonly Layer[];
  /** Why the move restores control, in a sentence or two. */
  readonly rationale: string;
  /** Sources: the domain research, standards, regulation. */
  readonly references: readonly string[];
  /** When the kind proposes a move, exactly. */
  readonly appliesWhen: string;
  /** What the patch changes in the model. */
  readonly changes: string;
  /** Kinds of move that must be done first when both are in a plan. */
  readonly prerequisites: readonly string[];
  /** The parameters its cost is made of (defined in parameters.ts). */
  readonly parameters: readonly string[];
}

/** What the move costs, each part from named parameters, with the sum spelt out. */
export interface MoveCost {
  /** Paid when the move starts, in the operator's currency. */
  readonly oneOff: number;
  /** Paid each month once the move is done. */
  readonly monthly: number;
  /** Months from the start until the move is done. */
  readonly months: number;
  /** How the figures were made, naming each parameter. */
  readonly explanation: string;
}

/** A concrete move the advisor values: a kind applied to one subject of the model. */
export interface Proposal {
  /** `<kind>/<subject>`: unique in one run. */
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly layers: readonly Layer[];
  /** The provider whose dependency the move acts on (its point of no return bounds the act-by date). */
  readonly actsOn?: string;
  /** The contract whose notice deadline the move must meet. */
  readonly contract?: string;
  /** Why this subject, in the model's own terms. */
  readonly reason: string;
  readonly patch: readonly PatchOp[];
  readonly cost: MoveCost;
  /** Other proposals of the same run that must come first when both are done. */
  readonly requires?: readonly string[];
}

/** What a kind sees: the model as declared (the patch's base), as resolved, and its parties. */
export interface MoveContext {
  readonly loaded: LoadSuccess;
  readonly declared: StackModel;
  readonly model: ResolvedModel;
  readonly roles: PartyRoles;
  readonly parameters: AdviceParameters;
  /** The lock-in economics' parameters (day rate, SIM swap cost …), as the model sets them. */
  readonly economics: Parameters;
  /** The baseline's lock-in per dependency, for moves sized on it (a reserve, a concession). */
  readonly lockin: ReadonlyMap<string, DependencyLockin>;
  /** The baseline's reversibility capacity month by month (cash and margin it can put to an exit). */
  readonly capacity: readonly CapacityPoint[];
}

export interface MoveKind {
  readonly meta: MoveMeta;
  /** The moves of this kind the model admits; none when the kind does not apply. */
  propose(context: MoveContext): readonly Proposal[];
}
