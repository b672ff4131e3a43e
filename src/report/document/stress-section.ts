/**
 * The stress test: the distribution of the yearly loss under the shock library, its
 * value-at-risk and expected shortfall, what that leaves of the margin, and which shocks
 * drive the bad years.
 */

import { partlySorted } from '../../stress/order-statistics.js';
import { money, percent, wholeNumber } from '../../text/index.js';
import { type LossBin, stressChart } from '../charts/stress-chart.js';
import type { Figure, Section } from './document.js';
import type { ReportInputs, StressRun } from './report-inputs.js';
import { modelDefaults } from './stated-assumptions.js';

const BINS = 40;
/** The histogram spans losses up to this quantile; the rarer, larger ones join the last bin. */
const SPAN_QUANTILE = 0.999;
const DRIVERS = 8;

export function stressSection(inputs: ReportInputs, stress: StressRun): Section {
  const { model, assumptions } = inputs.loaded;
  const currency = model.operator.currency;
  const { result } = stress;
  const { loss, margin } = result;
  const runAssumptions = [
    `${wholeNumber(result.trials)} trials of one year each, seed ${result.seed}: the same seed gives the same figures. mvnoscope simulate runs more trials (and multi-year paths) for tighter estimates.`,
    `Shocks, their frequencies and severities: the built-in library (docs/stress.md)${stress.overridden.length === 0 ? '' : `, with ${stress.overridden.join(', ')} as the model's scenarios set them`}. Outages, breaches and insolvencies strike through the failure analysis, so shared hosting and ownership groups fail together.`,
    `No-shock margin ${money(result.baselineMargin, currency)} a year; the margin in a bad year is that less the loss.`,
    ...modelDefaults(
      assumptions,
      (path) => path[0] === 'operator' || path.includes('availability'),
      currency,
    ),
  ];
  const histogram: Figure = {
    kind: 'figure',
    id: 'stress-distribution',
    title: 'Stress test: distribution of the loss in a year',
    body: {
      kind: 'chart',
      spec: stressChart(
        lossBins(stress.losses),
        [
          { measure: 'VaR 95%', loss: loss.var95 },
          { measure: 'ES 95%', loss: loss.es95 },
          { measure: 'VaR 99%', loss: loss.var99 },
          { measure: 'ES 99%', loss: loss.es99 },
        ],
        currency,
      ),
      table: {
        columns: [
          { title: 'measure', align: 'left' },
          { title: 'mean', align: 'right' },
          { title: 'median', align: 'right' },
          { title: 'VaR 95%', align: 'right' },
          { title: 'ES 95%', align: 'right' },
          { title: 'VaR 99%', align: 'right' },
          { title: 'ES 99%', align: 'right' },
        ],
        rows: [
          ['loss in the year', ...moneyRow(loss, currency)],
          ['margin in the year (bad side)', ...moneyRow(margin, currency)],
          [
            'subscribers affected',
            ...[
              result.subscribersAffected.mean,
              result.subscribersAffected.p50,
              result.subscribersAffected.var95,
              result.subscribersAffected.es95,
              result.subscribersAffected.var99,
              result.subscribersAffected.es99,
            ].map(wholeNumber),
          ],
          [
            'recovery (months)',
            ...[
              result.recoveryMonths.mean,
              result.recoveryMonths.p50,
              result.recoveryMonths.var95,
              result.recoveryMonths.es95,
              result.recoveryMonths.var99,
              result.recoveryMonths.es99,
            ].map((v) => v.toFixed(1)),
          ],
        ],
      },
    },
    assumptions: [
      'VaR α: the loss exceeded in a share 1 − α of years; ES α: the mean loss in those years (the Acerbi–Tasche estimator, docs/stress.md). For the margin, VaR and ES are the margin in the 1-in-20 and 1-in-100 bad year.',
      `Histogram: ${BINS} bins up to the ${percent(SPAN_QUANTILE)} quantile of the loss; the rarer, larger losses are counted in the last bin. Share of trials on a square-root scale, so the tail stays visible.`,
      ...runAssumptions,
    ],
  };
  const drivers: Figure = {
    kind: 'figure',
    id: 'stress-drivers',
    title: 'What drives the bad years (trials at or beyond VaR 95%)',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'shock: subject', align: 'left' },
          { title: 'mean loss in the tail', align: 'right' },
          { title: 'share of the tail loss', align: 'right' },
        ],
        rows: result.tail.bySubject
          .slice(0, DRIVERS)
          .map((c) => [c.key, money(c.meanTailLoss, currency), percent(c.share)]),
      },
    },
    assumptions: [
      `The ${wholeNumber(result.tail.trials)} trials with a loss at or beyond VaR 95% (${money(result.tail.threshold, currency)}) are run again with each source's loss kept; the table shows the ${DRIVERS} largest.`,
      ...runAssumptions,
    ],
  };
  return {
    id: 'stress',
    title: 'Stress test',
    blocks: [
      {
        kind: 'paragraph',
        text: `In a 1-in-20 bad year the operator loses ${money(loss.var95, currency)} or more (${money(loss.es95, currency)} on average in those years), leaving a margin of ${money(margin.var95, currency)}; in a 1-in-100 year it loses ${money(loss.var99, currency)} or more.`,
      },
      histogram,
      drivers,
    ],
  };
}

function moneyRow(
  d: {
    readonly mean: number;
    readonly p50: number;
    readonly var95: number;
    readonly es95: number;
    readonly var99: number;
    readonly es99: number;
  },
  currency: string,
): string[] {
  return [d.mean, d.p50, d.var95, d.es95, d.var99, d.es99].map((v) => money(v, currency));
}

/** Equal-width bins from the smallest loss to the span quantile, as shares of all trials. */
export function lossBins(losses: Float64Array): LossBin[] {
  const n = losses.length;
  if (n === 0) return [];
  // The two order statistics by selection (a full sort of millions of trials took longer than
  // running them); the counts below do not depend on the order.
  const span = Math.min(n - 1, Math.floor(SPAN_QUANTILE * n));
  const sorted = partlySorted(losses, [1, span + 1]);
  const low = sorted[0] as number;
  const high = sorted[span] as number;
  if (high <= low) return [{ from: low, to: low + 1, share: 1 }];
  const width = (high - low) / BINS;
  const counts = new Array<number>(BINS).fill(0);
  for (const value of losses) {
    const bin = Math.min(BINS - 1, Math.floor((value - low) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts.map((c, i) => ({ from: low + i * width, to: low + (i + 1) * width, share: c / n }));
}
