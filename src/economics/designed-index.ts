/**
 * Designed or accumulated: how each decision in the log was made. A designed decision weighed
 * alternatives, assessed its interactions with the rest of the stack, planned its exit, is
 * reviewed, and locks in no more than it was worth. An accumulated one did none of these.
 */

import { monthsBetween } from '../model/calendar.js';
import type { ModelPath } from '../model/load/diagnostic.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import type { Decision } from '../model/schema/model.js';

/** Lock-in up to three years of the stated benefit is in proportion; beyond it, it is not. */
export const BENEFIT_YEARS = 3;
export const REVIEW_MONTHS = 24;

const CRITERIA = [
  { id: 'alternatives', weight: 25, missing: 'no alternatives considered' },
  {
    id: 'interactions',
    weight: 25,
    missing: 'interactions with the rest of the stack never assessed',
  },
  { id: 'exit_plan', weight: 20, missing: 'no exit plan' },
  { id: 'reviewed', weight: 15, missing: `not reviewed in the last ${REVIEW_MONTHS} months` },
  {
    id: 'proportionate',
    weight: 15,
    missing: `locks in more than ${BENEFIT_YEARS} years of its stated benefit`,
  },
] as const;

export interface DecisionAssessment {
  readonly decision: string;
  readonly title: string;
  /** 0 (accumulated) to 100 (designed). */
  readonly score: number;
  readonly verdict: 'designed' | 'mixed' | 'accumulated';
  readonly explanation: string;
  readonly evidence: readonly ModelPath[];
}

export interface DesignedIndex {
  readonly score: number | null;
  readonly verdict: DecisionAssessment['verdict'] | 'no_decision_log';
  readonly decisions: readonly DecisionAssessment[];
}

/** `exitCostOf` gives today's exit cost of a provider, for the proportionality test. */
export function designedIndex(
  model: ResolvedModel,
  exitCostOf: (provider: string) => number,
): DesignedIndex {
  const decisions = (model.decisions ?? []).map((decision, index) =>
    assess(decision, index, model.operator.as_of, exitCostOf),
  );
  if (decisions.length === 0) return { score: null, verdict: 'no_decision_log', decisions };
  const score =
    Math.round((decisions.reduce((sum, d) => sum + d.score, 0) / decisions.length) * 10) / 10;
  return { score, verdict: verdictOf(score), decisions };
}

function assess(
  decision: Decision,
  index: number,
  asOf: string,
  exitCostOf: (provider: string) => number,
): DecisionAssessment {
  const lockIn = (decision.providers ?? []).reduce((sum, p) => sum + exitCostOf(p), 0);
  const met: Record<(typeof CRITERIA)[number]['id'], boolean | null> = {
    alternatives: (decision.alternatives?.length ?? 0) > 0,
    interactions: decision.interactions_assessed === true,
    exit_plan: decision.exit_plan !== undefined && decision.exit_plan.trim() !== '',
    reviewed: monthsBetween(decision.last_review ?? decision.date, asOf) <= REVIEW_MONTHS,
    proportionate:
      decision.benefit_per_year === undefined
        ? null
        : lockIn <= BENEFIT_YEARS * decision.benefit_per_year,
  };
  const applicable = CRITERIA.filter((c) => met[c.id] !== null);
  const total = applicable.reduce((sum, c) => sum + c.weight, 0);
  const earned = applicable.filter((c) => met[c.id] === true).reduce((sum, c) => sum + c.weight, 0);
  const score = Math.round((earned / total) * 1000) / 10;
  const missing = applicable.filter((c) => met[c.id] === false).map((c) => c.missing);
  return {
    decision: decision.id,
    title: decision.title,
    score,
    verdict: verdictOf(score),
    explanation:
      missing.length === 0
        ? 'alternatives weighed, interactions assessed, exit planned, reviewed'
        : missing.join('; '),
    evidence: [['decisions', index]],
  };
}

function verdictOf(score: number): DecisionAssessment['verdict'] {
  if (score >= 70) return 'designed';
  if (score < 50) return 'accumulated';
  return 'mixed';
}
