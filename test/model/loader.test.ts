import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load/load-model.js';
import { loadFails, loadOk, MINIMAL, STARTER } from '../support/load.js';

function only(text: string, code: string) {
  const failure = loadFails(text);
  const matching = failure.diagnostics.filter((d) => d.code === code);
  expect(matching, JSON.stringify(failure.diagnostics, null, 1)).not.toHaveLength(0);
  return matching;
}

describe('loading a valid model', () => {
  it('loads the starter model with no warnings', () => {
    const result = loadOk(STARTER);
    expect(result.diagnostics).toEqual([]);
    expect(result.model.operator.id).toBe('my-mvno');
  });

  it('normalises percentages and shorthand supplies', () => {
    const { model } = loadOk(MINIMAL);
    expect(model.operator.monthly_churn).toBeCloseTo(0.01, 12);
    const host = model.providers.find((p) => p.id === 'mno-a');
    expect(host?.supplies).toEqual([
      { capability: 'radio_access', share: 1, arrangement: 'service', standby: false },
      { capability: 'subscriber_data', share: 1, arrangement: 'service', standby: false },
    ]);
    const standby = model.providers.find((p) => p.id === 'mno-b');
    expect(standby?.supplies[0]).toMatchObject({ share: 0, standby: true });
  });

  it('gives a provider without a group a group of its own', () => {
    const { model } = loadOk(MINIMAL);
    expect(model.providers.map((p) => p.group)).toEqual(['host-group', 'mno-b']);
  });

  it('resolves the capabilities in scope against the catalogue', () => {
    const { model } = loadOk(MINIMAL);
    expect(model.capabilities.map((c) => [c.id, c.critical, c.custom])).toEqual([
      ['radio_access', true, false],
      ['subscriber_data', true, false],
    ]);
  });

  it('reads JSON with positions', () => {
    const json = JSON.stringify({ operator: { id: 'op' }, providers: [] }, null, 2);
    const failure = loadFails(json);
    const missing = failure.diagnostics.find(
      (d) => d.code === 'missing-field' && d.path.join('.') === 'operator.name',
    );
    expect(missing?.position).toEqual({ line: 2, column: 15 });
  });

  it('accepts a custom capability with name, layers and critical', () => {
    const text = `${MINIMAL}capabilities:\n  - id: loyalty_bridge\n    name: Loyalty bridge\n    layers: [intelligence]\n    critical: false\n`;
    const { model } = loadOk(text);
    expect(model.capabilities.find((c) => c.id === 'loyalty_bridge')).toMatchObject({
      custom: true,
      critical: false,
    });
  });
});

describe('defaults are stated, never silent', () => {
  const withoutFigures = MINIMAL.replace('  monthly_churn: 1%\n', '').replace(
    / {4}availability: 0.999\n/g,
    '',
  );

  it('lists every default used as an assumption', () => {
    const result = loadOk(withoutFigures);
    const paths = result.assumptions
      .filter((a) => a.basis === 'default')
      .map((a) => a.path.join('.'));
    expect(paths).toEqual([
      'operator.monthly_churn',
      'providers.0.availability',
      'providers.1.availability',
    ]);
    expect(result.model.providers[0]?.availability).toBe(0.999);
  });

  it('warns once per kind of default, with a position and the count', () => {
    const result = loadOk(withoutFigures);
    const warnings = result.diagnostics.filter((d) => d.code === 'default-used');
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('`operator.monthly_churn` is not given: using 1.5%'),
      expect.stringContaining(
        '`providers[].availability` is not given (and 1 more place): using 99.9%',
      ),
    ]);
    expect(warnings[1]?.position).toEqual({ line: 17, column: 5 }); // the first provider
  });

  it('splits a capability equally among suppliers without shares, and says so', () => {
    const text = MINIMAL.replace(
      'supplies: [{ capability: radio_access, standby: true }]',
      'supplies: [subscriber_data]',
    );
    const result = loadOk(text);
    const shares = result.model.providers.map(
      (p) => p.supplies.find((s) => s.capability === 'subscriber_data')?.share,
    );
    expect(shares).toEqual([0.5, 0.5]);
    expect(result.assumptions.filter((a) => a.path.at(-1) === 'share')).toHaveLength(2);
  });

  it('derives the annual turnover from subscribers and ARPU', () => {
    const result = loadOk(MINIMAL);
    expect(result.model.operator.annual_turnover).toBe(1000 * 10 * 12);
    expect(result.assumptions).toContainEqual(
      expect.objectContaining({ basis: 'derived', value: 120000 }),
    );
  });
});

