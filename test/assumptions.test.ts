import { describe, expect, it } from 'vitest';
import { assessModel } from '../src/assessment.js';
import {
  alikeAssumptions,
  assumedValue,
  nothingDefaulted,
  parametersStatedInModel,
  parameterUnit,
  type StatedAssumption,
  statedAssumptions,
} from '../src/assumptions.js';
import { PARAMETER_DEFAULTS, type ParameterName } from '../src/economics/parameters.js';
import { compileScenario } from '../src/stress/scenario.js';
import { SHOCK_LIBRARY } from '../src/stress/shock-library.js';
import {
  ATTRITION_STATED,
  EVERYTHING_STATED,
  NOTHING_STATED,
  ONLY_ECONOMICS_LEFT,
} from './support/assumption-models.js';
import { loadOk, MINIMAL, readExample } from './support/load.js';

function assumptionsOf(text: string, options: { stress?: boolean } = {}): StatedAssumption[] {
  const loaded = loadOk(text);
  const { analysis, lockin } = assessModel(loaded);
  return statedAssumptions({
    model: loaded.model,
    assumptions: loaded.assumptions,
    lockin,
    ...(options.stress === true
      ? { scenario: compileScenario(loaded.model, analysis, lockin) }
      : {}),
  });
}

const byPath = (list: readonly StatedAssumption[]) => new Map(list.map((a) => [a.path, a]));

describe('the assumptions the figures rest on', () => {
  it('lists every lock-in parameter of a model that states none, with its value and reason', () => {
    const list = byPath(assumptionsOf(NOTHING_STATED));
    for (const name of Object.keys(PARAMETER_DEFAULTS) as ParameterName[]) {
      const { value, reason } = PARAMETER_DEFAULTS[name];
      expect(list.get(`economics.${name}`), name).toMatchObject({
        value,
        reason,
        basis: 'default',
        topic: 'economics',
      });
    }
    expect(list.get('economics.sim_swap_cost')?.shown).toBe('5 GBP');
    expect(list.get('economics.swap_attrition')?.shown).toBe('10%');
    expect(list.get('economics.customer_value_months')?.shown).toBe('24 months');
    expect(list.get('economics.integration_growth_per_year')?.shown).toBe('10% a year');
    expect(list.get('economics.model_rebuild_person_days')?.shown).toBe('120 person-days');
    expect(list.get('economics.integration_day_rate')?.shown).toBe('700 GBP');
  });

  it("lists the loader's defaults and derived values in the same number style", () => {
    const list = byPath(assumptionsOf(NOTHING_STATED));
    expect(list.get('operator.monthly_growth')).toMatchObject({
      shown: '0% a month',
      basis: 'default',
    });
    expect(list.get('operator.monthly_churn')).toMatchObject({
      value: 0.015,
      shown: '1.5% a month',
    });
    expect(list.get('operator.horizon_months')?.shown).toBe('60 months');
    expect(list.get('operator.discount_rate')?.shown).toBe('10% a year');
    expect(list.get('providers[0].availability')?.shown).toBe('99.9%');
    expect(list.get('operator.annual_turnover')).toMatchObject({
      value: 120_000,
      shown: '120,000 GBP',
      basis: 'derived',
      reason: 'subscribers × ARPU × 12',
    });
  });

  it('leaves out a parameter the model states, and names it as stated', () => {
    const loaded = loadOk(ATTRITION_STATED);
    const { lockin } = assessModel(loaded);
    const list = statedAssumptions({
      model: loaded.model,
      assumptions: loaded.assumptions,
      lockin,
    });
    expect(list.map((a) => a.path)).not.toContain('economics.swap_attrition');
    expect(list.map((a) => a.path)).toContain('economics.sim_swap_cost');
    expect(parametersStatedInModel(lockin.parameters, 'GBP')).toEqual([
      'economics.swap_attrition = 5%',
    ]);
  });

  it('lists the lock-in parameters even when every value the loader defaults is stated', () => {
    const list = assumptionsOf(ONLY_ECONOMICS_LEFT);
    expect(list.map((a) => a.path)).toEqual(
      Object.keys(PARAMETER_DEFAULTS).map((name) => `economics.${name}`),
    );
    expect(nothingDefaulted(list)).toBe(false);
  });

  it('is empty for a model that states everything the figures use', () => {
    const list = assumptionsOf(EVERYTHING_STATED);
    expect(list).toEqual([]);
    expect(nothingDefaulted(list)).toBe(true);
  });

  it("states a renewing contract's default renewal length and the break fee it carries over", () => {
    const text = `${MINIMAL}contracts:
  - { id: host-deal, provider: mno-a, start: 2025-01-01, term_months: 24, auto_renewal: true, exit_fee: 9000 }
`;
    const list = byPath(assumptionsOf(text));
    expect(list.get('contracts[0].renewal_term_months')).toMatchObject({
      value: 12,
      shown: '12 months',
      basis: 'default',
    });
    expect(list.get('contracts[0].renewal_exit_fee')).toMatchObject({
      value: 9000,
      shown: '9,000 GBP',
      basis: 'derived',
    });
    const stated = byPath(
      assumptionsOf(
        text.replace(
          'exit_fee: 9000',
          'exit_fee: 9000, renewal_term_months: 6, renewal_exit_fee: 1000',
        ),
      ),
    );
    expect(stated.has('contracts[0].renewal_term_months')).toBe(false);
    expect(stated.has('contracts[0].renewal_exit_fee')).toBe(false);
  });

  it("lists the shock library's defaults a stress test drew from, unless the scenarios set them", () => {
    const example = readExample('light-mvno-on-enabler.yaml');
    const list = byPath(assumptionsOf(example, { stress: true }));
    expect(list.get('scenarios[kind=wholesale_price_rise].probability')).toMatchObject({
      value: SHOCK_LIBRARY.wholesale_price_rise.frequency.value,
      shown: '30% a year',
      topic: 'stress',
    });
    expect(list.get('scenarios[kind=wholesale_price_rise].severity')?.shown).toBe(
      '0% to 20%, most likely 5%',
    );
    expect(list.get('scenarios[kind=host_outage].severity')?.shown).toBe(
      'lognormal, median 2.5 hours, σ 1',
    );
    // Outages take their rate from the availabilities, which are listed where defaulted.
    expect(list.has('scenarios[kind=host_outage].rate_per_year')).toBe(false);
    expect(assumptionsOf(example).some((a) => a.topic === 'stress')).toBe(false);

    const overridden = byPath(
      assumptionsOf(
        `${example}\nscenarios:\n  - { id: rise, kind: wholesale_price_rise, probability: 50% }\n`,
        { stress: true },
      ),
    );
    expect(overridden.has('scenarios[kind=wholesale_price_rise].probability')).toBe(false);
    expect(overridden.has('scenarios[kind=wholesale_price_rise].severity')).toBe(true);
  });

  it('folds one default in several places into one row that names the places', () => {
    const text = MINIMAL.replace(/ {4}availability: 0\.999\n/g, '');
    const folded = alikeAssumptions(assumptionsOf(text)).filter((a) =>
      a.path.endsWith('availability'),
    );
    expect(folded).toEqual([
      expect.objectContaining({
        path: 'providers[].availability',
        shown: '99.9%',
        places: ['providers[0].availability', 'providers[1].availability'],
      }),
    ]);
  });
});

