/**
 * The terminal report of `mvnoscope analyze`: what a strategist reads first — the operator's
 * type, the five layers with the factors behind each index, the single points of failure,
 * the largest blast radii, concentration, and the assumptions the figures rest on.
 */
import type { StructuralAnalysis } from '../../analysis/analyse.js';
import type { Factor, IndexScore } from '../../analysis/scorecard/factor.js';
import type { LayerScore, Position } from '../../analysis/scorecard/scorecard.js';
import { parametersStatedInModel, statedAssumptions } from '../../assumptions.js';
import type { Lockin } from '../../economics/lockin.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import type { Finding } from '../../rules/finding.js';
import { SEVERITIES, type Severity } from '../../rules/rule.js';
import {
  availability,
  counted,
  decimal,
  money,
  percent,
  smallPercent,
  timeAYear,
  wholeNumber,
} from '../../text/index.js';
import { assumptionsText } from './assumptions-text.js';
import type { Colours } from './colour.js';
import { table } from './table.js';

export interface TextOptions {
  readonly colours: Colours;
  /** Line of a model path in the file, for "the model lines behind it". */
  readonly lineOf: (path: ModelPath) => number;
  /** How many rows of the long lists to show. */
  readonly top: number;
}

export function analysisText(
  model: ResolvedModel,
  analysis: StructuralAnalysis,
  findings: readonly Finding[],
  lockin: Lockin,
  options: TextOptions,
): string {
  return [
    header(model, analysis, options),
    findingsSection(findings, options),
    scorecardSection(analysis, options),
    failureSection(model, analysis, options),
    lockinSection(model, lockin, options),
    concentrationSection(analysis, options),
    assumptionsSection(model, analysis, lockin, options),
  ].join('\n\n');
}

function header(
  model: ResolvedModel,
  analysis: StructuralAnalysis,
  { colours: c }: TextOptions,
): string {
  const { classification } = analysis;
  const flags = [
    classification.hybrid ? 'hybrid' : undefined,
    classification.hostAffiliation?.kind.replace('_', ' '),
  ].filter(Boolean);
  const lines = [
    c.bold(
      `${model.operator.name} (${model.operator.country}) — ${classification.name}${flags.length > 0 ? `, ${flags.join(', ')}` : ''}`,
    ),
    `${wholeNumber(model.operator.subscribers)} subscribers · ARPU ${decimal(model.operator.arpu, 2, { trimZeros: true })} ${model.operator.currency} · host networks: ${classification.hostNetworks.join(', ') || 'none'}`,
    ...classification.reasons.map((r) => `  · ${r}`),
  ];
  if (classification.nextRung !== undefined) {
    lines.push(
      c.dim(
        `  next rung (${classification.nextRung.type.replace('_', ' ')}) needs: ${classification.nextRung.missing.join('; ')}`,
      ),
    );
  }
  return lines.join('\n');
}

function findingsSection(findings: readonly Finding[], options: TextOptions): string {
  const c = options.colours;
  const open = findings.filter((f) => f.status === 'open');
  const colourOf = (s: Severity) =>
    s === 'critical' || s === 'high' ? c.red : s === 'medium' ? c.yellow : c.dim;
  const counts = SEVERITIES.map((s) =>
    colourOf(s)(`${open.filter((f) => f.severity === s).length} ${s}`),
  ).join(', ');
  const accepted = findings.length - open.length;
  const lines = [
    c.bold(
      `Findings: ${open.length} open (${counts})${accepted > 0 ? `, ${accepted} accepted` : ''}`,
    ),
  ];
  for (const f of open.slice(0, options.top * 2)) {
    const where = f.evidence[0] === undefined ? '' : c.dim(` line ${f.evidence[0].line}`);
    lines.push(
      `  ${colourOf(f.severity)(f.severity.padEnd(8))} ${f.message}${where} ${c.dim(`[${f.ruleId}]`)}`,
    );
  }
  if (open.length > options.top * 2)
    lines.push(
      c.dim(
        `  … and ${open.length - options.top * 2} more (--top to show more; --format markdown or sarif for the register)`,
      ),
    );
  return lines.join('\n');
}

const POSITION_WORDS: Record<Position, string> = {
  independent_node: 'independent node',
  contested: 'contested',
  dependent_participant: 'dependent participant',
  not_assessed: 'not assessed',
};

