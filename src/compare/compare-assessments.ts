/**
 * Two assessed models side by side (DESIGN §4.10: today versus a proposal, or two vendors'
 * offers): every figure with its change and whether the change is better or worse for the
 * operator, each dependency's exit economics, the single points of failure gained and lost,
 * and the findings added, resolved and unchanged, matched by their stable ids. Pure: the
 * renderers (text, Markdown, HTML, JSON) only format what this returns.
 */
import type { Assessment } from '../assessment.js';
import type { DependencyLockin } from '../economics/lockin.js';
import { OPERATOR_TYPES } from '../model/classification.js';
import { LAYER_TITLES } from '../model/layers.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import type { Finding, FindingStatus } from '../rules/finding.js';
import { SEVERITIES, type Severity } from '../rules/rule.js';

/** One of the two models: a label for it (its file), the model and its assessment. */
export interface ComparedModel {
  readonly label: string;
  readonly model: ResolvedModel;
  readonly assessment: Assessment;
}

/** Which way of a figure is good for the operator. */
export type Direction = 'higher' | 'lower';

/**
 * better / worse for the operator, unchanged, or not comparable (money in two currencies;
 * a category with no order, such as a layer that is not assessed).
 */
export type Verdict = 'better' | 'worse' | 'unchanged' | 'not_comparable';

export type Unit =
  | 'score'
  | 'probability'
  | 'fraction'
  | 'money'
  | 'months'
  | 'minutes'
  | 'count'
  | 'hhi'
  | 'operator_type'
  | 'position';

export type ComparisonSection =
  | 'classification'
  | 'scorecard'
  | 'cross_cutting'
  | 'failure'
  | 'concentration'
  | 'costs'
  | 'lockin'
  | 'findings';

export interface FigureChange {
  /** Stable id, such as `scorecard.network_routes.control`. */
  readonly id: string;
  readonly section: ComparisonSection;
  readonly label: string;
  readonly unit: Unit;
  readonly better: Direction;
  /** The figure in A and in B: a number, or an id for `operator_type` and `position`. */
  readonly a: number | string | null;
  readonly b: number | string | null;
  /** b − a, for numbers known on both sides (and in one currency, for money). */
  readonly change: number | null;
  readonly verdict: Verdict;
}

export interface DateChange {
  readonly a: string | null;
  readonly b: string | null;
  readonly verdict: Verdict;
}

/** One outside dependency's exit economics in A and B, matched by provider id. */
export interface DependencyChange {
  readonly provider: string;
  /** Whether the dependency is in both models, only in B (added) or only in A (removed). */
  readonly presence: 'both' | 'added' | 'removed';
  readonly exitCost: FigureChange;
  readonly exitMonths: FigureChange;
  /** The date it stops being practically reversible; none (null) is better than any date. */
  readonly pointOfNoReturn: DateChange;
  readonly optionValue: FigureChange;
  readonly leveragePerYear: FigureChange;
}

export interface SinglePointChange {
  readonly subject: string;
  readonly kind: 'provider' | 'group';
  readonly capabilities: readonly string[];
}

export interface FindingSide {
  readonly severity: Severity;
  readonly status: FindingStatus;
}

export interface UnchangedFinding {
  readonly id: string;
  readonly title: string;
  readonly message: string;
  readonly a: FindingSide;
  readonly b: FindingSide;
  /** Worse when B is more severe or reopened; better when less severe or accepted. */
  readonly verdict: Verdict;
}

export interface ModelSide {
  readonly label: string;
  readonly operator: string;
  readonly currency: string;
  readonly asOf: string;
}

export interface Comparison {
  readonly a: ModelSide;
  readonly b: ModelSide;
  /** False when the two models count money in different currencies: money is not compared. */
  readonly sameCurrency: boolean;
  readonly figures: readonly FigureChange[];
  readonly dependencies: readonly DependencyChange[];
  readonly singlePoints: {
    readonly added: readonly SinglePointChange[];
    readonly removed: readonly SinglePointChange[];
    readonly unchanged: readonly SinglePointChange[];
  };
  readonly findings: {
    readonly added: readonly Finding[];
    readonly resolved: readonly Finding[];
    readonly unchanged: readonly UnchangedFinding[];
  };
  readonly summary: {
    readonly better: number;
    readonly worse: number;
    readonly unchanged: number;
    readonly notComparable: number;
    readonly findingsAdded: number;
    readonly findingsResolved: number;
  };
}