describe('errors name the place, the expectation and a fix', () => {
  it('suggests the nearest provider for a dangling reference', () => {
    const [error] = only(
      MINIMAL.replace(
        'supplies: [radio_access, subscriber_data]',
        'supplies: [radio_access]\n    hosted_on: [mno-c]',
      ),
      'unknown-reference',
    );
    expect(error).toMatchObject({
      path: ['providers', 0, 'hosted_on', 0],
      position: { line: 24, column: 17 },
      found: '`mno-c`',
      suggestion: 'did you mean `mno-a`?',
    });
  });

  it('suggests the nearest catalogue id for an unknown capability', () => {
    const [error] = only(
      MINIMAL.replace('subscriber_data]', 'subscriber_dta]'),
      'unknown-capability',
    );
    expect(error?.suggestion).toBe('did you mean `subscriber_data`?');
    expect(error?.position).toEqual({ line: 23, column: 30 });
  });

  it('suggests the nearest key for an unknown key, pointing at the key', () => {
    const [error] = only(
      MINIMAL.replace(
        '    availability: 0.999\n    supplies: [radio',
        '    availabilty: 0.999\n    supplies: [radio',
      ),
      'unknown-key',
    );
    expect(error).toMatchObject({
      suggestion: 'did you mean `availability`?',
      position: { line: 22, column: 5 },
    });
    expect(error?.expected).toContain('availability');
  });

  it('suggests the nearest allowed value for a mistyped enum', () => {
    const [error] = only(
      MINIMAL.replace('kind: mno\n    group', 'kind: mnoo\n    group'),
      'invalid-value',
    );
    expect(error).toMatchObject({ suggestion: 'did you mean `mno`?', found: '"mnoo"' });
  });

  it('refuses duplicate ids, pointing at the second and naming the first', () => {
    const [error] = only(MINIMAL.replace('id: mno-b', 'id: mno-a'), 'duplicate-id');
    expect(error?.message).toBe('the id `mno-a` is already used at line 18');
    expect(error?.position.line).toBe(24);
  });

  it('refuses an operator id reused by a provider', () => {
    only(MINIMAL.replace('id: mno-b', 'id: op'), 'duplicate-id');
  });

  it('refuses duplicate YAML keys', () => {
    const [error] = only(
      MINIMAL.replace('  arpu: 10\n', '  arpu: 10\n  arpu: 12\n'),
      'duplicate-key',
    );
    expect(error).toMatchObject({
      message: 'the key `arpu` appears twice in one mapping',
      position: { line: 8, column: 3 },
    });
  });

  it('refuses a cycle in hosted_on and names it', () => {
    const text = MINIMAL.replace(
      '    group: host-group\n    availability',
      '    group: host-group\n    hosted_on: [mno-b]\n    availability',
    ).replace('    supplies: [{ capability', '    hosted_on: [mno-a]\n    supplies: [{ capability');
    const [error] = only(text, 'hosting-cycle');
    expect(error?.message).toBe('hosted_on forms a cycle: mno-a → mno-b → mno-a');
  });

  it('refuses a provider hosted on itself', () => {
    const [error] = only(
      MINIMAL.replace(
        '    group: host-group\n    availability',
        '    group: host-group\n    hosted_on: [mno-a]\n    availability',
      ),
      'hosting-cycle',
    );
    expect(error?.message).toBe('hosted_on forms a cycle: mno-a → mno-a');
  });

  it('refuses shares of one capability above 100%', () => {
    const text = MINIMAL.replace(
      'supplies: [radio_access, subscriber_data]',
      'supplies: [{ capability: radio_access, share: 70% }]',
    ).replace(
      'supplies: [{ capability: radio_access, standby: true }]',
      'supplies: [{ capability: radio_access, share: 0.45 }]',
    );
    const [error] = only(text, 'shares-exceed-total');
    expect(error).toMatchObject({
      message: 'the shares of `radio_access` add up to 115%',
      found: 'mno-a 70% + mno-b 45%',
    });
  });

  it('refuses negative money', () => {
    const [error] = only(MINIMAL.replace('arpu: 10', 'arpu: -10'), 'invalid-value');
    expect(error).toMatchObject({
      message: 'money must not be negative',
      found: '-10',
      path: ['operator', 'arpu'],
    });
  });

  it('refuses a review dated before its decision', () => {
    const text = `${MINIMAL}decisions:\n  - id: d1\n    title: Host\n    date: 2025-06-01\n    chosen: Host A\n    last_review: 2024-06-01\n`;
    const [error] = only(text, 'dates-out-of-order');
    expect(error?.message).toBe(
      'the last review (2024-06-01) is before the decision was taken (2025-06-01)',
    );
  });

  it('refuses a proportion written as a whole percentage number', () => {
    const [error] = only(MINIMAL.replace('monthly_churn: 1%', 'monthly_churn: 15'), 'out-of-range');
    expect(error?.message).toContain('at most 1 (100%)');
  });

  it('reports a missing required field at its parent', () => {
    const [error] = only(MINIMAL.replace('  currency: GBP\n', ''), 'missing-field');
    expect(error).toMatchObject({
      path: ['operator', 'currency'],
      position: { line: 2, column: 3 },
    });
  });

  it('reports every problem in one pass', () => {
    const text = MINIMAL.replace('arpu: 10', 'arpu: -1')
      .replace('kind: mno\n    group', 'kind: mnoo\n    group')
      .replace('id: mno-b', 'id: mno-a');
    const codes = loadFails(text).diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['invalid-value', 'duplicate-id']));
    expect(codes.length).toBeGreaterThanOrEqual(3);
  });

  it('reports YAML syntax errors with their position', () => {
    const failure = loadFails('operator:\n  id: [unclosed\n');
    expect(failure.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', severity: 'error' });
    expect(failure.diagnostics[0]?.position.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses a document that is not a mapping', () => {
    expect(loadFails('- just\n- a list\n').diagnostics[0]?.code).toBe('not-a-model');
    expect(loadFails('').diagnostics[0]?.code).toBe('not-a-model');
  });

  it('does not call stress scenarios unanalysed', () => {
    const result = loadOk(
      `${MINIMAL}scenarios:\n  - id: fx\n    kind: fx_move\n    probability: 0.2\n`,
    );
    expect(result.diagnostics).toEqual([]);
  });

  it('requires the profile manager of an SGP.02 eSIM fleet', () => {
    const text = `${MINIMAL}sims:\n  - id: m2m\n    kind: esim_iot_sgp02\n    count: 100\n    imsi_issuers: [mno-a]\n    key_holders: [mno-a]\n`;
    const [error] = only(text, 'missing-field');
    expect(error?.message).toContain('sm_sr_operator');
  });

  it('names the file in every diagnostic', () => {
    const result = loadModel('operator: 1', { file: 'models/acme.yaml' });
    expect(result.diagnostics.every((d) => d.file === 'models/acme.yaml')).toBe(true);
  });
});

