/**
 * The executive page, first in the report and one printed A4 page by itself: what the operator
 * is, how it stands in each of the five layers (a sentence each and the stack as a picture),
 * the advisor's first three moves with value, cost and act-by date, the risks to act on
 * (findings grouped by what to do), and six figures in plain words. Every number is one the
 * rest of the report explains at length; nothing here is computed anew but who holds a layer.
 */
import type { LayerScore } from '../../analysis/scorecard/scorecard.js';
import { POSITION_NAMES } from '../../analysis/scorecard/scorecard.js';
import type { Layer } from '../../model/layers.js';
import { partyRolesOf } from '../../model/party-roles.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import { withArticle } from '../../rules/indefinite-article.js';
import {
  availability,
  counted,
  money,
  percent,
  score,
  timeAYear,
  wholeNumber,
} from '../../text/index.js';
import { shortTitle } from '../charts/chart-style.js';
import { actByText } from './advice-section.js';
import type { Block, Cell, Figure, KeyFigures, Section, StackLayer } from './document.js';
import { type FindingGroup, groupFindings, instanceSubject } from './finding-groups.js';
import { modelNames, type NameOf } from './model-names.js';
import type { ReportInputs } from './report-inputs.js';
import { POSITION_TONE } from './scorecard-section.js';

export const EXECUTIVE_SECTION_ID = 'at-a-glance';
/** Moves and risk groups the page lists: what fits one A4 page with the rest. */
export const EXECUTIVE_MOVES = 3;
export const EXECUTIVE_RISKS = 5;
/** Holders named per layer and instances named per risk before "and N more". */
const NAMED = 2;
const OPERATOR = 'the operator';

export function executiveSection(inputs: ReportInputs): Section {
  const { model } = inputs.loaded;
  const nameOf = modelNames(model);
  const layers = inputs.assessment.analysis.scorecard.layers;
  const holders = layers.map((l) => holdersOf(model, l.layer, nameOf));
  const stack = layers.map((l, i) =>
    stackLayer(l, namesText(holders[i] ?? [], 'no supplier in the model')),
  );
  const blocks: Block[] = [
    { kind: 'paragraph', text: operatorSentence(inputs) },
    keyFigures(inputs, nameOf),
    stackFigure(stack),
    { kind: 'list', items: layers.map((l, i) => verdict(l, holders[i] ?? [])) },
    ...movesBlocks(inputs),
    risksFigure(groupFindings(inputs.assessment.run.findings), nameOf),
  ];
  return { id: EXECUTIVE_SECTION_ID, title: 'At a glance', blocks, printedAlone: true };
}

function operatorSentence(inputs: ReportInputs): string {
  const { operator } = inputs.loaded.model;
  const { classification } = inputs.assessment.analysis;
  const hosts = classification.hostNetworks.map(modelNames(inputs.loaded.model));
  const carriers = namesText(hosts, '');
  return `${operator.name} is ${withArticle(classification.name)}${classification.hybrid ? ' with some radio access of its own' : ''}${hosts.length === 0 ? '' : `, carried by ${carriers}`}: ${wholeNumber(operator.subscribers)} subscribers in ${operator.country}, as the model stands on ${operator.as_of}.`;
}

