import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAMETER_DEFAULTS, type ParameterName } from '../../src/economics/parameters.js';
import { DEFAULTS } from '../../src/model/defaults.js';
import {
  ECONOMICS_RANGES,
  isVaried,
  MODEL_DEFAULT_RANGES,
  type ModelDefaultName,
} from '../../src/sensitivity/parameter-ranges.js';
import { parameterValue } from '../../src/text/sensitivity-values.js';

const DOC = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'sensitivity.md'), 'utf8');

/** A row of the doc's range table as the code has it: the path, default, low and high. */
function row(path: string, unit: Parameters<typeof parameterValue>[0], values: number[]): string {
  const cells = values.map((v) => parameterValue(unit, v, '').trim());
  return `| \`${path}\` | ${cells.join(' | ')} |`;
}

const MODEL_PATHS: Record<ModelDefaultName, string> = {
  monthly_growth: 'operator.monthly_growth',
  monthly_churn: 'operator.monthly_churn',
  discount_rate: 'operator.discount_rate',
  horizon_months: 'operator.horizon_months',
  availability: 'providers[].availability',
  group_availability: 'groups[].availability',
};

describe('docs/sensitivity.md', () => {
  it('gives every range as the code has it: default, low and high', () => {
    for (const name of Object.keys(ECONOMICS_RANGES) as ParameterName[]) {
      const r = ECONOMICS_RANGES[name];
      expect(DOC, name).toContain(
        row(`economics.${name}`, r.unit, [PARAMETER_DEFAULTS[name].value, r.low, r.high]),
      );
    }
    for (const name of Object.keys(MODEL_DEFAULT_RANGES) as ModelDefaultName[]) {
      const r = MODEL_DEFAULT_RANGES[name];
      if (!isVaried(r)) {
        expect(DOC, name).toContain(`\`${MODEL_PATHS[name]}\``);
        continue;
      }
      expect(DOC, name).toContain(
        row(MODEL_PATHS[name], r.unit, [DEFAULTS[name].value, r.low, r.high]),
      );
    }
  });
});
