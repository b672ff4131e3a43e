/**
 * The five-layer scorecard: each layer's dependency and control index as a chart, the factors
 * that produced them, and the two forces that cut across layers (AI amplification, security).
 */
import {
  POSITION_NAMES,
  type Position,
  type Scorecard,
} from '../../analysis/scorecard/scorecard.js';
import { score } from '../../text/index.js';
import { shortTitle } from '../charts/chart-style.js';
import { type ScorecardBar, scorecardChart } from '../charts/scorecard-chart.js';
import type { Cell, Figure, Section, Tone } from './document.js';

/** How much each position should worry the reader, for the badge beside its name. */
export const POSITION_TONE: Record<Position, Tone> = {
  independent_node: 'low',
  contested: 'medium',
  dependent_participant: 'high',
  not_assessed: 'info',
};

const SCORE_ASSUMPTIONS = [
  'Each index (0–100) is a weighted mean of factors read from the model, with the weights and their reasons in docs/scorecard.md.',
  'A factor the model gives no data for is left out and the remaining weights are scaled to sum to one.',
  'Position: independent node when control exceeds dependency by 20 points or more, dependent participant when dependency exceeds control by 20 or more, contested in between.',
] as const;

export function scorecardSection(scorecard: Scorecard): Section {
  const layers = scorecard.layers.map((l) => shortTitle(l.title));
  const bars: ScorecardBar[] = scorecard.layers.flatMap((l) =>
    (['dependency', 'control'] as const).flatMap((index) => {
      const value = l[index].score;
      return value === null ? [] : [{ layer: shortTitle(l.title), index, score: value }];
    }),
  );
  const chart: Figure = {
    kind: 'figure',
    id: 'scorecard',
    title: 'Five-layer scorecard: dependency and control by layer',
    body: {
      kind: 'chart',
      spec: scorecardChart(bars, layers),
      table: {
        columns: [
          { title: 'layer', align: 'left' },
          { title: 'dependency', align: 'right' },
          { title: 'control', align: 'right' },
          { title: 'position', align: 'left' },
        ],
        rows: scorecard.layers.map((l) => [
          l.title,
          layerScore(l.dependency.score),
          layerScore(l.control.score),
          { text: POSITION_NAMES[l.position], tone: POSITION_TONE[l.position] },
        ]),
      },
    },
    assumptions: [...SCORE_ASSUMPTIONS],
  };
  const factorRows: Cell[][] = scorecard.layers.flatMap((l) =>
    (['dependency', 'control'] as const).flatMap((index) =>
      l[index].factors.map((f) => [
        shortTitle(l.title),
        index,
        f.title,
        // A factor of a layer that is not assessed is shown for its value and adds to no index.
        f.value === null ? 'n/a' : l[index].score === null ? '—' : `+${f.contribution.toFixed(1)}`,
        f.explanation,
      ]),
    ),
  );
  const security = scorecard.securityExposure;
  const factors: Figure = {
    kind: 'figure',
    id: 'scorecard-factors',
    title: 'What produced each index: factors and the points they add',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'layer', align: 'left' },
          { title: 'index', align: 'left' },
          { title: 'factor', align: 'left' },
          { title: 'points', align: 'right' },
          { title: 'the figure in words', align: 'left' },
        ],
        rows: [
          ...factorRows,
          ...security.factors.map((f) => [
            'Security (across layers)',
            'exposure',
            f.title,
            f.value === null ? 'n/a' : `+${f.contribution.toFixed(1)}`,
            f.explanation,
          ]),
        ],
      },
    },
    assumptions: [
      SCORE_ASSUMPTIONS[0],
      SCORE_ASSUMPTIONS[1],
      '"n/a": the model gives nothing to read the factor from; it adds no points either way.',
    ],
  };
  const ai = scorecard.aiAmplification;
  return {
    id: 'scorecard',
    title: 'Five-layer scorecard',
    blocks: [
      {
        kind: 'paragraph',
        text: 'For each layer of the stack, a dependency index and a control index from 0 to 100: where the operator is an independent node and where it is a dependent participant.',
      },
      chart,
      {
        kind: 'paragraph',
        text: `AI amplification: dependency ${score(ai.dependency)}, leverage ${score(ai.leverage)}. ${ai.explanation}`,
      },
      {
        kind: 'paragraph',
        text: `Security exposure: ${score(security.score)} of 100 (the boundary of control: who can reach which data, over which links).`,
      },
      factors,
    ],
  };
}

/** A layer's index, or "not assessed" when the model cannot measure the layer. */
function layerScore(value: number | null): string {
  return value === null ? POSITION_NAMES.not_assessed : score(value);
}