describe('fourth parties', () => {
  const withSubcontractor = (of: string) =>
    `${MINIMAL}  - id: cards\n    name: Card maker\n    kind: sim_vendor\n    subcontractor_of: ${of}\n    availability: 0.999\n`;

  it('accepts a subcontractor of a provider', () => {
    expect(loadOk(withSubcontractor('mno-a')).model.providers.at(-1)?.subcontractor_of).toBe(
      'mno-a',
    );
  });

  it('refuses a loop of subcontracting', () => {
    const [error] = only(withSubcontractor('cards'), 'subcontracting-cycle');
    expect(error?.message).toBe('subcontractor_of forms a cycle: cards → cards');
  });
});

describe('the design space', () => {
  const space = (decisions: string, interactions = '') =>
    `${MINIMAL}design_space:\n  decisions:\n${decisions}${interactions}`;
  const HOST =
    '    - id: host\n      options:\n        - id: mno-x\n          monthly: 100\n        - id: mno-y\n          monthly: 90\n          launch_months: 9\n';
  const BILLING =
    '    - id: billing\n      options:\n        - id: saas\n          requires: [mno-x]\n        - id: own\n          excludes: [mno-y]\n';

  it('loads decisions, options and interactions', () => {
    const text = space(
      HOST + BILLING,
      '  interactions:\n    - options: [mno-y, own]\n      effects: { launch_months: 2, upfront: -5000 }\n',
    );
    const { model, diagnostics } = loadOk(text);
    expect(diagnostics).toEqual([]);
    expect(model.design_space?.decisions.map((d) => d.options.map((o) => o.id))).toEqual([
      ['mno-x', 'mno-y'],
      ['saas', 'own'],
    ]);
    expect(model.design_space?.interactions?.[0]?.effects).toEqual({
      launch_months: 2,
      upfront: -5000,
    });
  });

  it('names an unknown option with its position and the nearest id', () => {
    const [error] = only(space(HOST + BILLING.replace('[mno-x]', '[mno-z]')), 'unknown-reference');
    expect(error?.found).toBe('`mno-z`');
    expect(error?.suggestion).toContain('mno-x');
    expect(error?.path).toEqual(['design_space', 'decisions', 1, 'options', 0, 'requires', 0]);
    expect(error?.position.line).toBeGreaterThan(1);
  });

  it('refuses an option id used by two decisions', () => {
    const [error] = only(space(HOST + BILLING.replace('id: own', 'id: mno-x')), 'duplicate-id');
    expect(error?.path).toEqual(['design_space', 'decisions', 1, 'options', 1, 'id']);
  });

  it('refuses links between options of one decision', () => {
    const requiresSibling = space(HOST.replace('monthly: 100', 'requires: [mno-y]') + BILLING);
    expect(only(requiresSibling, 'same-decision-link')).toHaveLength(1);
    const pairOfSiblings = space(
      HOST + BILLING,
      '  interactions:\n    - options: [mno-x, mno-y]\n      effects: { upfront: 1 }\n',
    );
    expect(only(pairOfSiblings, 'same-decision-link')[0]?.message).toContain('`host`');
  });

  it('refuses an interaction that is not a pair', () => {
    const text = space(
      HOST + BILLING,
      '  interactions:\n    - options: [mno-x]\n      effects: {}\n',
    );
    expect(loadFails(text).diagnostics.length).toBeGreaterThan(0);
  });
});