/** Positions from the operator's worst to its best; `not_assessed` has no place. */
const POSITION_ORDER = ['dependent_participant', 'contested', 'independent_node'] as const;

export function compareAssessments(a: ComparedModel, b: ComparedModel): Comparison {
  const sameCurrency = a.model.operator.currency === b.model.operator.currency;
  const figure = figureBuilder(sameCurrency);
  const figures = [
    ...classificationFigures(a, b),
    ...scorecardFigures(a, b, figure),
    ...failureFigures(a, b, figure),
    ...concentrationFigures(a, b, figure),
    ...costFigures(a, b, figure),
    ...lockinFigures(a, b, figure),
    ...findingFigures(a, b, figure),
  ];
  const findings = findingChanges(a.assessment.run.findings, b.assessment.run.findings);
  const count = (verdict: Verdict) => figures.filter((f) => f.verdict === verdict).length;
  return {
    a: sideOf(a),
    b: sideOf(b),
    sameCurrency,
    figures,
    dependencies: dependencyChanges(a, b, figure),
    singlePoints: singlePointChanges(a, b),
    findings,
    summary: {
      better: count('better'),
      worse: count('worse'),
      unchanged: count('unchanged'),
      notComparable: count('not_comparable'),
      findingsAdded: findings.added.length,
      findingsResolved: findings.resolved.length,
    },
  };
}

function sideOf({ label, model }: ComparedModel): ModelSide {
  const { name, currency, as_of } = model.operator;
  return { label, operator: name, currency, asOf: as_of };
}

type FigureSpec = Omit<FigureChange, 'change' | 'verdict'>;
type Figure = (spec: FigureSpec) => FigureChange;

/** Builds a numeric figure's change and verdict; money only within one currency. */
function figureBuilder(sameCurrency: boolean): Figure {
  return (spec) => {
    const { a, b } = spec;
    if (typeof a !== 'number' || typeof b !== 'number')
      return { ...spec, change: null, verdict: a === b ? 'unchanged' : 'not_comparable' };
    if (spec.unit === 'money' && !sameCurrency)
      return { ...spec, change: null, verdict: 'not_comparable' };
    const change = b - a;
    if (withinMateriality(a, b, spec.unit)) return { ...spec, change: 0, verdict: 'unchanged' };
    const up = change > 0;
    return { ...spec, change, verdict: up === (spec.better === 'higher') ? 'better' : 'worse' };
  };
}

/**
 * Unchanged within the figure's materiality: a difference no reader should act on is not a
 * change. Money within half a unit or a thousandth of the larger amount; a 0–100 index within
 * half a point (the scorecard's own rounding); a share within a tenth of a percentage point;
 * HHI within a point of 10,000; minutes within one; a probability within a hundredth of the
 * larger; whole counts and months only when equal. docs/compare.md gives the table.
 */
export function withinMateriality(a: number, b: number, unit: Unit): boolean {
  const gap = Math.abs(a - b);
  const larger = Math.max(Math.abs(a), Math.abs(b));
  switch (unit) {
    case 'money':
      return gap < Math.max(0.5, 0.001 * larger);
    case 'score':
      return gap < 0.5;
    case 'fraction':
      return gap < 0.001;
    case 'hhi':
    case 'minutes':
      return gap < 1;
    case 'probability':
      return gap <= 0.01 * larger;
    default:
      return gap <= 1e-9 * Math.max(1, larger);
  }
}

/** A categorical figure whose values have an order from worst to best. */
function ordered(
  spec: FigureSpec & { a: string | null; b: string | null },
  order: readonly string[],
): FigureChange {
  if (spec.a === spec.b) return { ...spec, change: null, verdict: 'unchanged' };
  const rankA = spec.a === null ? -1 : order.indexOf(spec.a);
  const rankB = spec.b === null ? -1 : order.indexOf(spec.b);
  if (rankA < 0 || rankB < 0) return { ...spec, change: null, verdict: 'not_comparable' };
  return { ...spec, change: null, verdict: rankB > rankA ? 'better' : 'worse' };
}

