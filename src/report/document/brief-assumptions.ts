/**
 * The assumptions of the terminal brief (`analyze`, `lockin`): the one list of
 * src/assumptions.ts, alike values folded into one line, under the part of the method each
 * feeds. "none" only when the figures rest on no default and no derived value. The report's
 * appendix (assumptions-section.ts) gives the same list as a table.
 */
import {
  type AlikeAssumptions,
  type AssumptionTopic,
  alikeAssumptions,
  parametersStatedInModel,
  type StatedAssumption,
  statedAssumptions,
} from '../../assumptions.js';
import type { Block, Section } from './document.js';
import type { ReportInputs } from './report-inputs.js';

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

export interface BriefAssumptionsOptions {
  /** Values the model states (`economics.x = 5%`): named, so a reader sees they were not assumed. */
  readonly statedInModel?: readonly string[];
  /** A closing remark: where the method's constants are documented. */
  readonly closing?: string;
}

/** Every default and derived value the brief's figures rest on, and where the method is. */
export function briefAssumptions(inputs: ReportInputs): Section {
  const { model } = inputs.loaded;
  const { analysis, lockin } = inputs.assessment;
  return briefAssumptionsSection(
    statedAssumptions({ model, assumptions: analysis.assumptions, lockin }),
    {
      statedInModel: parametersStatedInModel(lockin.parameters, model.operator.currency),
      closing:
        'Formulas and weights (method constants, not assumptions): docs/scorecard.md, docs/failure-analysis.md, docs/lockin.md',
    },
  );
}

export function briefAssumptionsSection(
  list: readonly StatedAssumption[],
  options: BriefAssumptionsOptions = {},
): Section {
  const blocks: Block[] = [];
  const folded = alikeAssumptions(list);
  for (const topic of Object.keys(TOPIC_TITLES) as AssumptionTopic[]) {
    const rows = folded.filter((a) => a.topic === topic);
    if (rows.length === 0) continue;
    const limit = topic === 'economics' ? rows.length : LINES_PER_TOPIC;
    blocks.push(
      { kind: 'paragraph', text: TOPIC_TITLES[topic], emphasis: 'heading' },
      { kind: 'list', items: rows.slice(0, limit).map(assumptionLine) },
    );
    if (rows.length > limit)
      blocks.push({
        kind: 'paragraph',
        text: `… and ${rows.length - limit} more (--json lists them all)`,
        emphasis: 'note',
      });
  }
  const stated = options.statedInModel ?? [];
  if (stated.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: `Stated in the model, not assumed: ${stated.join(', ')}`,
      ...(blocks.length > 0 ? { emphasis: 'heading' as const } : {}),
    });
  if (options.closing !== undefined)
    blocks.push({ kind: 'paragraph', text: options.closing, emphasis: 'note' });
  return { id: 'assumptions', title: `Assumptions: ${countsOf(list)}`, blocks };
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