function scorecardSection(analysis: StructuralAnalysis, options: TextOptions): string {
  const c = options.colours;
  const colourOf = (p: Position) =>
    p === 'independent_node'
      ? c.green
      : p === 'dependent_participant'
        ? c.red
        : p === 'contested'
          ? c.yellow
          : c.dim;
  const rows = [
    [c.bold('layer'), c.bold('dependency'), c.bold('control'), c.bold('position')],
    ...analysis.scorecard.layers.map((l) => [
      l.title,
      score(l.dependency),
      score(l.control),
      colourOf(l.position)(POSITION_WORDS[l.position]),
    ]),
  ];
  const { aiAmplification: ai, securityExposure } = analysis.scorecard;
  const lines = [
    c.bold('Five-layer scorecard (0–100)'),
    ...table(rows, ['left', 'right', 'right', 'left']).map((r) => `  ${r}`),
  ];
  lines.push(
    `  AI amplification: dependency ${ai.dependency ?? 'n/a'}, leverage ${ai.leverage ?? 'n/a'} — ${ai.explanation}`,
  );
  lines.push(`  Security exposure: ${securityExposure.score ?? 'n/a'}`);
  for (const layer of analysis.scorecard.layers) lines.push('', ...layerFactors(layer, options));
  lines.push(
    '',
    `  ${c.bold('Security exposure factors')}`,
    ...factorLines(securityExposure, options),
  );
  return lines.join('\n');
}

function layerFactors(layer: LayerScore, options: TextOptions): string[] {
  const c = options.colours;
  return [
    `  ${c.bold(layer.title)}`,
    `    dependency ${score(layer.dependency)}`,
    ...factorLines(layer.dependency, options),
    `    control ${score(layer.control)}`,
    ...factorLines(layer.control, options),
  ];
}

function factorLines(index: IndexScore, options: TextOptions): string[] {
  return index.factors.map(
    (f) => `      ${contribution(f, index)}  ${f.explanation}${evidenceLines(f, options)}`,
  );
}

function contribution(f: Factor, index: IndexScore): string {
  if (f.value === null) return '   n/a';
  // A factor of a layer that is not assessed is shown for its value, and adds to no index.
  return index.score === null ? '     —' : `+${f.contribution.toFixed(1).padStart(5)}`;
}

function evidenceLines(f: Factor, options: TextOptions): string {
  if (f.evidence.length === 0) return '';
  const lines = [...new Set(f.evidence.map((p) => options.lineOf(p)))].sort((a, b) => a - b);
  const shown = lines.length > 6 ? `${lines.slice(0, 6).join(', ')}, …` : lines.join(', ');
  return options.colours.dim(` (line${lines.length === 1 ? '' : 's'} ${shown})`);
}

function failureSection(
  model: ResolvedModel,
  analysis: StructuralAnalysis,
  options: TextOptions,
): string {
  const c = options.colours;
  const { failure } = analysis;
  const loss = failure.serviceLoss;
  const lines = [c.bold('Failure analysis')];
  const method =
    loss.method === 'exact'
      ? `exact, decision diagram of ${loss.bddNodes} nodes`
      : 'cut-set upper bound (the exact diagram exceeded its budget)';
  lines.push(
    `  Whole service down (a critical capability lost for every subscriber): ${timeAYear(loss.downtimeMinutesPerYear / 60)}, availability ${availability(loss.availability)} (${method})`,
  );
  const without = failure.subscriberLoss;
  lines.push(
    `  Subscribers without service: ${smallPercent(without.expectedShare)} on average, ${timeAYear(without.hoursPerSubscriberYear)} each (${SUBSCRIBER_LOSS_METHOD[without.method]})`,
  );
  for (const certain of failure.cutSets.filter((s) => s.order === 0))
    lines.push(
      `  ${c.red('Lost with certainty')}: ${certain.capabilities.join(', ')} — no supplier carries it (see the warnings)`,
    );
  const spofs = failure.singlePoints;
  const hidden = spofs.filter((s) => s.hidden).length;
  lines.push(
    `  Single points of failure: ${spofs.length}${hidden > 0 ? ` (${hidden} hidden: through shared hosting, an ownership group or SIMs that reach no alternative)` : ''}`,
  );
  for (const spof of spofs.slice(0, options.top)) {
    const via = [...new Set(spof.capabilities.map((x) => x.path.replace('_', ' ')))].join(', ');
    const tag = spof.hidden ? c.yellow('hidden') : '';
    lines.push(
      `    ${c.bold(spof.subject)} ${c.dim(`(${spof.kind})`)} ${tag} loses ${spof.capabilities.map((x) => x.capability).join(', ')} — ${via}`,
    );
  }
  if (spofs.length > options.top)
    lines.push(
      c.dim(`    … and ${spofs.length - options.top} more (--top to show more, --json for all)`),
    );
  const pairs = failure.cutSets.filter((s) => s.order > 1);
  if (pairs.length > 0) {
    lines.push(`  Smallest combined failures (cut sets of order 2–3): ${pairs.length}`);
    for (const set of pairs.slice(0, Math.min(5, options.top)))
      lines.push(`    ${set.events.map(subjectOf).join(' + ')} → ${set.capabilities.join(', ')}`);
  }
  lines.push('  Largest blast radius');
  const radii = [
    ...failure.providerBlastRadius,
    ...failure.groupBlastRadius.filter((g) => g.providersDown.length > 1),
  ]
    .filter((r) => r.subscriberShare > 0 || r.capabilities.some((x) => x.lost))
    .sort(
      (a, b) =>
        b.subscriberShare - a.subscriberShare || b.capabilities.length - a.capabilities.length,
    )
    .slice(0, options.top);
  const rows = [
    ['', 'subscribers', 'revenue/month', 'capabilities lost', 'data exposed'],
    ...radii.map((r) => [
      `${r.subject} ${c.dim(`(${r.kind})`)}`,
      percent(r.subscriberShare),
      money(r.revenueAffectedPerMonth, model.operator.currency),
      String(r.capabilities.filter((x) => x.lost).length),
      r.dataClasses.join(', ') || '—',
    ]),
  ];
  lines.push(...table(rows, ['left', 'right', 'right', 'right', 'left']).map((r) => `    ${r}`));
  return lines.join('\n');
}

