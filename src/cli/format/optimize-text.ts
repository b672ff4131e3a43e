/** The optimiser's text report: the front as a table of choices, the knee, and the local path's gap. */
import type { Objective } from '../../model/schema/design-space.js';
import type { FrontReport, ReportedDesign } from '../../optimize/front-report.js';
import type { Representation } from '../../optimize/representative-front.js';
import { table } from '../../report/terminal/text-table.js';
import { counted, decimal, money, oneInYears, wholeNumber } from '../../text/index.js';
import type { Colours } from './colour.js';

export interface OptimizeTextInput {
  readonly report: FrontReport;
  readonly currency: string;
  readonly method: string;
  readonly designs: number;
  readonly complete: boolean;
  readonly seconds: number;
  /** Why the method ran and what went wrong on the way, one line each. */
  readonly notes: readonly string[];
  /** With `--points`: what the points shown cover of the front, and the proven bound on the rest. */
  readonly representation?: Representation;
}

/** A share as a percentage with two decimals (never in scientific notation). */
const percent = (share: number) => `${decimal(share * 100, 2)}%`;

/** The representative front's line: the share found, and the bound on what is missing. */
export function representationText(r: Representation): string {
  const found = `${percent(r.hypervolume)} of the ideal–nadir box (reference: the nadir)`;
  const shown =
    r.how === 'selection'
      ? 'spread along the exact front'
      : `found by the box search (${counted(r.openBoxes, 'box', 'boxes')} still open)`;
  const missing =
    r.gapBound === undefined
      ? 'no proven bound on what is missing'
      : r.gapBound === 0
        ? 'nothing is missing'
        : `at most ${r.gapBound < 0.00005 ? 'under 0.01%' : percent(r.gapBound)} is missing (proven)`;
  return `Representative front (at most ${r.asked} points, ${shown}): hypervolume ${found}; ${missing}`;
}

const HEADINGS: Record<Objective, string> = {
  cost: 'cost (NPV)',
  time_to_launch: 'launch (months)',
  lockin: 'lock-in (exit cost)',
  resilience: 'service loss',
  security: 'exposure',
  control: 'control (points)',
};

export function valueText(objective: Objective, value: number, currency: string): string {
  switch (objective) {
    case 'cost':
    case 'lockin':
      return money(value, currency);
    case 'resilience':
      return oneInYears(value);
    default:
      return decimal(value, 2, { trimZeros: true });
  }
}

function choiceText(design: ReportedDesign): string {
  return design.choices.map((c) => `${c.decision}=${c.option}`).join(', ');
}

export function optimizeText(input: OptimizeTextInput, c: Colours): string {
  const { report, currency } = input;
  const lines = [
    c.bold(`Pareto front: ${report.objectives.join(' × ')}`),
    `  ${wholeNumber(input.designs)} designs; ${report.front.length} on the front, found by ${input.method} in ${input.seconds.toFixed(2)} s${input.complete ? '' : c.yellow(' — incomplete: the time limit stopped the search')}`,
    `  Hypervolume (objectives scaled to [0, 1], reference 1.1): ${report.hypervolume.toFixed(4)}`,
    ...(input.representation === undefined
      ? []
      : [`  ${representationText(input.representation)}`]),
    ...input.notes.map((note) => c.dim(`  Note: ${note}.`)),
    '',
  ];
  const rows = [
    ['', '#', ...report.objectives.map((o) => HEADINGS[o]), 'choices'],
    ...report.front.map((design, i) => [
      design.knee ? c.green('knee') : '',
      String(i + 1),
      ...report.objectives.map((o) => valueText(o, design.values[o] ?? 0, currency)),
      choiceText(design) +
        (design.alternatives.length === 0
          ? ''
          : c.dim(
              ` (+${design.alternatives.length} alternative${design.alternatives.length === 1 ? '' : 's'} at the same point)`,
            )),
    ]),
  ];
  lines.push(
    ...table(rows, ['left', 'right', ...report.objectives.map(() => 'right' as const)]).map(
      (l) => `  ${l}`,
    ),
  );
  lines.push('', c.bold('Assembled one decision at a time'));
  const local = report.local;
  if (!local.feasible) {
    lines.push(`  No design: at \`${local.stuckAt}\` the earlier choices leave no allowed option.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`  ${choiceText(local.design)}`);
  lines.push(
    `  ${report.objectives.map((o) => `${HEADINGS[o]} ${valueText(o, local.design.values[o] ?? 0, currency)}`).join('; ')}`,
  );
  if (local.onFront) lines.push(c.green('  On the front: no design beats it on every objective.'));
  else if (local.dominatedBy.length === 0)
    lines.push('  Off the front, but no single front design beats it on every objective.');
  else {
    const gains = report.objectives
      .map((o) => `${HEADINGS[o]} ${valueText(o, local.bestGain[o] ?? 0, currency)}`)
      .join('; ');
    lines.push(
      c.yellow(
        `  Dominated by ${counted(local.dominatedBy.length, 'front design')}: #${local.dominatedBy.map((i) => i + 1).join(', #')}`,
      ),
      `  Price of local optimisation (best gain on each objective among them): ${gains}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
