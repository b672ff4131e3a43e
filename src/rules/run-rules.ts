/**
 * Runs the rules over an analysed model and turns what they report into findings: stable ids
 * from the rule and the elements involved, evidence with file positions, and the status that
 * accepted risks give them. An acceptance past its expiry lapses: the finding reopens and the
 * lapse is a finding of its own.
 */
import type { StructuralAnalysis } from '../analysis/analyse.js';
import { formatPath, type ModelPath, type SourcePosition } from '../model/load/diagnostic.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import type { Suppression } from '../model/schema/model.js';
import { type Acceptance, bySeverity, type Finding, type PositionOf } from './finding.js';
import type { Rule, RuleFinding } from './rule.js';
import { ruleContext } from './rule-context.js';

export interface AcceptedRisk extends Suppression {
  /** Where the acceptance is written (the model, or a register file), for the lapse finding. */
  readonly source: {
    readonly file?: string;
    readonly path: ModelPath;
    readonly position: SourcePosition;
  };
}

/** A rule that could not be evaluated on some element; the run went on without that element. */
export interface EvaluationProblem {
  readonly ruleId: string;
  readonly message: string;
}

export interface RuleRun {
  readonly findings: readonly Finding[];
  readonly evaluationProblems: readonly EvaluationProblem[];
  /** Acceptances that matched no finding: candidates for removal from the register. */
  readonly unusedAcceptances: readonly AcceptedRisk[];
}

export const LAPSED_ACCEPTANCE_RULE = 'gov-acceptance-expired';

export function runRules(
  rules: readonly Rule[],
  model: ResolvedModel,
  analysis: StructuralAnalysis,
  positionOf: PositionOf,
  accepted: readonly AcceptedRisk[] = [],
): RuleRun {
  const shared = ruleContext(model, analysis);
  const evaluationProblems: EvaluationProblem[] = [];
  const raw = rules.flatMap((rule) => {
    const noteProblem = (message: string) =>
      evaluationProblems.push({ ruleId: rule.meta.id, message });
    return rule
      .check({ ...shared, noteProblem })
      .map((finding) => toFinding(rule, finding, positionOf));
  });
  const used = new Set<AcceptedRisk>();
  const lapsed: Finding[] = [];
  const acceptanceOf = acceptanceIndex(accepted);
  const findings = raw.map((finding) => {
    const match = acceptanceOf(finding);
    if (match === undefined) return finding;
    used.add(match);
    if (match.expires < model.operator.as_of) {
      lapsed.push(lapseFinding(match, finding));
      return finding;
    }
    const acceptance: Acceptance = {
      pattern: match.finding,
      reason: match.reason,
      owner: match.owner,
      expires: match.expires,
    };
    return { ...finding, status: 'accepted' as const, acceptance };
  });
  const all = [...findings, ...lapsed].sort(bySeverity);
  return {
    findings: all,
    evaluationProblems,
    unusedAcceptances: accepted.filter((a) => !used.has(a)),
  };
}

function toFinding(rule: Rule, finding: RuleFinding, positionOf: PositionOf): Finding {
  const { meta } = rule;
  return {
    id: `${meta.id}/${finding.elements.join('+')}`,
    ruleId: meta.id,
    elements: finding.elements,
    title: meta.title,
    category: meta.category,
    layers: meta.layers,
    severity: finding.severity ?? meta.severity,
    message: finding.message,
    recommendation: meta.recommendation,
    evidence: finding.evidence.map((path) => ({ path: formatPath(path), ...positionOf(path) })),
    status: 'open',
  };
}

function lapseFinding(acceptance: AcceptedRisk, finding: Finding): Finding {
  return {
    id: `${LAPSED_ACCEPTANCE_RULE}/${finding.id}`,
    ruleId: LAPSED_ACCEPTANCE_RULE,
    elements: finding.elements,
    title: 'Accepted risk past its expiry',
    category: 'governance',
    layers: finding.layers,
    severity: finding.severity,
    message: `the acceptance of ${finding.id} (owner ${acceptance.owner}) expired on ${acceptance.expires}: the risk is open again`,
    recommendation:
      'review the risk: fix it, or renew the acceptance with a new reason and expiry date',
    evidence: [
      {
        ...(acceptance.source.file === undefined ? {} : { file: acceptance.source.file }),
        path: formatPath(acceptance.source.path),
        ...acceptance.source.position,
      },
    ],
    status: 'open',
  };
}

/** A pattern is a finding id, a rule id, or either with `*` standing for any run of characters. */
export function matches(pattern: string, finding: Pick<Finding, 'id' | 'ruleId'>): boolean {
  const regex = patternRegExp(pattern);
  return regex.test(finding.id) || regex.test(finding.ruleId);
}

function patternRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
}

/**
 * The first acceptance (in the order given) whose pattern matches a finding, as `matches`
 * decides, with each pattern compiled once: plain ids are looked up, and only patterns with a
 * `*` are tried one by one (a regular expression per finding and acceptance made a long
 * register quadratic).
 */
function acceptanceIndex(
  accepted: readonly AcceptedRisk[],
): (finding: Pick<Finding, 'id' | 'ruleId'>) => AcceptedRisk | undefined {
  const exact = new Map<string, number>();
  const wildcards: { index: number; regex: RegExp }[] = [];
  accepted.forEach((acceptance, index) => {
    const pattern = acceptance.finding;
    if (pattern.includes('*')) wildcards.push({ index, regex: patternRegExp(pattern) });
    else if (!exact.has(pattern)) exact.set(pattern, index);
  });
  return (finding) => {
    let best = Math.min(
      exact.get(finding.id) ?? Number.POSITIVE_INFINITY,
      exact.get(finding.ruleId) ?? Number.POSITIVE_INFINITY,
    );
    for (const { index, regex } of wildcards) {
      if (index >= best) break;
      if (regex.test(finding.id) || regex.test(finding.ruleId)) best = index;
    }
    return Number.isFinite(best) ? accepted[best] : undefined;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
}