function lockinSection(model: ResolvedModel, lockin: Lockin, options: TextOptions): string {
  const c = options.colours;
  const currency = model.operator.currency;
  const lines = [
    c.bold('Lock-in (mvnoscope lockin for the curves)'),
    `  Reversibility capacity: ${money(lockin.capacity[0]?.capacity ?? 0, currency)} today — ${lockin.capacityExplanation}`,
  ];
  const rows = [
    [
      'dependency',
      'exit today',
      'months',
      'point of no return',
      'option to switch',
      'leverage a year',
    ],
    ...lockin.dependencies
      .slice(0, Math.min(5, options.top))
      .map((d) => [
        d.provider,
        money(d.today.cost, currency),
        d.today.months.toFixed(1),
        d.pointOfNoReturn === null
          ? 'not within the horizon'
          : `${d.pointOfNoReturn.month === 0 ? 'already passed' : d.pointOfNoReturn.date} (${d.pointOfNoReturn.reason})`,
        d.option === null ? '—' : money(d.option.value, currency),
        d.leverage === null ? '—' : money(d.leverage.valuePerYear, currency),
      ]),
  ];
  lines.push(
    ...table(rows, ['left', 'right', 'right', 'left', 'right', 'right']).map((r) => `    ${r}`),
  );
  lines.push(
    `  Decisions: ${lockin.designed.score ?? 'n/a'} of 100 designed (${lockin.designed.verdict.replace(/_/g, ' ')})`,
  );
  return lines.join('\n');
}

function concentrationSection(analysis: StructuralAnalysis, options: TextOptions): string {
  const c = options.colours;
  const { concentration } = analysis;
  const critical = concentration.capabilities.filter((x) => x.critical);
  const high = critical.filter((x) => x.level === 'highly_concentrated');
  const lines = [
    c.bold('Concentration (HHI, 2023 US merger guidelines: above 1,800 is highly concentrated)'),
    `  Service-critical capabilities highly concentrated by supplier group: ${high.length} of ${critical.length}`,
    `  Spend by supplier group: HHI ${wholeNumber(concentration.spend.groupHhi)} (${concentration.spend.level.replace('_', ' ')}); largest: ${concentration.spend.groups
      .slice(0, 3)
      .map((g) => `${g.group} ${percent(g.share)}`)
      .join(', ')}`,
    '  Groups controlling capabilities (at least half of each):',
  ];
  for (const g of concentration.groups.slice(0, options.top)) {
    lines.push(
      `    ${c.bold(g.group)}: ${counted(g.capabilities.length, 'capability', 'capabilities')} in ${counted(g.layers.length, 'layer')} — ${g.capabilities.join(', ')}`,
    );
  }
  return lines.join('\n');
}

/** Every default and derived value the figures above rest on (src/assumptions.ts). */
function assumptionsSection(
  model: ResolvedModel,
  analysis: StructuralAnalysis,
  lockin: Lockin,
  { colours: c }: TextOptions,
): string {
  const list = statedAssumptions({ model, assumptions: analysis.assumptions, lockin });
  const statedInModel = parametersStatedInModel(lockin.parameters, model.operator.currency);
  return [
    ...assumptionsText(list, c, { statedInModel }),
    c.dim(
      '  Formulas and weights (method constants, not assumptions): docs/scorecard.md, docs/failure-analysis.md, docs/lockin.md',
    ),
  ].join('\n');
}

/** A layer's index; a layer the model cannot measure carries no number. */
function score(index: IndexScore): string {
  return index.score === null ? 'not assessed' : index.score.toFixed(1);
}

function subjectOf(eventId: string): string {
  return eventId.slice(eventId.indexOf(':') + 1);
}

const SUBSCRIBER_LOSS_METHOD: Record<
  StructuralAnalysis['failure']['subscriberLoss']['method'],
  string
> = {
  exact: 'exact; the largest share without any one critical capability',
  lower_bound: 'at least: too many combinations for the exact figure',
  approximate: 'approximate: a decision diagram exceeded its budget',
};
