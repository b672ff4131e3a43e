/**
 * `analyze` and `lockin` state every default their figures rest on — the lock-in parameters
 * among them — in text and JSON, and say "none" only when the model states everything.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARAMETER_DEFAULTS, type ParameterName } from '../../src/economics/parameters.js';
import {
  ATTRITION_STATED,
  EVERYTHING_STATED,
  NOTHING_STATED,
  ONLY_ECONOMICS_LEFT,
} from '../support/assumption-models.js';
import { cli } from '../support/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mvnoscope-assumptions-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function modelFile(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const PARAMETERS = Object.keys(PARAMETER_DEFAULTS) as ParameterName[];

/** What every output prints for a parameter left at its default (the core's number style). */
const SHOWN: Partial<Record<ParameterName, string>> = {
  sim_swap_cost: '5 GBP',
  swap_attrition: '10%',
  customer_value_months: '24 months',
  integration_growth_per_year: '10% a year',
  model_rebuild_person_days: '120 person-days',
  price_volatility: '20%',
};

function expectEveryParameterIn(text: string): void {
  for (const name of PARAMETERS) {
    const line = text.split('\n').find((l) => l.includes(`economics.${name} = `));
    expect(line, name).toBeDefined();
    expect(line, name).toContain(PARAMETER_DEFAULTS[name].reason);
    const shown = SHOWN[name];
    if (shown !== undefined) expect(line, name).toContain(`economics.${name} = ${shown}: `);
  }
}

function expectEveryParameterInJson(assumptions: unknown): void {
  for (const name of PARAMETERS)
    expect(assumptions, name).toContainEqual(
      expect.objectContaining({
        path: `economics.${name}`,
        value: PARAMETER_DEFAULTS[name].value,
        basis: 'default',
        topic: 'economics',
        reason: PARAMETER_DEFAULTS[name].reason,
        ...(SHOWN[name] === undefined ? {} : { shown: SHOWN[name] }),
      }),
    );
}

describe('mvnoscope analyze: assumptions', () => {
  it('lists every lock-in parameter of a model that states none, with value and reason', async () => {
    const out = await cli('analyze', await modelFile('nothing.yaml', NOTHING_STATED));
    expect(out.code).toBe(0);
    expect(out.stdout).not.toContain('Assumptions: none');
    expect(out.stdout).toMatch(/Assumptions: \d+ defaults, 1 value derived from the model/);
    expectEveryParameterIn(out.stdout);
    expect(out.stdout).toContain('operator.monthly_churn = 1.5% a month: ');
    expect(out.stdout).toContain('operator.annual_turnover = 120,000 GBP (derived): ');
  });

  it('no longer says "none" when only the lock-in parameters are left to defaults', async () => {
    const out = await cli('analyze', await modelFile('economics.yaml', ONLY_ECONOMICS_LEFT));
    expect(out.stdout).not.toContain('Assumptions: none');
    expect(out.stdout).toContain(`Assumptions: ${PARAMETERS.length} defaults (`);
    expectEveryParameterIn(out.stdout);
  });

  it('gives the same list at the top level of --json, keeping the schema version', async () => {
    const out = await cli('analyze', '--json', await modelFile('nothing.yaml', NOTHING_STATED));
    const report = JSON.parse(out.stdout);
    expect(report.schemaVersion).toBe(1);
    expectEveryParameterInJson(report.assumptions);
    expect(report.assumptions).toContainEqual({
      path: 'operator.monthly_churn',
      value: 0.015,
      unit: 'share_a_month',
      shown: '1.5% a month',
      basis: 'default',
      topic: 'model',
      reason: expect.stringContaining('1.5% a month'),
    });
  });

  it('names a parameter the model states as stated, not as a default', async () => {
    const path = await modelFile('attrition.yaml', ATTRITION_STATED);
    const text = (await cli('analyze', path)).stdout;
    expect(text).not.toContain('economics.swap_attrition = 10%');
    expect(text).toContain('Stated in the model, not assumed: economics.swap_attrition = 5%');
    const report = JSON.parse((await cli('analyze', '--json', path)).stdout);
    const paths = report.assumptions.map((a: { path: string }) => a.path);
    expect(paths).not.toContain('economics.swap_attrition');
    expect(paths).toContain('economics.sim_swap_cost');
    expect(report.lockin.parameters).toContainEqual(
      expect.objectContaining({ name: 'swap_attrition', value: 0.05, source: 'model' }),
    );
  });

  it('says "none" only for a model that states everything the figures use', async () => {
    const path = await modelFile('everything.yaml', EVERYTHING_STATED);
    const text = (await cli('analyze', path)).stdout;
    expect(text).toContain('Assumptions: none: every value the figures rest on is in the model');
    expect(JSON.parse((await cli('analyze', '--json', path)).stdout).assumptions).toEqual([]);
  });
});

describe('mvnoscope lockin: assumptions', () => {
  it('lists every lock-in parameter and the operator defaults in text and JSON', async () => {
    const path = await modelFile('nothing.yaml', NOTHING_STATED);
    const text = (await cli('lockin', path)).stdout;
    expect(text).not.toContain('Assumptions: none');
    expectEveryParameterIn(text);
    expect(text).toContain('operator.horizon_months = 60 months: ');
    const report = JSON.parse((await cli('lockin', '--json', path)).stdout);
    expectEveryParameterInJson(report.assumptions);
    expect(report.parameters).toHaveLength(PARAMETERS.length);
  });

  it('drops the operator horizon from the list when --horizon replaces it', async () => {
    const path = await modelFile('nothing.yaml', NOTHING_STATED);
    const report = JSON.parse((await cli('lockin', '--json', '--horizon', '24', path)).stdout);
    const paths = report.assumptions.map((a: { path: string }) => a.path);
    expect(paths).not.toContain('operator.horizon_months');
    expect(paths).toContain('operator.discount_rate');
  });

  it('says "none" for a model that states everything, and names what it states', async () => {
    const text = (await cli('lockin', await modelFile('everything.yaml', EVERYTHING_STATED)))
      .stdout;
    expect(text).toContain('Assumptions: none');
    expect(text).toContain('economics.swap_attrition = 10%');
    expect(text).toContain('Stated in the model, not assumed: ');
  });
});
