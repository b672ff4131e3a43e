/**
 * The advisor (DESIGN §5: what to do about it): every move the model admits, each valued by
 * applying its patch and re-assessing the whole model, with the date to act by; then the best
 * plans over all the moves together (plan.ts). Method: docs/advice.md.
 */
import { acceptancesInModel } from '../assessment.js';
import { analyseLockin, type Lockin } from '../economics/lockin.js';
import { economicsParameters } from '../economics/parameters.js';
import { type LoadSuccess, loadModel } from '../model/load/load-model.js';
import { partyRolesOf } from '../model/party-roles.js';
import type { Rule } from '../rules/rule.js';
import type { AcceptedRisk } from '../rules/run-rules.js';
import { type ActBy, actBy } from './act-by.js';
import { deltasOf, type MoveDeltas } from './deltas.js';
import type { MoveContext, Proposal } from './move.js';
import { BUILTIN_MOVES } from './moves/index.js';
import { type AdviceParameterUse, adviceParameters } from './parameters.js';
import { applyPatch, PatchError, type PatchOp } from './patch.js';
import { type ModelFigures, type Reassessment, reassess, type StressSettings } from './reassess.js';
import { userProposals } from './user-moves.js';
import { type MoveValue, moveValue } from './valuation.js';

/** Trials of every stress run of the advisor: ES 95% then rests on 1,000 bad years. */
export const ADVICE_TRIALS = 20_000;
export const ADVICE_SEED = 1;

