/**
 * The questionnaire's starter: every combination of answers the form allows gives a model that
 * loads with no error (its warnings are the placeholders), and the answers show in the model's
 * structure — who issues the IMSIs, who holds the keys, how many hosts, who bills, what runs
 * where, which AI use cases — never in invented figures. Combinations the form refuses are
 * refused here too.
 */
import { describe, expect, it } from 'vitest';
import {
  type AiUseCase,
  answersProblem,
  choiceAllowed,
  DEFAULT_ANSWERS,
  operatorId,
  questionnaireModel,
  STARTER_CHOICES,
  type StarterAnswers,
} from '../../src/importers/questionnaire.js';
import { loadModel } from '../../src/model/load/load-model.js';

/** Every subset of the AI use cases. */
function subsets(items: readonly AiUseCase[]): AiUseCase[][] {
  const all: AiUseCase[][] = [[]];
  for (const item of items) for (const s of [...all]) all.push([...s, item]);
  return all;
}

function everyCombination(): StarterAnswers[] {
  const all: StarterAnswers[] = [];
  for (const hosts of STARTER_CHOICES.hosts)
    for (const enabler of STARTER_CHOICES.enabler)
      for (const imsiIssuer of STARTER_CHOICES.imsiIssuer)
        for (const keyHolder of STARTER_CHOICES.keyHolder)
          for (const billing of STARTER_CHOICES.billing)
            for (const cloud of STARTER_CHOICES.cloud)
              for (const ai of subsets(STARTER_CHOICES.ai.map((c) => c.value)))
                all.push({
                  name: 'Acme Mobile',
                  hosts: hosts.value,
                  enabler: enabler.value,
                  imsiIssuer: imsiIssuer.value,
                  keyHolder: keyHolder.value,
                  billing: billing.value,
                  cloud: cloud.value,
                  ai,
                });
  return all;
}

const combinations = everyCombination();
const allowed = combinations.filter((a) => answersProblem(a) === undefined);
const refused = combinations.filter((a) => answersProblem(a) !== undefined);