function classificationFigures(a: ComparedModel, b: ComparedModel): FigureChange[] {
  return [
    // Up the ladder (reseller → light → enhanced → full) the operator holds more of the value
    // chain itself: more control, which is what the framework counts as better.
    ordered(
      {
        id: 'classification.type',
        section: 'classification',
        label: 'Operator type',
        unit: 'operator_type',
        better: 'higher',
        a: a.assessment.analysis.classification.type,
        b: b.assessment.analysis.classification.type,
      },
      OPERATOR_TYPES,
    ),
  ];
}

function scorecardFigures(a: ComparedModel, b: ComparedModel, figure: Figure): FigureChange[] {
  const cardA = a.assessment.analysis.scorecard;
  const cardB = b.assessment.analysis.scorecard;
  const layers = cardA.layers.flatMap((layerA) => {
    const layerB = cardB.layers.find((l) => l.layer === layerA.layer);
    const name = LAYER_TITLES[layerA.layer].replace(/ \(.*\)$/, '');
    const id = `scorecard.${layerA.layer}`;
    return [
      figure({
        id: `${id}.dependency`,
        section: 'scorecard',
        label: `${name}: dependency`,
        unit: 'score',
        better: 'lower',
        a: layerA.dependency.score,
        b: layerB?.dependency.score ?? null,
      }),
      figure({
        id: `${id}.control`,
        section: 'scorecard',
        label: `${name}: control`,
        unit: 'score',
        better: 'higher',
        a: layerA.control.score,
        b: layerB?.control.score ?? null,
      }),
      ordered(
        {
          id: `${id}.position`,
          section: 'scorecard',
          label: `${name}: position`,
          unit: 'position',
          better: 'higher',
          a: layerA.position,
          b: layerB?.position ?? null,
        },
        POSITION_ORDER,
      ),
    ];
  });
  const cross = (spec: Omit<FigureSpec, 'section'>) =>
    figure({ ...spec, section: 'cross_cutting' });
  return [
    ...layers,
    cross({
      id: 'ai_amplification.dependency',
      label: 'AI amplification: dependency',
      unit: 'score',
      better: 'lower',
      a: cardA.aiAmplification.dependency,
      b: cardB.aiAmplification.dependency,
    }),
    cross({
      id: 'ai_amplification.leverage',
      label: 'AI amplification: leverage',
      unit: 'score',
      better: 'higher',
      a: cardA.aiAmplification.leverage,
      b: cardB.aiAmplification.leverage,
    }),
    cross({
      id: 'security_exposure',
      label: 'Security exposure',
      unit: 'score',
      better: 'lower',
      a: cardA.securityExposure.score,
      b: cardB.securityExposure.score,
    }),
  ];
}

function failureFigures(a: ComparedModel, b: ComparedModel, figure: Figure): FigureChange[] {
  const fa = a.assessment.analysis.failure;
  const fb = b.assessment.analysis.failure;
  const section = 'failure' as const;
  const doubles = (f: typeof fa) => f.cutSets.filter((s) => s.order === 2).length;
  return [
    figure({
      id: 'failure.service_loss_probability',
      section,
      label: 'Probability of losing service',
      unit: 'probability',
      better: 'lower',
      a: fa.serviceLoss.probability,
      b: fb.serviceLoss.probability,
    }),
    figure({
      id: 'failure.availability',
      section,
      label: 'Service availability',
      unit: 'probability',
      better: 'higher',
      a: fa.serviceLoss.availability,
      b: fb.serviceLoss.availability,
    }),
    figure({
      id: 'failure.downtime_minutes_per_year',
      section,
      label: 'Expected downtime a year',
      unit: 'minutes',
      better: 'lower',
      a: fa.serviceLoss.downtimeMinutesPerYear,
      b: fb.serviceLoss.downtimeMinutesPerYear,
    }),
    figure({
      id: 'failure.single_points',
      section,
      label: 'Single points of failure',
      unit: 'count',
      better: 'lower',
      a: fa.singlePoints.length,
      b: fb.singlePoints.length,
    }),
    figure({
      id: 'failure.hidden_single_points',
      section,
      label: 'Hidden single points (through hosting or a group)',
      unit: 'count',
      better: 'lower',
      a: fa.singlePoints.filter((s) => s.hidden).length,
      b: fb.singlePoints.filter((s) => s.hidden).length,
    }),
    figure({
      id: 'failure.double_failures',
      section,
      label: 'Pairs of failures that stop the service',
      unit: 'count',
      better: 'lower',
      a: doubles(fa),
      b: doubles(fb),
    }),
  ];
}