export interface AdviceOptions {
  readonly trials?: number;
  readonly seed?: number;
  /** The rules to run (built-in ones by default), as `ruleSet` merges them. */
  readonly rules?: readonly Rule[];
  /** Accepted risks; by default those the model's own `suppressions` give. */
  readonly accepted?: readonly AcceptedRisk[];
  /** Called after each move is valued, with moves valued of all (an API job's progress). */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ValuedMove {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly layers: Proposal['layers'];
  readonly actsOn: string | null;
  readonly contract: string | null;
  readonly reason: string;
  readonly cost: Proposal['cost'];
  readonly value: MoveValue;
  readonly deltas: MoveDeltas;
  readonly actBy: ActBy;
  readonly patch: readonly PatchOp[];
}

export interface UnvaluedMove {
  readonly id: string;
  readonly title: string;
  /** Why the patched model could not be assessed. */
  readonly problem: string;
}

export interface MoveAssessment {
  readonly asOf: string;
  readonly horizonMonths: number;
  readonly currency: string;
  readonly stress: StressSettings;
  readonly baseline: ModelFigures;
  /** Ranked: the most net value first, then the most value per unit of cost, then by id. */
  readonly moves: readonly ValuedMove[];
  readonly unvalued: readonly UnvaluedMove[];
  /** Move kinds or ids left out by `advice.exclude`. */
  readonly excluded: readonly string[];
  readonly parameters: readonly AdviceParameterUse[];
}

/** A patched model to re-assess: a patch of the loaded model, and what to call it. */
export interface PatchedModel {
  readonly id: string;
  readonly title: string;
  readonly patch: readonly PatchOp[];
}

/** What re-assessing a patched model gives: its figures, or why it could not be assessed. */
export type PatchedFigures = ModelFigures | { readonly problem: string };

/** The settings every re-assessment of one advice run shares, so all draw the same shocks. */
export interface AdviceSettings {
  readonly stress: StressSettings;
  readonly rules?: readonly Rule[];
  readonly accepted?: readonly AcceptedRisk[];
  readonly stressCache: Map<string, ModelFigures['stress']>;
}

export function adviceSettings(options: AdviceOptions): AdviceSettings {
  return {
    stress: { trials: options.trials ?? ADVICE_TRIALS, seed: options.seed ?? ADVICE_SEED },
    rules: options.rules,
    accepted: options.accepted,
    // One cache for the run: the baseline, every move and every pair share the seed and trials.
    stressCache: new Map(),
  };
}

/** The baseline: the loaded model re-assessed with the run's settings. */
export function baselineOf(loaded: LoadSuccess, settings: AdviceSettings): Reassessment {
  return reassess(loaded.model, loaded.assumptions, {
    ...settings,
    accepted: settings.accepted ?? acceptancesInModel(loaded),
  });
}

/** The proposals a model admits against its baseline, and the kinds or ids left out. */
export function proposalsAgainst(
  loaded: LoadSuccess,
  baseline: Reassessment,
): { proposals: Proposal[]; excluded: string[] } {
  return proposalsFromContext(moveContext(loaded, baseline.lockin));
}

/** The figures of a patched model, re-assessed in this thread. */
export function figuresOfPatched(
  loaded: LoadSuccess,
  patched: PatchedModel,
  settings: AdviceSettings,
): PatchedFigures {
  const after = patchedAssessment(loaded, patched.patch, settings, patched);
  return 'problem' in after ? { problem: after.problem } : after.figures;
}

/** The moves valued from their figures (aligned with the proposals), ranked, and those not valued. */
export function valueProposals(
  loaded: LoadSuccess,
  baseline: Reassessment,
  proposals: readonly Proposal[],
  outcomes: readonly PatchedFigures[],
  excluded: readonly string[],
  settings: AdviceSettings,
): MoveAssessment {
  const terms = termsOf(loaded);
  const byProvider = new Map(baseline.lockin.dependencies.map((d) => [d.provider, d]));
  const moves: ValuedMove[] = [];
  const unvalued: UnvaluedMove[] = [];
  proposals.forEach((proposal, i) => {
    const after = outcomes[i] ?? { problem: 'not re-assessed' };
    if ('problem' in after) {
      unvalued.push({ id: proposal.id, title: proposal.title, problem: after.problem });
      return;
    }
    moves.push({
      id: proposal.id,
      kind: proposal.kind,
      title: proposal.title,
      layers: proposal.layers,
      actsOn: proposal.actsOn ?? null,
      contract: proposal.contract ?? null,
      reason: proposal.reason,
      cost: proposal.cost,
      value: moveValue(baseline.figures, after, proposal.cost, terms),
      deltas: deltasOf(baseline.figures, after),
      actBy: actBy(
        proposal,
        loaded.model,
        proposal.actsOn === undefined ? undefined : byProvider.get(proposal.actsOn),
      ),
      patch: proposal.patch,
    });
  });
  moves.sort(byWorth);
  return {
    asOf: loaded.model.operator.as_of,
    horizonMonths: terms.horizonMonths,
    currency: loaded.model.operator.currency,
    stress: settings.stress,
    baseline: baseline.figures,
    moves,
    unvalued,
    excluded,
    parameters: adviceParameters(loaded.model).used,
  };
}

/** The horizon and discount rate every present value of the run is taken over. */
export function termsOf(loaded: LoadSuccess): { horizonMonths: number; discountRate: number } {
  return {
    horizonMonths: loaded.model.operator.horizon_months,
    discountRate: loaded.model.operator.discount_rate,
  };
}

/** Several moves' patches applied together, in order, and the model re-assessed whole. */
export function reassessTogether(
  loaded: LoadSuccess,
  moves: readonly ValuedMove[],
  settings: AdviceSettings,
): Reassessment | UnvaluedMove {
  return patchedAssessment(
    loaded,
    moves.flatMap((m) => m.patch),
    settings,
    {
      id: moves.map((m) => m.id).join('+'),
      title: moves.map((m) => m.title).join(' + '),
    },
  );
}

/**
 * The moves a loaded model admits, with their patches and costs but not yet valued: what
 * `mvnoscope apply` needs, with no stress test run.
 */
export function proposalsOf(loaded: LoadSuccess): Proposal[] {
  return proposalsFromContext(moveContext(loaded, analyseLockin(loaded.model))).proposals;
}

function moveContext(loaded: LoadSuccess, lockin: Lockin): MoveContext {
  return {
    loaded,
    declared: loaded.declared,
    model: loaded.model,
    roles: partyRolesOf(loaded.model),
    parameters: adviceParameters(loaded.model).values,
    economics: economicsParameters(loaded.model).values,
    lockin: new Map(lockin.dependencies.map((d) => [d.provider, d])),
    capacity: lockin.capacity,
  };
}

/** Every kind's proposals and the user's own, less those `advice.exclude` names. */
function proposalsFromContext(context: MoveContext): { proposals: Proposal[]; excluded: string[] } {
  const exclude = new Set(context.model.advice?.exclude ?? []);
  const all = [
    ...BUILTIN_MOVES.flatMap((kind) => kind.propose(context)),
    ...userProposals(context.model),
  ];
  const kept = all.filter((p) => !exclude.has(p.kind) && !exclude.has(p.id));
  return { proposals: kept, excluded: [...exclude].sort() };
}

/**
 * The model after a patch, loaded as `mvnoscope apply` would have it loaded — the patched
 * model as text through the same loader, so its defaults, checks and derived facts are those
 * of the file `apply` writes — and re-assessed.
 */
function patchedAssessment(
  loaded: LoadSuccess,
  patch: readonly PatchOp[],
  settings: AdviceSettings,
  move: { id: string; title: string },
): Reassessment | UnvaluedMove {
  let text: string;
  try {
    text = JSON.stringify(applyPatch(loaded.declared, patch));
  } catch (error) {
    if (error instanceof PatchError) return { ...move, problem: error.message };
    throw error;
  }
  const result = loadModel(text, { file: `${loaded.file} after ${move.id}` });
  if (!result.ok) {
    const first = result.diagnostics.find((d) => d.severity === 'error');
    return {
      ...move,
      problem: `the model after the move does not load: ${first?.message ?? 'unknown problem'}${first === undefined ? '' : ` (at ${first.path.join('.')})`}`,
    };
  }
  return reassess(result.model, result.assumptions, {
    ...settings,
    accepted: settings.accepted ?? acceptancesInModel(result),
  });
}

function byWorth(a: ValuedMove, b: ValuedMove): number {
  return (
    b.value.net - a.value.net ||
    (b.value.perUnitCost ?? 0) - (a.value.perUnitCost ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