const load = (answers: StarterAnswers) => {
  const result = loadModel(questionnaireModel(answers), { file: 'starter.yaml' });
  if (!result.ok)
    throw new Error(
      `${JSON.stringify(answers)}:\n${result.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.position.line}:${d.position.column} ${d.message}`)
        .join('\n')}`,
    );
  return result;
};

describe('the questionnaire starter', () => {
  it('counts its combinations: 3 × 2 × 3 × 3 × 3 × 3 × 8, of which those naming a missing enabler are refused', () => {
    expect(combinations).toHaveLength(3 * 2 * 3 * 3 * 3 * 3 * 8);
    // Without an enabler: 2 IMSI issuers × 2 key holders × 2 billers are allowed of 27.
    expect(allowed).toHaveLength(3 * 3 * 8 * (27 + 8));
    expect(refused).toHaveLength(3 * 3 * 8 * (27 - 8));
  });

  it('validates for every allowed combination, with only placeholder warnings', () => {
    for (const answers of allowed) {
      const result = load(answers);
      const codes = [...new Set(result.diagnostics.map((d) => d.code))];
      expect(codes, JSON.stringify(answers)).toEqual(['todo']);
    }
  }, 300_000);

  it('refuses the combinations that name an enabler there is not', () => {
    for (const answers of refused)
      expect(() => questionnaireModel(answers)).toThrow(/without an enabler/);
    expect(choiceAllowed({ ...DEFAULT_ANSWERS, enabler: false }, 'billing', 'enabler')).toBe(false);
    expect(choiceAllowed({ ...DEFAULT_ANSWERS, enabler: false }, 'billing', 'saas')).toBe(true);
  });

  it('puts the IMSI issuer and the key holder where the answers say', () => {
    const own = load({
      ...DEFAULT_ANSWERS,
      name: 'Wren',
      imsiIssuer: 'operator',
      keyHolder: 'operator',
    });
    const sims = own.declared.sims?.[0];
    expect(sims?.imsi_issuers).toEqual(['wren']);
    expect(sims?.key_holders).toEqual(['wren']);
    // Whoever holds the keys runs the HSS/AuC.
    const core = own.declared.providers.find((p) => p.id === 'wren-core');
    expect(core?.kind).toBe('in_house');
    expect(JSON.stringify(core?.supplies)).toContain('subscriber_data');
    const host = own.declared.providers.find((p) => p.id === 'host-1');
    expect(JSON.stringify(host?.supplies)).not.toContain('subscriber_data');

    const enabler = load({ ...DEFAULT_ANSWERS, imsiIssuer: 'enabler', keyHolder: 'enabler' });
    expect(enabler.declared.sims?.[0]?.imsi_issuers).toEqual(['enabler']);
    expect(
      JSON.stringify(enabler.declared.providers.find((p) => p.id === 'enabler')?.supplies),
    ).toContain('subscriber_data');
  });

  it('gives several hosts one active and the rest standby, with multi-IMSI SIMs when the hosts issue the IMSIs', () => {
    const three = load({ ...DEFAULT_ANSWERS, hosts: 3 });
    const hosts = three.declared.providers.filter((p) => p.kind === 'mno').map((p) => p.id);
    expect(hosts).toEqual(['host-1', 'host-2', 'host-3']);
    expect(three.declared.sims?.[0]?.kind).toBe('multi_imsi');
    expect(three.declared.sims?.[0]?.imsi_issuers).toEqual(hosts);
    expect(JSON.stringify(three.declared.providers[1]?.supplies)).toContain('"standby":true');
    const single = load({ ...DEFAULT_ANSWERS, hosts: 1 });
    expect(single.declared.sims?.[0]?.kind).toBe('physical');
  });

  it('places billing, cloud and AI use cases as answered', () => {
    const answers: StarterAnswers = {
      ...DEFAULT_ANSWERS,
      enabler: false,
      billing: 'saas',
      cloud: 'two',
      ai: ['care', 'fraud'],
    };
    const { declared } = load(answers);
    const ids = declared.providers.map((p) => p.id);
    expect(ids).toContain('bss-saas');
    expect(ids).toContain('sim-vendor');
    expect(ids).not.toContain('enabler');
    expect(declared.providers.filter((p) => p.kind === 'cloud')).toHaveLength(2);
    expect(declared.intelligence?.map((u) => u.id)).toEqual(['care-assistant', 'fraud-scoring']);
    // Without an enabler, fraud scoring is the operator's own.
    expect(declared.intelligence?.[1]?.runs_on).toBe('my-mvno-team');
    const none = load({ ...DEFAULT_ANSWERS, cloud: 'none' });
    expect(none.declared.providers.some((p) => p.kind === 'cloud')).toBe(false);
    expect(none.declared.providers.some((p) => p.hosted_on !== undefined)).toBe(false);
    expect(load(DEFAULT_ANSWERS).declared.intelligence).toBeUndefined();
  });

  it('marks every figure as a placeholder and takes the name as written', () => {
    const text = questionnaireModel({ ...DEFAULT_ANSWERS, name: 'Ölander "Mobile": #1' });
    const result = load({ ...DEFAULT_ANSWERS, name: 'Ölander "Mobile": #1' });
    expect(result.declared.operator.name).toBe('Ölander "Mobile": #1');
    expect(result.declared.operator.id).toBe('olander-mobile-1');
    // Every numeric value sits on a line with its placeholder mark, except the horizon and format.
    const figureLines = text
      .split('\n')
      .filter((l) => /:\s*-?\d[\d.]*%?(\s|$)/.test(l) && !/mvnoscope: 1|horizon_months/.test(l));
    expect(figureLines.length).toBeGreaterThan(20);
    for (const line of figureLines) expect(line).toContain('# TODO placeholder');
    const todos = result.diagnostics.filter((d) => d.code === 'todo');
    expect(todos.length).toBe(text.split('# TODO placeholder').length - 1);
  });

  it('derives an operator id that never takes a supplier id', () => {
    expect(operatorId('')).toBe('my-mvno');
    expect(operatorId('  Acme  Mobile  ')).toBe('acme-mobile');
    expect(operatorId('Host 1')).toBe('host-1-operator');
    expect(operatorId('Enabler')).toBe('enabler-operator');
    expect(load({ ...DEFAULT_ANSWERS, name: 'Host 1' }).declared.operator.id).toBe(
      'host-1-operator',
    );
    expect(() => questionnaireModel(DEFAULT_ANSWERS, '1 May')).toThrow(/YYYY-MM-DD/);
  });
});
