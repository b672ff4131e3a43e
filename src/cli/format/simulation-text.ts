/** The terminal report of `mvnoscope simulate`: how bad the bad year is, and what drives it. */

import { table } from '../../report/terminal/text-table.js';
import type { Distribution, SimulationResult } from '../../stress/simulation.js';
import { percent, wholeNumber } from '../../text/index.js';
import type { Colours } from './colour.js';

export function simulationText(
  result: SimulationResult,
  currency: string,
  trialsPerSecond: number,
  c: Colours,
  top: number,
): string {
  // Amounts in the currency the table's title names once.
  const money = wholeNumber;
  const row = (name: string, d: Distribution, format: (v: number) => string) => [
    name,
    `${format(d.mean)} ± ${format(d.standardError)}`,
    format(d.p50),
    format(d.var95),
    format(d.es95),
    format(d.var99),
    format(d.es99),
  ];
  const one = (v: number) => v.toFixed(1);
  const lines = [
    c.bold(
      `Stress test: ${wholeNumber(result.trials)} simulated ${result.years === 1 ? 'years' : `${result.years}-year paths`} (seed ${result.seed})${result.cancelled ? c.yellow(` — stopped early, of ${wholeNumber(result.requestedTrials)} requested`) : ''}`,
    ),
    `  ${wholeNumber(trialsPerSecond)} trials a second. Margin with no shock: ${money(result.baselineMargin)} ${currency}${result.years === 1 ? ' a year' : ` over ${result.years} years (present value)`}.`,
    '',
    ...table(
      [
        [
          result.years === 1 ? 'outcome (a year)' : `outcome (${result.years}-year path)`,
          'mean ± s.e.',
          'median',
          'VaR 95%',
          'ES 95%',
          'VaR 99%',
          'ES 99%',
        ],
        row(`loss (${currency})`, result.loss, money),
        row(`margin (${currency})`, result.margin, money),
        row('subscribers affected', result.subscribersAffected, money),
        row('outage minutes (per subscriber)', result.outageMinutes, one),
        row('months to recover', result.recoveryMonths, one),
      ],
      ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    ).map((r) => `  ${r}`),
    c.dim(
      '  For margin, VaR and ES are read on losses: the margin line shows the margin quantiles from the bad side.',
    ),
    '',
    c.bold(
      `  What drives the bad years (the ${wholeNumber(result.tail.trials)} trials with loss ≥ ${money(result.tail.threshold)})`,
    ),
    ...result.tail.byShock
      .slice(0, top)
      .map(
        (x) =>
          `    ${x.key.padEnd(24)} ${percent(x.share).padStart(7)}  ${money(x.meanTailLoss)} ${currency} on average`,
      ),
    '',
    c.bold('  By provider and shock'),
    ...result.tail.bySubject
      .slice(0, top)
      .map((x) => `    ${x.key.padEnd(44)} ${percent(x.share).padStart(7)}`),
    '',
    c.bold('  Convergence (mean loss and VaR 95% as trials grow)'),
    ...result.convergence.map(
      (p) =>
        `    ${wholeNumber(p.trials).padStart(12)}  mean ${money(p.meanLoss)} ± ${money(p.standardError)}  VaR 95% ${money(p.var95)}`,
    ),
  ];
  return lines.join('\n');
}
