/**
 * The assumptions appendix: every default and derived value the report's figures rest on — the
 * one list of src/assumptions.ts, with the stress test's shocks and the design space's defaults
 * when those ran — and the lock-in parameters the model states, in one place for a reviewer to
 * challenge. "None" only when nothing was left to mvnoscope.
 */
import {
  type AlikeAssumptions,
  type AssumptionTopic,
  alikeAssumptions,
  statedAssumptions,
} from '../../assumptions.js';
import { compileScenario } from '../../stress/scenario.js';
import type { Block, Figure, Section } from './document.js';
import type { ReportInputs } from './report-inputs.js';
import { parameters } from './stated-assumptions.js';

const TOPIC_TITLES: Readonly<Record<AssumptionTopic, string>> = {
  model: 'model values',
  economics: 'lock-in economics',
  stress: 'stress test',
  design_space: 'design space',
};

/** Places named in a folded row before "and n more". */
const PLACES_SHOWN = 10;

export function assumptionsSection(inputs: ReportInputs): Section {
  const { model, assumptions } = inputs.loaded;
  const { analysis, lockin } = inputs.assessment;
  const optimised = inputs.designSpace !== undefined && !('skipped' in inputs.designSpace);
  const list = statedAssumptions({
    model,
    assumptions,
    lockin,
    // The report's stress test compiles the same shocks from the same analyses.
    ...(inputs.stress === undefined ? {} : { scenario: compileScenario(model, analysis, lockin) }),
    optimised,
  });
  const defaults = list.filter((a) => a.basis === 'default').length;
  const fromModel = lockin.parameters.filter((p) => p.source === 'model').map((p) => p.name);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        list.length === 0
          ? 'None: every value the figures rest on is in the model.'
          : `The figures rest on ${defaults} default${defaults === 1 ? '' : 's'} and ${list.length - defaults} value${list.length - defaults === 1 ? '' : 's'} derived from the model. Stating a value in the model at the path shown replaces it.`,
    },
  ];
  if (list.length > 0) blocks.push(assumptionsFigure(alikeAssumptions(list)));
  if (fromModel.length > 0)
    blocks.push(statedFigure(parameters(lockin.parameters, fromModel, model.operator.currency)));
  return { id: 'assumptions', title: 'Assumptions', blocks };
}

function assumptionsFigure(rows: readonly AlikeAssumptions[]): Figure {
  return {
    kind: 'figure',
    id: 'model-defaults',
    title: 'Defaults and derived values the figures rest on',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'where the model would state it', align: 'left' },
          { title: 'value', align: 'right' },
          { title: 'basis', align: 'left' },
          { title: 'part', align: 'left' },
          { title: 'reason', align: 'left' },
        ],
        rows: rows.map((a) => [placesOf(a), a.shown, a.basis, TOPIC_TITLES[a.topic], a.reason]),
      },
    },
    assumptions: [
      'A default is mvnoscope’s stated value where the model gives none; a derived value is computed from other figures of the model. Writing the value into the model replaces it; the same value in several places is one row.',
      'Not listed: values the model states, and the method’s constants (the scorecard’s weights and position gap, the cut-set order, trial counts and seeds), which are the documented method, the same for every operator.',
    ],
  };
}

function placesOf(a: AlikeAssumptions): string {
  if (a.places.length === 1) return a.path;
  const named = a.places.slice(0, PLACES_SHOWN).join(', ');
  const more = a.places.length - PLACES_SHOWN;
  return `${a.path} in ${a.places.length} places: ${named}${more > 0 ? ` and ${more} more` : ''}`;
}

function statedFigure(lines: readonly string[]): Figure {
  return {
    kind: 'figure',
    id: 'economics-parameters',
    title: 'Lock-in parameters the model states',
    body: {
      kind: 'table',
      table: {
        columns: [{ title: 'parameter and value', align: 'left' }],
        rows: lines.map((line) => [line.replace(/ \(from the model\)$/, '')]),
      },
    },
    assumptions: ['The model’s economics section sets these; they are not assumptions.'],
  };
}