/** Six figures in words: outage, single points, the largest exit, the bad year, lock-in, spend. */
function keyFigures(inputs: ReportInputs, nameOf: NameOf): KeyFigures {
  const { model } = inputs.loaded;
  const { analysis, lockin } = inputs.assessment;
  const currency = model.operator.currency;
  const { failure, concentration } = analysis;
  const items: { label: string; value: string }[] = [
    {
      label: 'Outages',
      value: `service lost ${timeAYear(failure.serviceLoss.downtimeMinutesPerYear / 60)} (${availability(failure.serviceLoss.availability)} available)`,
    },
    {
      label: 'Single points of failure',
      value:
        failure.singlePoints.length === 0
          ? 'none: the service survives any one failure'
          : `${wholeNumber(failure.singlePoints.length)}${hiddenText(failure.singlePoints.filter((s) => s.hidden).length)}: any one down stops the service`,
    },
  ];
  const largest = lockin.dependencies[0];
  items.push({
    label: 'Largest exit',
    value:
      largest === undefined
        ? 'no outside dependency has an exit cost'
        : `leaving ${nameOf(largest.provider)} costs ${money(largest.today.cost, currency)} and ${counted(Math.max(1, Math.round(largest.today.months)), 'month')}`,
  });
  const stress = inputs.stress?.result;
  items.push(
    stress === undefined
      ? {
          label: 'Subscribers cut off',
          value: `${timeAYear(failure.subscriberLoss.hoursPerSubscriberYear)} for each subscriber`,
        }
      : {
          label: 'A bad year (1 in 20)',
          value: `margin ${money(stress.margin.var95, currency)}, against ${money(stress.baselineMargin, currency)} with no shock`,
        },
  );
  const passed = lockin.dependencies.filter((d) => d.pointOfNoReturn?.month === 0);
  const next = lockin.dependencies
    .filter((d) => (d.pointOfNoReturn?.month ?? 0) > 0)
    .sort((a, b) => (a.pointOfNoReturn?.month ?? 0) - (b.pointOfNoReturn?.month ?? 0))[0];
  items.push({
    label: 'Points of no return',
    value: `${wholeNumber(passed.length)} of ${counted(lockin.dependencies.length, 'dependency', 'dependencies')} already past${next?.pointOfNoReturn == null ? '' : `; next ${nameOf(next.provider)} on ${next.pointOfNoReturn.date}`}`,
  });
  const top = concentration.spend.groups[0];
  items.push({
    label: 'Supplier spend',
    value:
      top === undefined
        ? 'no spend with outside suppliers'
        : `${percent(top.share)} goes to ${nameOf(top.group)}`,
  });
  return { kind: 'figures', items };
}

function hiddenText(hidden: number): string {
  return hidden === 0 ? '' : ` (${wholeNumber(hidden)} hidden)`;
}

/**
 * Who holds a layer: the providers carrying its capabilities, by their share summed over the
 * layer's capabilities (standby carries nothing), largest first; the operator's own teams are
 * named as such.
 */
export function holdersOf(model: ResolvedModel, layer: Layer, nameOf: NameOf): string[] {
  const inLayer = new Set(
    model.capabilities.filter((c) => c.layers.includes(layer)).map((c) => c.id),
  );
  const roles = partyRolesOf(model);
  const carried = new Map<string, number>();
  for (const provider of model.providers)
    for (const supply of provider.supplies)
      if (inLayer.has(supply.capability) && !supply.standby && supply.share > 0) {
        const who = roles.isOperatorSide(provider.id) ? OPERATOR : nameOf(provider.id);
        carried.set(who, (carried.get(who) ?? 0) + supply.share);
      }
  return [...carried].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([who]) => who);
}

/** The first few names and how many more: "Pennine Telecom, Stratus Cloud and 2 more". */
function namesText(names: readonly string[], none: string): string {
  if (names.length === 0) return none;
  const named = names.slice(0, NAMED);
  const more = names.length - named.length;
  return `${named.join(', ')}${more > 0 ? ` and ${wholeNumber(more)} more` : ''}`;
}

function stackLayer(layer: LayerScore, holders: string): StackLayer {
  return {
    title: shortTitle(layer.title),
    holders,
    dependency: layer.dependency.score,
    control: layer.control.score,
    position: POSITION_NAMES[layer.position],
    tone: POSITION_TONE[layer.position],
  };
}

