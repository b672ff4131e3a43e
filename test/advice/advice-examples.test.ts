/**
 * The advisor on every shipped example: each move's figures are those of the model `apply`
 * writes, re-assessed; every act-by date is before the deadlines it names; no plan dominates
 * the reported front; and the orderings an MVNO strategist would state.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { type Advice, advise } from '../../src/advice/index.js';
import { applyPatchToDocument } from '../../src/advice/patch.js';
import { type Plan, planSpace } from '../../src/advice/plan.js';
import { reassess } from '../../src/advice/reassess.js';
import { acceptancesInModel } from '../../src/assessment.js';
import type { LoadSuccess } from '../../src/model/load/load-model.js';
import { partyRolesOf } from '../../src/model/party-roles.js';
import { pointOf } from '../../src/optimize/enumerate.js';
import { exampleFiles, loadOk, readExample } from '../support/load.js';

/** Fewer trials than the command's default: the figures must agree at any count. */
const STRESS = { trials: 4_000, seed: 3 };

interface ExampleAdvice {
  readonly name: string;
  readonly text: string;
  readonly loaded: LoadSuccess;
  readonly run: Advice;
  readonly plan: Plan;
}

const examples: ExampleAdvice[] = [];

beforeAll(() => {
  for (const name of exampleFiles()) {
    const text = readExample(name);
    const loaded = loadOk(text, name);
    const run = advise(loaded, STRESS);
    examples.push({ name, text, loaded, run, plan: run.plan });
  }
}, 240_000);

const example = (prefix: string) => {
  const found = examples.find((e) => e.name.startsWith(prefix));
  if (found === undefined) throw new Error(`no example ${prefix}`);
  return found;
};

describe('every move of every example', () => {
  it('lists moves for every example', () => {
    for (const e of examples) expect(e.run.moves.length, e.name).toBeGreaterThan(0);
    for (const e of examples) expect(e.run.unvalued, e.name).toEqual([]);
  });

  it('reproduces its figures from the model `apply` writes, loaded and re-assessed', () => {
    let checked = 0;
    for (const e of examples)
      for (const move of e.run.moves) {
        const document = parseDocument(e.text);
        applyPatchToDocument(document, move.patch);
        const after = loadOk(document.toString(), `${e.name} + ${move.id}`);
        const figures = reassess(after.model, after.assumptions, {
          stress: STRESS,
          accepted: acceptancesInModel(after),
        }).figures;
        const stated = move.deltas;
        expect(figures.stress.marginEs95, move.id).toBe(stated.stress.marginEs95.after);
        expect(figures.stress.lossEs99, move.id).toBe(stated.stress.lossEs99.after);
        expect(figures.serviceLoss.probability, move.id).toBe(stated.serviceLossProbability.after);
        for (const layer of stated.layers) {
          const mine = figures.layers.find((l) => l.layer === layer.layer);
          expect(mine?.control, `${move.id} ${layer.layer}`).toBe(layer.control.after);
          expect(mine?.position, `${move.id} ${layer.layer}`).toBe(layer.position.after);
        }
        for (const d of stated.dependencies) {
          const mine = figures.dependencies.find((x) => x.provider === d.provider);
          expect(mine?.exitCost ?? null, `${move.id} ${d.provider}`).toBe(d.exitCost.after);
          expect(mine?.optionValue ?? null, `${move.id} ${d.provider}`).toBe(d.optionValue.after);
        }
        const baseline = new Set(e.run.baseline.findings);
        expect(figures.findings.filter((f) => !baseline.has(f)).sort(), move.id).toEqual(
          [...stated.findingsAdded].sort(),
        );
        checked++;
      }
    expect(checked).toBeGreaterThan(50);
  }, 240_000);

  it('gives act-by dates no later than the point of no return and the notice deadline it names', () => {
    for (const e of examples)
      for (const move of e.run.moves) {
        const { actBy } = move;
        if (actBy.date !== null)
          for (const deadline of actBy.deadlines)
            expect(
              actBy.date <= deadline.date,
              `${move.id}: ${actBy.date} after ${deadline.date}`,
            ).toBe(true);
        const pnr = actBy.deadlines.find((d) => d.kind === 'point_of_no_return');
        if (actBy.nextWindow !== null && pnr !== undefined)
          expect(actBy.nextWindow.date <= pnr.date, move.id).toBe(true);
        if (actBy.closed) expect(actBy.date).toBeNull();
      }
  });
});