function concentrationFigures(a: ComparedModel, b: ComparedModel, figure: Figure): FigureChange[] {
  const ca = a.assessment.analysis.concentration;
  const cb = b.assessment.analysis.concentration;
  const section = 'concentration' as const;
  const highlyConcentrated = (c: typeof ca) =>
    c.capabilities.filter((x) => x.critical && x.level === 'highly_concentrated').length;
  const wideGroups = (c: typeof ca) => c.groups.filter((g) => g.layers.length >= 3).length;
  return [
    figure({
      id: 'concentration.spend_group_hhi',
      section,
      label: 'Spend concentration by group (HHI)',
      unit: 'hhi',
      better: 'lower',
      a: ca.spend.groupHhi,
      b: cb.spend.groupHhi,
    }),
    figure({
      id: 'concentration.spend_provider_hhi',
      section,
      label: 'Spend concentration by provider (HHI)',
      unit: 'hhi',
      better: 'lower',
      a: ca.spend.providerHhi,
      b: cb.spend.providerHhi,
    }),
    figure({
      id: 'concentration.largest_group_spend_share',
      section,
      label: 'Largest group’s share of spend',
      unit: 'fraction',
      better: 'lower',
      a: ca.spend.groups[0]?.share ?? null,
      b: cb.spend.groups[0]?.share ?? null,
    }),
    figure({
      id: 'concentration.critical_capabilities_highly_concentrated',
      section,
      label: 'Service-critical capabilities highly concentrated',
      unit: 'count',
      better: 'lower',
      a: highlyConcentrated(ca),
      b: highlyConcentrated(cb),
    }),
    figure({
      id: 'concentration.groups_in_three_layers',
      section,
      label: 'Groups controlling three or more layers',
      unit: 'count',
      better: 'lower',
      a: wideGroups(ca),
      b: wideGroups(cb),
    }),
  ];
}

function costFigures(a: ComparedModel, b: ComparedModel, figure: Figure): FigureChange[] {
  const ca = a.assessment.analysis.costs;
  const cb = b.assessment.analysis.costs;
  const section = 'costs' as const;
  const floating = (c: typeof ca) =>
    c.totalMonthly === 0 ? null : c.floatingMonthly / c.totalMonthly;
  return [
    figure({
      id: 'costs.revenue_monthly',
      section,
      label: 'Revenue a month',
      unit: 'money',
      better: 'higher',
      a: ca.revenueMonthly,
      b: cb.revenueMonthly,
    }),
    figure({
      id: 'costs.total_monthly',
      section,
      label: 'Total cost a month',
      unit: 'money',
      better: 'lower',
      a: ca.totalMonthly,
      b: cb.totalMonthly,
    }),
    figure({
      id: 'costs.margin_monthly',
      section,
      label: 'Operating margin a month',
      unit: 'money',
      better: 'higher',
      a: ca.marginMonthly,
      b: cb.marginMonthly,
    }),
    figure({
      id: 'costs.floating_share',
      section,
      label: 'Share of cost floating with cloud, energy, AI and FX prices',
      unit: 'fraction',
      better: 'lower',
      a: floating(ca),
      b: floating(cb),
    }),
  ];
}