function stackFigure(stack: readonly StackLayer[]): Figure {
  const index = (value: number | null) => (value === null ? 'n/a' : score(value));
  return {
    kind: 'figure',
    id: 'layer-stack',
    title: 'The five layers: who holds each, dependency against control',
    body: {
      kind: 'stack',
      layers: stack,
      table: {
        columns: [
          { title: 'layer', align: 'left' },
          { title: 'held by', align: 'left' },
          { title: 'dependency', align: 'right' },
          { title: 'control', align: 'right' },
          { title: 'position', align: 'left' },
        ],
        rows: stack.map((l) => [
          l.title,
          l.holders,
          index(l.dependency),
          index(l.control),
          { text: l.position, tone: l.tone },
        ]),
      },
    },
    assumptions: [
      'Indices 0–100 of the scorecard below (docs/scorecard.md); held by: who carries most of the layer’s capabilities.',
    ],
  };
}

/** One sentence per layer: the position, the two indices, and who holds it. */
export function verdict(layer: LayerScore, holders: readonly string[]): string {
  const title = shortTitle(layer.title);
  const others = namesText(
    holders.filter((h) => h !== OPERATOR),
    'its suppliers',
  );
  const d = layer.dependency.score;
  const c = layer.control.score;
  if (layer.position === 'not_assessed' || d === null || c === null)
    return `${title}: not assessed, the model gives too little to score it.`;
  const indices = `dependency ${score(d)} against control ${score(c)}`;
  switch (layer.position) {
    case 'independent_node':
      return `${title}: the operator holds its own (${indices}).`;
    case 'dependent_participant':
      return `${title}: dependent on ${others} (${indices}).`;
    default:
      return `${title}: contested between the operator and ${others} (${indices}).`;
  }
}

function movesBlocks(inputs: ReportInputs): Block[] {
  const advice = inputs.advice;
  if (advice === undefined) return [];
  const moves = advice.moves.slice(0, EXECUTIVE_MOVES);
  if (moves.length === 0)
    return [{ kind: 'paragraph', text: 'The advisor finds no move this model admits.' }];
  const currency = advice.currency;
  return [
    {
      kind: 'figure',
      id: 'executive-moves',
      title: `What to do first: the ${counted(moves.length, 'move')} worth most`,
      body: {
        kind: 'table',
        table: {
          columns: [
            { title: 'move', align: 'left' },
            { title: 'value', align: 'right' },
            { title: 'cost', align: 'right' },
            { title: 'act by', align: 'left' },
          ],
          rows: moves.map((m): Cell[] => [
            m.title,
            money(m.value.total, currency),
            money(m.value.cost, currency),
            m.actBy.closed ? { text: actByText(m.actBy), tone: 'medium' } : actByText(m.actBy),
          ]),
        },
      },
      assumptions: [
        `Present values over ${advice.horizonMonths} months from ${advice.asOf}, each move applied to the model and the whole re-assessed ("What to do first" below).`,
      ],
    },
  ];
}

function risksFigure(groups: readonly FindingGroup[], nameOf: NameOf): Figure {
  const open = groups.filter((g) => g.open > 0);
  const shown = open.slice(0, EXECUTIVE_RISKS);
  return {
    kind: 'figure',
    id: 'executive-risks',
    title: 'The risks to act on first, findings grouped by what to do',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'severity', align: 'left' },
          { title: 'risk', align: 'left' },
          { title: 'where', align: 'left' },
        ],
        rows: shown.map((g): Cell[] => [
          { text: g.severity, tone: g.severity },
          g.title,
          instancesText(g, nameOf),
        ]),
      },
    },
    assumptions: [
      `${counted(open.length, 'group')} of open findings; the ${wholeNumber(shown.length)} most severe shown, every instance in “Findings”.`,
    ],
  };
}

function instancesText(group: FindingGroup, nameOf: NameOf): string {
  const open = group.instances.filter((f) => f.status === 'open');
  const subjects = open.map((f) =>
    f.elements.length > 0 ? f.elements.map(nameOf).join(' + ') : instanceSubject(f),
  );
  const named = subjects.slice(0, NAMED);
  const more = subjects.length - named.length;
  return `${named.join('; ')}${more > 0 ? ` and ${wholeNumber(more)} more` : ''}`;
}
