/**
 * The assumptions appendix: every value the model left to mvnoscope, and every parameter of
 * the lock-in economics with where it came from, in one place for a reviewer to challenge.
 */
import type { Lockin } from '../../economics/lockin.js';
import { formatPath } from '../../model/load/diagnostic.js';
import type { Assumption } from '../../model/resolved-model.js';
import type { Figure, Section } from './document.js';

export function assumptionsSection(assumptions: readonly Assumption[], lockin: Lockin): Section {
  const defaults: Figure = {
    kind: 'figure',
    id: 'model-defaults',
    title: 'Values the model leaves to mvnoscope',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'model path', align: 'left' },
          { title: 'value', align: 'right' },
          { title: 'basis', align: 'left' },
          { title: 'reason', align: 'left' },
        ],
        rows: assumptions.map((a) => [formatPath(a.path), String(a.value), a.basis, a.reason]),
      },
    },
    assumptions: [
      'A default is mvnoscope’s stated value where the model gives none; a derived value is computed from other figures of the model. Writing the value into the model replaces it.',
    ],
  };
  const parameters: Figure = {
    kind: 'figure',
    id: 'economics-parameters',
    title: 'Parameters of the lock-in economics',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'parameter', align: 'left' },
          { title: 'value', align: 'right' },
          { title: 'source', align: 'left' },
          { title: 'reason', align: 'left' },
        ],
        rows: lockin.parameters.map((p) => [p.name, String(p.value), p.source, p.reason]),
      },
    },
    assumptions: ['The model’s economics section overrides any of these.'],
  };
  return {
    id: 'assumptions',
    title: 'Assumptions',
    blocks: [
      ...(assumptions.length === 0
        ? [
            {
              kind: 'paragraph' as const,
              text: 'Every value the structural analysis rests on is in the model.',
            },
          ]
        : [defaults]),
      parameters,
    ],
  };
}