function lockinFigures(a: ComparedModel, b: ComparedModel, figure: Figure): FigureChange[] {
  const la = a.assessment.lockin;
  const lb = b.assessment.lockin;
  const section = 'lockin' as const;
  const sum = (deps: readonly DependencyLockin[], of: (d: DependencyLockin) => number) =>
    deps.reduce((total, d) => total + of(d), 0);
  const atHorizon = (d: DependencyLockin) => d.curve.at(-1)?.cost ?? d.today.cost;
  const longest = (deps: readonly DependencyLockin[]) =>
    deps.reduce((most, d) => Math.max(most, d.today.months), 0);
  const pastReturn = (deps: readonly DependencyLockin[]) =>
    deps.filter((d) => d.pointOfNoReturn?.month === 0).length;
  const withinHorizon = (deps: readonly DependencyLockin[]) =>
    deps.filter((d) => d.pointOfNoReturn !== null).length;
  return [
    figure({
      id: 'lockin.exit_cost_today',
      section,
      label: 'Exit cost of all dependencies today',
      unit: 'money',
      better: 'lower',
      a: sum(la.dependencies, (d) => d.today.cost),
      b: sum(lb.dependencies, (d) => d.today.cost),
    }),
    figure({
      id: 'lockin.exit_cost_at_horizon',
      section,
      label: 'Exit cost of all dependencies at the horizon',
      unit: 'money',
      better: 'lower',
      a: sum(la.dependencies, atHorizon),
      b: sum(lb.dependencies, atHorizon),
    }),
    figure({
      id: 'lockin.longest_exit_months',
      section,
      label: 'Longest exit',
      unit: 'months',
      better: 'lower',
      a: longest(la.dependencies),
      b: longest(lb.dependencies),
    }),
    figure({
      id: 'lockin.past_point_of_no_return',
      section,
      label: 'Dependencies already past their point of no return',
      unit: 'count',
      better: 'lower',
      a: pastReturn(la.dependencies),
      b: pastReturn(lb.dependencies),
    }),
    figure({
      id: 'lockin.point_of_no_return_within_horizon',
      section,
      label: 'Dependencies reaching a point of no return within the horizon',
      unit: 'count',
      better: 'lower',
      a: withinHorizon(la.dependencies),
      b: withinHorizon(lb.dependencies),
    }),
    figure({
      id: 'lockin.option_value',
      section,
      label: 'Value of the options to switch',
      unit: 'money',
      better: 'higher',
      a: sum(la.dependencies, (d) => d.option?.value ?? 0),
      b: sum(lb.dependencies, (d) => d.option?.value ?? 0),
    }),
    figure({
      id: 'lockin.leverage_per_year',
      section,
      label: 'Leverage a credible alternative network buys, a year',
      unit: 'money',
      better: 'higher',
      a: sum(la.dependencies, (d) => d.leverage?.valuePerYear ?? 0),
      b: sum(lb.dependencies, (d) => d.leverage?.valuePerYear ?? 0),
    }),
    figure({
      id: 'lockin.designed_index',
      section,
      label: 'Designed rather than accumulated (decision log)',
      unit: 'score',
      better: 'higher',
      a: la.designed.score,
      b: lb.designed.score,
    }),
  ];
}

function findingFigures(a: ComparedModel, b: ComparedModel, figure: Figure): FigureChange[] {
  const open = (side: ComparedModel, severities: readonly Severity[]) =>
    side.assessment.run.findings.filter(
      (f) => f.status === 'open' && severities.includes(f.severity),
    ).length;
  const row = (id: string, label: string, severities: readonly Severity[]) =>
    figure({
      id,
      section: 'findings',
      label,
      unit: 'count',
      better: 'lower',
      a: open(a, severities),
      b: open(b, severities),
    });
  return [
    row('findings.open', 'Open findings', SEVERITIES),
    row('findings.open_critical_high', 'Open critical and high findings', ['critical', 'high']),
  ];
}

