/**
 * The assumptions block of the terminal reports (`analyze`, `lockin`): the one list of
 * src/assumptions.ts, alike values folded into one line, under the part of the method each
 * feeds. "none" only when the figures rest on no default and no derived value.
 */
import {
  type AlikeAssumptions,
  type AssumptionTopic,
  alikeAssumptions,
  type StatedAssumption,
} from '../../assumptions.js';
import type { Colours } from './colour.js';

const TOPIC_TITLES: Readonly<Record<AssumptionTopic, string>> = {
  model: 'Model values',
  economics: 'Lock-in economics',
  stress: 'Stress test',
  design_space: 'Design space',
};

/** Lines of one topic shown before "… and n more"; the economics are always listed whole. */
const LINES_PER_TOPIC = 12;

/** Places named on a folded line before "…". */
const PLACES_SHOWN = 4;

export interface AssumptionsTextOptions {
  /** Values the model states (`economics.x = 5%`): named, so a reader sees they were not assumed. */
  readonly statedInModel?: readonly string[];
}

export function assumptionsText(
  list: readonly StatedAssumption[],
  c: Colours,
  options: AssumptionsTextOptions = {},
): string[] {
  const lines = [c.bold(`Assumptions: ${countsOf(list)}`)];
  const folded = alikeAssumptions(list);
  for (const topic of Object.keys(TOPIC_TITLES) as AssumptionTopic[]) {
    const rows = folded.filter((a) => a.topic === topic);
    if (rows.length === 0) continue;
    const limit = topic === 'economics' ? rows.length : LINES_PER_TOPIC;
    lines.push(`  ${TOPIC_TITLES[topic]}`);
    for (const a of rows.slice(0, limit)) lines.push(`    ${assumptionLine(a)}`);
    if (rows.length > limit)
      lines.push(c.dim(`    … and ${rows.length - limit} more (--json lists them all)`));
  }
  const stated = options.statedInModel ?? [];
  if (stated.length > 0) lines.push(`  Stated in the model, not assumed: ${stated.join(', ')}`);
  return lines;
}

function countsOf(list: readonly StatedAssumption[]): string {
  const defaults = list.filter((a) => a.basis === 'default').length;
  const derived = list.length - defaults;
  if (list.length === 0) return 'none: every value the figures rest on is in the model';
  const parts = [
    defaults === 0 ? 'no defaults' : `${defaults} default${defaults === 1 ? '' : 's'}`,
    ...(derived === 0
      ? []
      : [`${derived} value${derived === 1 ? '' : 's'} derived from the model`]),
  ];
  return `${parts.join(', ')} (state a value in the model to replace it)`;
}

function assumptionLine(a: AlikeAssumptions): string {
  const notes = [
    ...(a.basis === 'derived' ? ['derived'] : []),
    ...(a.places.length === 1
      ? []
      : [
          `${a.places.length} places: ${a.places.slice(0, PLACES_SHOWN).map(placeOf).join(', ')}${a.places.length > PLACES_SHOWN ? ', …' : ''}`,
        ]),
  ];
  return `${a.path} = ${a.shown}${notes.length === 0 ? '' : ` (${notes.join('; ')})`}: ${a.reason}`;
}

/** `providers[3].availability` → `providers[3]`: the field is in the folded path already. */
function placeOf(path: string): string {
  const end = path.lastIndexOf(']');
  return end < 0 ? path : path.slice(0, end + 1);
}