describe('the number style of assumptions', () => {
  it('writes fractions as percentages, money with its currency, months as months', () => {
    expect(assumedValue('share', 0.9999, 'GBP')).toBe('99.99%');
    expect(assumedValue('share', 1 / 3, 'GBP')).toBe('33.333%');
    expect(assumedValue('share_a_month', 0.015, 'GBP')).toBe('1.5% a month');
    expect(assumedValue('money', 12_540_000, 'EUR')).toBe('12,540,000 EUR');
    expect(assumedValue('money', 2.5, 'GBP')).toBe('2.50 GBP');
    expect(assumedValue('months', 1, 'GBP')).toBe('1 month');
    expect(assumedValue('rate_a_year', 0.02, 'GBP')).toBe('0.02 a year');
    expect(assumedValue('text', '', 'GBP')).toBe('none');
  });

  it('never writes scientific notation or "-0"', () => {
    expect(assumedValue('money', -0.001, 'GBP')).toBe('0 GBP');
    expect(assumedValue('money', -0.3, 'GBP')).toBe('-0.30 GBP');
    expect(assumedValue('share', -0.000_000_1, 'GBP')).toBe('0%');
    expect(assumedValue('number', 1e21, 'GBP')).toBe('1,000,000,000,000,000,000,000');
    expect(assumedValue('number', 1e-9, 'GBP')).toBe('0');
  });

  it("reads a parameter's unit from its schema field, so new parameters read right", () => {
    expect(parameterUnit('sim_swap_cost')).toBe('money');
    expect(parameterUnit('swap_attrition')).toBe('share');
    expect(parameterUnit('integration_growth_per_year')).toBe('share_a_year');
    expect(parameterUnit('swap_campaign_months')).toBe('months');
    expect(parameterUnit('data_recovery_person_days')).toBe('person_days');
    expect(parameterUnit('integration_team_size')).toBe('number');
    // Every parameter's default reads as the schema means it: a fraction is never a bare 0.1.
    for (const [name, { value }] of Object.entries(PARAMETER_DEFAULTS)) {
      const shown = assumedValue(parameterUnit(name), value, 'GBP');
      if (parameterUnit(name).startsWith('share')) expect(shown, name).toMatch(/%/);
      expect(shown, name).not.toMatch(/e[+-]?\d/);
    }
  });
});