function dependencyChanges(a: ComparedModel, b: ComparedModel, figure: Figure): DependencyChange[] {
  const inA = new Map(a.assessment.lockin.dependencies.map((d) => [d.provider, d]));
  const inB = new Map(b.assessment.lockin.dependencies.map((d) => [d.provider, d]));
  // A's order (largest exit cost first), then what only B has, in B's order.
  const providers = [...new Set([...inA.keys(), ...inB.keys()])];
  return providers.map((provider) => {
    const da = inA.get(provider);
    const db = inB.get(provider);
    const id = `dependency.${provider}`;
    const money = (
      key: string,
      label: string,
      better: Direction,
      of: (d: DependencyLockin) => number | null,
    ) =>
      figure({
        id: `${id}.${key}`,
        section: 'lockin',
        label,
        unit: 'money',
        better,
        a: da === undefined ? null : of(da),
        b: db === undefined ? null : of(db),
      });
    return {
      provider,
      presence: da === undefined ? 'added' : db === undefined ? 'removed' : 'both',
      exitCost: money('exit_cost', 'Exit cost today', 'lower', (d) => d.today.cost),
      exitMonths: figure({
        id: `${id}.exit_months`,
        section: 'lockin',
        label: 'Exit time',
        unit: 'months',
        better: 'lower',
        a: da?.today.months ?? null,
        b: db?.today.months ?? null,
      }),
      pointOfNoReturn: pointOfNoReturnChange(da, db),
      optionValue: money('option_value', 'Option to switch', 'higher', (d) => d.option?.value ?? 0),
      leveragePerYear: money(
        'leverage_per_year',
        'Leverage a year',
        'higher',
        (d) => d.leverage?.valuePerYear ?? 0,
      ),
    };
  });
}

/** Later is better, and none within the horizon is best; a dependency on one side only is not compared. */
function pointOfNoReturnChange(
  a: DependencyLockin | undefined,
  b: DependencyLockin | undefined,
): DateChange {
  const dateA = a?.pointOfNoReturn?.date ?? null;
  const dateB = b?.pointOfNoReturn?.date ?? null;
  if (a === undefined || b === undefined) return { a: dateA, b: dateB, verdict: 'not_comparable' };
  if (dateA === dateB) return { a: dateA, b: dateB, verdict: 'unchanged' };
  const later = dateA === null ? false : dateB === null || dateB > dateA;
  return { a: dateA, b: dateB, verdict: later ? 'better' : 'worse' };
}

function singlePointChanges(a: ComparedModel, b: ComparedModel): Comparison['singlePoints'] {
  const points = (side: ComparedModel) =>
    side.assessment.analysis.failure.singlePoints.map((s) => ({
      subject: s.subject,
      kind: s.kind,
      capabilities: s.capabilities.map((c) => c.capability),
    }));
  const key = (s: SinglePointChange) => `${s.kind}:${s.subject}`;
  const inA = points(a);
  const inB = points(b);
  const keysA = new Set(inA.map(key));
  const keysB = new Set(inB.map(key));
  return {
    added: inB.filter((s) => !keysA.has(key(s))),
    removed: inA.filter((s) => !keysB.has(key(s))),
    unchanged: inB.filter((s) => keysA.has(key(s))),
  };
}

function findingChanges(a: readonly Finding[], b: readonly Finding[]): Comparison['findings'] {
  const inA = new Map(a.map((f) => [f.id, f]));
  const inB = new Map(b.map((f) => [f.id, f]));
  const unchanged = b.flatMap((fb): UnchangedFinding[] => {
    const fa = inA.get(fb.id);
    if (fa === undefined) return [];
    return [
      {
        id: fb.id,
        title: fb.title,
        message: fb.message,
        a: { severity: fa.severity, status: fa.status },
        b: { severity: fb.severity, status: fb.status },
        verdict: findingVerdict(fa, fb),
      },
    ];
  });
  return {
    added: b.filter((f) => !inA.has(f.id)),
    resolved: a.filter((f) => !inB.has(f.id)),
    unchanged,
  };
}

/** Severity first (more severe is worse), then status (reopened is worse, accepted better). */
function findingVerdict(a: Finding, b: Finding): Verdict {
  const severity = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
  if (severity !== 0) return severity > 0 ? 'worse' : 'better';
  if (a.status === b.status) return 'unchanged';
  return b.status === 'open' ? 'worse' : 'better';
}
