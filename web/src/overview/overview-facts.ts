/**
 * The overview's facts, read from the in-browser assessment: what the operator is, one
 * sentence of verdict per layer with who holds it, and the key figures in plain words. Pure
 * (no React), so a test can hold each sentence to the assessment it was read from.
 *
 * A layer's holders are the outside groups that carry at least half of one of its capabilities
 * (src/analysis/concentration: GroupControl, CONTROL_SHARE), most spend first; the verdict
 * follows the scorecard's position (src/analysis/scorecard/position.ts, POSITION_GAP).
 */
import type { Factor } from '../../../src/analysis/scorecard/factor.js';
import { POSITION_GAP, type Position } from '../../../src/analysis/scorecard/position.js';
import type { LayerScore } from '../../../src/analysis/scorecard/scorecard.js';
import type { DependencyLockin } from '../../../src/economics/lockin.js';
import type { Layer } from '../../../src/model/layers.js';
import { timeAYear } from '../../../src/text/index.js';
import type { LiveAssessment } from '../assessment/live-result.js';
import { money, score } from '../figures.js';

/** The short name of each layer, for the picture: the titles' words before the bracket. */
export const LAYER_SHORT: Record<Layer, string> = {
  cost_structure: 'Cost structure',
  intelligence: 'Intelligence',
  network_routes: 'Network routes',
  edge_control: 'Edge control',
  capital_coordination: 'Capital and coordination',
};

export interface LayerFacts {
  readonly layer: Layer;
  readonly name: string;
  readonly position: Position;
  readonly dependency: number | null;
  readonly control: number | null;
  /** Outside groups holding one of the layer's capabilities, by name, most spend first. */
  readonly holders: readonly string[];
  readonly sentence: string;
}

/**
 * A party's name as the graph labels it, else its id: of the kind given, or without one a
 * group's name first (ownership groups are named by group id), then a provider's.
 */
export function nameFinder(
  assessment: LiveAssessment,
): (id: string, kind?: 'group' | 'provider') => string {
  const labels = new Map(assessment.graph.nodes.map((n) => [n.key, n.label]));
  return (id, kind) =>
    (kind === undefined
      ? (labels.get(`group:${id}`) ?? labels.get(`provider:${id}`))
      : labels.get(`${kind}:${id}`)) ?? id;
}

/** Names joined as people write them: "A", "A and B", "A, B and C". */
export function listed(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Names after the first `shown`, counted: "A, B and 2 more". */
export function listedShort(names: readonly string[], shown: number): string {
  if (names.length <= shown + 1) return listed(names);
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** A title inside a sentence: "Traffic on one host" → "traffic on one host"; "SIMs…", "AI…" kept. */
function inSentence(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? `${title[0]?.toLowerCase()}${title.slice(1)}` : title;
}

/** The factor that adds most points to an index, if any adds some. */
function largestFactor(factors: readonly Factor[]): Factor | undefined {
  return [...factors]
    .filter((f) => f.value !== null && f.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution)[0];
}

function verdict(operator: string, layer: LayerScore, holders: readonly string[]): string {
  const d = layer.dependency.score;
  const c = layer.control.score;
  const held =
    holders.length === 0
      ? ''
      : ` ${listedShort(holders, 2)} ${holders.length === 1 ? 'holds' : 'hold'} part of it.`;
  if (d === null || c === null)
    return 'Not assessed: the model does not say enough to measure both dependency and control here.';
  const figures = `dependency ${score(d)}, control ${score(c)}`;
  switch (layer.position) {
    case 'independent_node': {
      const why = largestFactor(layer.control.factors);
      return `${operator} is in control here (${figures})${why === undefined ? '' : `, mostly from ${inSentence(why.title)}`}.${held}`;
    }
    case 'dependent_participant': {
      const why = largestFactor(layer.dependency.factors);
      return `${operator} depends on others here (${figures})${why === undefined ? '' : `, mostly through ${inSentence(why.title)}`}.${held}`;
    }
    default:
      return `Contested: dependency and control are within ${POSITION_GAP} points (${figures}).${held}`;
  }
}

export function layerFacts(assessment: LiveAssessment): LayerFacts[] {
  const name = nameFinder(assessment);
  const { scorecard, concentration } = assessment.analysis;
  return scorecard.layers.map((layer) => {
    const holders = concentration.groups
      .filter((g) => g.layers.includes(layer.layer))
      .sort((a, b) => b.spendShare - a.spendShare)
      .map((g) => name(g.group));
    return {
      layer: layer.layer,
      name: LAYER_SHORT[layer.layer],
      position: layer.position,
      dependency: layer.dependency.score,
      control: layer.control.score,
      holders,
      sentence: verdict(assessment.operator, layer, holders),
    };
  });
}

/** The dependency that costs most to leave today, if the model has any. */
export function largestExit(assessment: LiveAssessment): DependencyLockin | undefined {
  return [...assessment.lockin.dependencies].sort((a, b) => b.today.cost - a.today.cost)[0];
}

export interface KeyFigure {
  readonly id: string;
  readonly label: string;
  /** The figure, short enough to read at a glance. */
  readonly value: string;
  /** What it is of, or what it means, in a line under it. */
  readonly detail: string;
}

/** The figures every reader asks for first, in words; the bad-year margin needs a run. */
export function keyFigures(
  assessment: LiveAssessment,
  marginEs95: number | null,
): readonly KeyFigure[] {
  const { failure } = assessment.analysis;
  const name = nameFinder(assessment);
  const c = assessment.currency;
  const spofs = failure.singlePoints;
  const hidden = spofs.filter((s) => s.hidden).length;
  const subjects = [
    ...new Set(
      spofs.map((s) =>
        s.kind === 'provider' || s.kind === 'group' ? name(s.subject, s.kind) : s.subject,
      ),
    ),
  ];
  const exit = largestExit(assessment);
  const months = exit === undefined ? 0 : Math.round(exit.today.months);
  return [
    {
      id: 'spofs',
      label: 'Single points of failure',
      value:
        spofs.length === 0
          ? 'none'
          : `${spofs.length}${hidden === 0 ? '' : `, ${hidden} of them hidden`}`,
      detail: spofs.length === 0 ? 'no one failure stops the service' : listedShort(subjects, 2),
    },
    {
      id: 'availability',
      label: 'Service lost',
      value: timeAYear(failure.serviceLoss.downtimeMinutesPerYear / 60),
      detail: 'the whole service down, expected over a year',
    },
    {
      id: 'exit',
      label: 'Largest exit cost',
      value:
        exit === undefined
          ? 'none'
          : `${money(exit.today.cost, c)} and ${months} ${months === 1 ? 'month' : 'months'}`,
      detail:
        exit === undefined
          ? 'no dependency to leave'
          : `to leave ${name(exit.provider, 'provider')} today`,
    },
    {
      id: 'margin',
      label: 'Margin in a bad year',
      value: marginEs95 === null ? 'run the advice to see it' : money(marginEs95, c),
      detail: 'the average of the worst 1 in 20 years (ES 95%)',
    },
  ];
}
