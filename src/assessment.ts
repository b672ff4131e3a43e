/**
 * Every analysis of one loaded model that needs no random draws or solver: structure,
 * findings (built-in rules plus any given) and lock-in. Reports, the register and compare all
 * start here, so they show the same numbers as `analyze`.
 */
import { analyseStructure, type StructuralAnalysis } from './analysis/analyse.js';
import { analyseLockin, type Lockin } from './economics/lockin.js';
import type { ModelPath } from './model/load/diagnostic.js';
import type { LoadSuccess } from './model/load/load-model.js';
import { BUILTIN_RULES } from './rules/builtin/index.js';
import type { PositionOf } from './rules/finding.js';
import type { Rule } from './rules/rule.js';
import { type AcceptedRisk, type RuleRun, runRules } from './rules/run-rules.js';

export interface Assessment {
  readonly analysis: StructuralAnalysis;
  readonly run: RuleRun;
  readonly lockin: Lockin;
  readonly positionOf: PositionOf;
}

export interface AssessmentOptions {
  /** The rules to run, as `ruleSet` merges them (rules/rule-set.ts); the built-in ones by default. */
  readonly rules?: readonly Rule[];
  /** Accepted risks; by default those written in the model's `suppressions`. */
  readonly accepted?: readonly AcceptedRisk[];
}

export function assessModel(loaded: LoadSuccess, options: AssessmentOptions = {}): Assessment {
  const analysis = analyseStructure(loaded.model, loaded.assumptions);
  const positionOf: PositionOf = (path) => loaded.sourceMap.startOf(path);
  const run = runRules(
    options.rules ?? BUILTIN_RULES,
    loaded.model,
    analysis,
    positionOf,
    options.accepted ?? acceptancesInModel(loaded),
  );
  return { analysis, run, lockin: analyseLockin(loaded.model), positionOf };
}

/** The accepted risks written in the model itself, with where each is written. */
export function acceptancesInModel(loaded: LoadSuccess): AcceptedRisk[] {
  return (loaded.declared.suppressions ?? []).map((s, i) => {
    const path: ModelPath = ['suppressions', i];
    return { ...s, source: { path, position: loaded.sourceMap.startOf(path) } };
  });
}
