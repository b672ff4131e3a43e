/** The terminal report of `mvnoscope lockin`: exit cost curves, points of no return, options, leverage. */
import { parametersStatedInModel, type StatedAssumption } from '../../assumptions.js';
import type { Lockin } from '../../economics/lockin.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import { briefAssumptionsSection } from '../../report/document/brief-assumptions.js';
import { terminalSection } from '../../report/terminal/report-terminal.js';
import { table } from '../../report/terminal/text-table.js';
import { wholeNumber } from '../../text/index.js';
import type { Colours } from './colour.js';

export function lockinText(
  model: ResolvedModel,
  lockin: Lockin,
  assumptions: readonly StatedAssumption[],
  c: Colours,
  top: number,
): string {
  // Amounts in the operator's currency, which the title names once.
  const money = wholeNumber;
  const years = Array.from({ length: Math.floor(lockin.horizonMonths / 12) + 1 }, (_, i) => i * 12);
  const lines = [
    c.bold(
      `Lock-in: ${model.operator.name} — exit cost by dependency (${model.operator.currency}), over ${lockin.horizonMonths} months`,
    ),
    `  Reversibility capacity today: ${money(lockin.capacity[0]?.capacity ?? 0)} — ${lockin.capacityExplanation}`,
    '',
  ];
  const deps = lockin.dependencies.slice(0, top);
  const header = [
    'dependency',
    'exit today',
    'months',
    ...years.slice(1).map((m) => `in ${m / 12}y`),
    'no return',
    'option value',
    'leverage/yr',
  ];
  const rows = [
    header,
    ...deps.map((d) => [
      d.provider,
      money(d.today.cost),
      d.today.months.toFixed(1),
      ...years.slice(1).map((m) => money(d.curve[m]?.cost ?? 0)),
      d.pointOfNoReturn === null
        ? '—'
        : d.pointOfNoReturn.month === 0
          ? c.red('already')
          : c.yellow(d.pointOfNoReturn.date),
      d.option === null ? '—' : money(d.option.value),
      d.leverage === null ? '—' : money(d.leverage.valuePerYear),
    ]),
  ];
  lines.push(
    ...table(rows, ['left', ...header.slice(1).map(() => 'right' as const)]).map((r) => `  ${r}`),
  );
  if (lockin.dependencies.length > top)
    lines.push(
      c.dim(
        `  … and ${lockin.dependencies.length - top} more (--top to show more, --json for all)`,
      ),
    );
  const largest = lockin.dependencies[0];
  if (largest !== undefined) {
    lines.push('', `  ${c.bold(`What leaving ${largest.provider} takes today`)}`);
    for (const part of largest.today.components)
      lines.push(
        `    ${part.kind.padEnd(14)} ${money(part.cost).padStart(14)}  ${part.explanation}`,
      );
  }
  const reversibility = lockin.dependencies.filter((d) => d.pointOfNoReturn !== null).slice(0, top);
  if (reversibility.length > 0) {
    lines.push('', `  ${c.bold('Points of no return')}`);
    for (const d of reversibility) {
      const p = d.pointOfNoReturn;
      if (p === null) continue;
      lines.push(
        `    ${d.provider}: ${p.month === 0 ? 'already passed' : p.date} (${p.reason}) — ${p.explanation}. ${p.restore}`,
      );
    }
  }
  const negotiated = lockin.dependencies.filter((d) => d.leverage !== null).slice(0, top);
  if (negotiated.length > 0) {
    lines.push(
      '',
      `  ${c.bold('Negotiation (Nash bargaining on the margin carried, outside-option principle)')}`,
    );
    for (const d of negotiated) {
      const l = d.leverage;
      if (l === null) continue;
      const verdict =
        l.kind === 'bargained'
          ? `${money(l.priceWithout)} without the alternative, ${money(l.priceWith)} with it: worth ${money(l.valuePerYear)} a year`
          : `no leverage: ${l.explanation}`;
      lines.push(
        `    ${d.provider}: pays ${money(l.currentPrice)} a year, break-even ${money(l.valueCarried)}; ${verdict}`,
      );
    }
  }
  lines.push(
    '',
    `  ${c.bold(`Designed or accumulated: ${lockin.designed.score ?? 'n/a'} / 100 (${lockin.designed.verdict.replace(/_/g, ' ')})`)}`,
  );
  for (const d of lockin.designed.decisions.slice(0, top))
    lines.push(`    ${String(d.score).padStart(5)}  ${d.title}: ${d.explanation}`);
  // Every default and derived value behind these figures; the parameters the model states by name.
  const statedInModel = parametersStatedInModel(lockin.parameters, model.operator.currency);
  const section = briefAssumptionsSection(assumptions, { statedInModel });
  lines.push(
    '',
    ...terminalSection(section, c)
      .split('\n')
      .map((l) => (l === '' ? l : `  ${l}`)),
  );
  return lines.join('\n');
}
