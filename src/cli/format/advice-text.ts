/** The terminal text of `mvnoscope advise`: the ranked moves, the recommended plan, its roadmap. */
import type { Advice, ValuedMove } from '../../advice/index.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import { money } from '../../text/money.js';
import { score } from '../../text/score.js';
import { counted, wholeNumber } from '../../text/whole-number.js';
import type { Colours } from './colour.js';

export interface AdviceTextOptions {
  /** Moves listed in the ranking and described in full. */
  readonly top: number;
}

export function adviceText(
  model: ResolvedModel,
  advice: Advice,
  c: Colours,
  options: AdviceTextOptions,
): string {
  const cur = advice.currency;
  const lines: string[] = [
    c.bold(`${model.operator.name}: what to do`),
    `As of ${advice.asOf}, over ${counted(advice.horizonMonths, 'month')}; stress tests of ${wholeNumber(advice.stress.trials)} one-year trials, seed ${advice.stress.seed}, the same draws for every move.`,
    '',
  ];
  if (advice.moves.length === 0) {
    lines.push('No move applies to this model.');
    return `${lines.join('\n')}\n`;
  }
  const shown = advice.moves.slice(0, options.top);
  lines.push(c.bold('Moves, most net value first'));
  lines.push(
    ...table(
      ['#', 'Move', 'Value', 'Cost', 'Net', 'Act by'],
      shown.map((m, i) => [
        String(i + 1),
        m.id,
        money(m.value.total, cur),
        money(m.value.cost, cur),
        money(m.value.net, cur),
        actByText(m),
      ]),
      [false, false, true, true, true, false],
    ),
  );
  if (advice.moves.length > shown.length)
    lines.push(c.dim(`… and ${counted(advice.moves.length - shown.length, 'more move')} (--top).`));
  lines.push('', ...planText(advice, c), '');
  for (const [i, m] of shown.entries()) lines.push(...moveDetail(m, i + 1, cur, c), '');
  if (advice.unvalued.length > 0) {
    lines.push(c.bold('Not valued'));
    for (const u of advice.unvalued) lines.push(`  ${u.id}: ${u.problem}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function actByText(m: ValuedMove): string {
  if (m.actBy.date !== null) return m.actBy.date;
  if (!m.actBy.closed) return 'no deadline';
  return m.actBy.nextWindow === null
    ? 'window closed'
    : `closed; next by ${m.actBy.nextWindow.date}`;
}

function planText(advice: Advice, c: Colours): string[] {
  const { plan, currency: cur } = advice;
  const rec = plan.recommended;
  if (rec === null)
    return [
      c.bold('Plan'),
      '  No move is worth doing: every move costs more than it is worth, or is worth nothing.',
    ];
  const lines = [
    c.bold('Recommended plan'),
    `  The knee of ${counted(plan.front.length, 'plan')} on the front of cost against value (${counted(plan.considered.length, 'move')} considered, ${counted(plan.interactions.length, 'pairwise interaction')} measured).`,
    `  ${rec.moves.join(', ')}`,
  ];
  if (rec.reassessed !== null)
    lines.push(
      `  Worth ${money(rec.reassessed.total, cur)} for ${money(rec.reassessed.cost, cur)} (net ${money(rec.reassessed.net, cur)}), re-assessed with every move applied together; ${money(rec.estimated.value, cur)} from the moves and their pairwise interactions${rec.estimated.control === 0 ? '' : `, with ${score(rec.estimated.control)} points of control gained over the layers`}.`,
    );
  else lines.push(`  Not re-assessed together: ${rec.problem ?? 'unknown problem'}.`);
  lines.push('', c.bold('Roadmap'));
  for (const step of rec.roadmap)
    lines.push(
      `  ${step.start} → ${step.done}  ${step.move}${step.actBy === null ? '' : `  (act by ${step.actBy})`}`,
    );
  const before = plan.doNothing;
  const after = rec.after;
  if (after !== null) {
    const end = (v: typeof before) => v.exitCost[v.exitCost.length - 1];
    lines.push('', c.bold('Do nothing, against the plan'));
    lines.push(
      ...table(
        ['', 'Do nothing', 'With the plan'],
        [
          [
            `Exit cost, all dependencies, ${end(before)?.date ?? ''}`,
            money(end(before)?.cost ?? 0, cur),
            money(end(after)?.cost ?? 0, cur),
          ],
          [
            'Leverage a year',
            money(before.leveragePerYear, cur),
            money(after.leveragePerYear, cur),
          ],
          [
            'Margin in the worst 5% of years',
            money(before.marginEs95, cur),
            money(after.marginEs95, cur),
          ],
        ],
        [false, true, true],
      ),
    );
  }
  return lines;
}

function moveDetail(m: ValuedMove, rank: number, cur: string, c: Colours): string[] {
  const v = m.value;
  const lines = [
    c.bold(`${rank}. ${m.title}`),
    `  ${m.id}: ${m.reason}.`,
    `  Value ${money(v.total, cur)} = leverage ${money(v.leverageGainPerYear, cur)} a year over ${counted(v.monthsInEffect, 'month')} (${money(v.leverageValue, cur)}) + option value ${money(v.optionValueGain, cur)} + tail loss avoided ${money(v.tailLossAvoided, cur)}.`,
    `  Cost ${money(v.cost, cur)}: ${m.cost.explanation}.`,
    `  Act by: ${actByText(m)}. ${m.actBy.explanation}.`,
  ];
  const layers = m.deltas.layers.filter(
    (l) =>
      l.control.before !== l.control.after ||
      l.dependency.before !== l.dependency.after ||
      l.position.before !== l.position.after,
  );
  for (const l of layers)
    lines.push(
      `  ${l.layer}: dependency ${score(l.dependency.before)} → ${score(l.dependency.after)}, control ${score(l.control.before)} → ${score(l.control.after)}${l.position.before === l.position.after ? '' : `, ${l.position.before} → ${l.position.after}`}`,
    );
  for (const d of m.deltas.dependencies.slice(0, 4))
    lines.push(
      `  ${d.provider}: exit ${optionalMoney(d.exitCost.before, cur)} → ${optionalMoney(d.exitCost.after, cur)}, option ${optionalMoney(d.optionValue.before, cur)} → ${optionalMoney(d.optionValue.after, cur)}, leverage ${optionalMoney(d.leveragePerYear.before, cur)} → ${optionalMoney(d.leveragePerYear.after, cur)} a year`,
    );
  const s = m.deltas.stress;
  lines.push(
    `  Margin in the worst 5% of years ${money(s.marginEs95.before, cur)} → ${money(s.marginEs95.after, cur)}.`,
  );
  if (m.deltas.findingsResolved.length > 0)
    lines.push(`  Resolves ${m.deltas.findingsResolved.join(', ')}.`);
  if (m.deltas.findingsAdded.length > 0)
    lines.push(`  Raises ${m.deltas.findingsAdded.join(', ')}.`);
  return lines;
}

function optionalMoney(value: number | null, cur: string): string {
  return value === null ? 'none' : money(value, cur);
}

/** Columns padded to their widest cell; numeric columns right-aligned. */
function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly boolean[],
): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `  ${cells
      .map((cell, i) => (right[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()}`;
  return [line(head), ...rows.map(line)];
}