describe('the plan', () => {
  it('reports a front that no subset of the moves dominates (brute force over every plan)', () => {
    for (const e of examples) {
      const { plan, run } = e;
      const byId = new Map(run.moves.map((m) => [m.id, m]));
      const moves = plan.considered.map((id) => byId.get(id)).filter((m) => m !== undefined);
      const space = planSpace(moves, plan.interactions, {
        horizonMonths: run.horizonMonths,
        discountRate: e.loaded.model.operator.discount_rate,
      });
      const points: (readonly number[])[] = [];
      for (let mask = 0; mask < 2 ** moves.length; mask++) {
        const design = space.decisions.map((d, i) => d.options[(mask >> i) & 1] as number);
        points.push(pointOf(space, design, ['cost', 'lockin']));
      }
      const total = moves.reduce((sum, m) => sum + Math.max(0, m.value.total), 0);
      for (const p of plan.front) {
        const front = [p.cost, total - p.value];
        const dominating = points.filter(
          (q) =>
            (q[0] as number) <= (front[0] as number) + 1e-6 &&
            (q[1] as number) <= (front[1] as number) + 1e-6 &&
            ((q[0] as number) < (front[0] as number) - 1e-6 ||
              (q[1] as number) < (front[1] as number) - 1e-6),
        );
        expect(dominating, `${e.name}: a plan dominates ${p.moves.join('+')}`).toEqual([]);
      }
    }
  });

  it('orders the recommended plan into a roadmap by start date', () => {
    for (const e of examples) {
      const roadmap = e.plan.recommended?.roadmap ?? [];
      const starts = roadmap.map((s) => s.start);
      expect(starts, e.name).toEqual([...starts].sort());
      for (const s of roadmap) expect(s.done >= s.start, s.move).toBe(true);
    }
  });
});

describe('what an MVNO strategist would expect', () => {
  it('tells the light MVNO on an enabler to create a real second-network option', () => {
    const { run, plan } = example('light-mvno');
    const host = run.moves.find((m) => m.kind === 'second-host-network');
    expect(host?.value.net).toBeGreaterThan(0);
    expect(plan.recommended?.moves).toContain(host?.id);
    const network = host?.deltas.layers.find((l) => l.layer === 'network_routes');
    expect(network?.control.after).toBeGreaterThan(network?.control.before ?? 0);
  });

  it('tells the light MVNO to secure data return before its host contract renews', () => {
    const { run, plan } = example('light-mvno');
    const data = run.moves.find(
      (m) =>
        m.kind === 'renewal-terms' &&
        m.patch.some((s) => s.path.at(-1) === 'data_return') &&
        m.value.net > 0,
    );
    expect(data).toBeDefined();
    expect(plan.recommended?.moves).toContain(data?.id);
    const notice = data?.actBy.deadlines.find((d) => d.kind === 'notice_deadline');
    expect(data?.actBy.date).not.toBeNull();
    expect((data?.actBy.date ?? '') <= (notice?.date ?? '')).toBe(true);
  });

  it('gives the full MVNO with a second host ready no host move worth more than its cost', () => {
    const { run, loaded } = example('full-mvno');
    const hosts = new Set(partyRolesOf(loaded.model).hosts.map((h) => h.id));
    const hostMoves = run.moves.filter(
      (m) =>
        m.kind === 'second-host-network' ||
        m.kind === 'own-imsi-range' ||
        (m.actsOn !== null && hosts.has(m.actsOn) && m.layers.includes('network_routes')),
    );
    for (const m of hostMoves) expect(m.value.net, m.id).toBeLessThanOrEqual(0);
  });

  it('gives the IoT operator with multi-IMSI and its own eIM no edge-control move worth its cost', () => {
    const { run } = example('global-iot');
    const edge = run.moves.filter((m) => m.layers.includes('edge_control'));
    for (const m of edge) expect(m.value.net, m.id).toBeLessThanOrEqual(0);
  });

  it('tells the branded reseller what the first rung, its own numbers and IMSIs, costs', () => {
    const { run } = example('branded-reseller');
    for (const kind of ['own-msisdn-range', 'own-imsi-range']) {
      const move = run.moves.find((m) => m.kind === kind);
      expect(move?.value.cost, kind).toBeGreaterThan(0);
      expect(move?.cost.explanation, kind).toMatch(/\d/);
    }
  });
});
