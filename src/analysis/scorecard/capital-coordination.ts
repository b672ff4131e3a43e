/**
 * Capital and coordination: whether capital, partners and intent are aligned — partner
 * concentration across layers, the contract calendar, runway, and how decisions were made
 * (DESIGN §2).
 */
import { monthsBetween } from '../../model/calendar.js';
import { ContractCalendar } from '../../model/contract-calendar.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import { percent } from '../../text/percent.js';
import type { ScoreContext } from './context.js';
import { type FactorInput, weightedShare } from './factor.js';

/** Two years of runway counts as full; decisions unreviewed for two years count as stale. */
const FULL_RUNWAY_MONTHS = 24;
const REVIEW_MONTHS = 24;
/** Renewals inside one six-month window crowd the negotiating calendar. */
const WINDOW_MONTHS = 6;

export function capitalCoordination(context: ScoreContext): {
  dependency: FactorInput[];
  control: FactorInput[];
} {
  const { model, roles, concentration } = context;
  const asOf = model.operator.as_of;
  const external = concentration.groups.filter(
    (g) => !g.providers.every((p) => roles.isOperatorSide(p)),
  );
  const reach = external[0];
  const providerIndex = new Map(model.providers.map((p, i) => [p.id, i]));
  const contracts = model.contracts ?? [];
  const exits = contracts
    .map((c) => new ContractCalendar(c, asOf).monthsToFreeExit())
    .sort((a, b) => a - b);
  let bunched = 0;
  for (let i = 0, j = 0; i < exits.length; i++) {
    while ((exits[i] ?? 0) - (exits[j] ?? 0) > WINDOW_MONTHS) j++;
    bunched = Math.max(bunched, i - j + 1);
  }
  const runway = runwayMonths(context);
  const supplierGroups = new Set(
    model.providers.filter((p) => !roles.isOperatorSide(p.id)).map((p) => p.group),
  );
  const supplierStake =
    (model.operator.owners ?? [])
      .filter((o) => supplierGroups.has(o.group))
      .reduce((s, o) => s + o.stake, 0) +
    (model.capital?.investors ?? [])
      .filter((i) => i.group !== undefined && supplierGroups.has(i.group))
      .reduce((s, i) => s + (i.stake ?? 0), 0);
  const decisions = model.decisions ?? [];
  const decisionPaths = decisions.map((_, i) => ['decisions', i] as ModelPath);
  const one = () => 1;
  const designed = weightedShare(
    decisions,
    one,
    (d) => (d.alternatives?.length ?? 0) > 0 && d.interactions_assessed === true,
  );
  const reviewed = weightedShare(
    decisions,
    one,
    (d) => monthsBetween(d.last_review ?? d.date, asOf) <= REVIEW_MONTHS,
  );
  const exitPlans = weightedShare(
    decisions,
    one,
    (d) => d.exit_plan !== undefined && d.exit_plan.trim() !== '',
  );

  return {
    dependency: [
      {
        id: 'group_reach',
        title: 'Layers one outside group controls',
        weight: 0.3,
        value: reach === undefined ? 0 : reach.layers.length / 5,
        explanation:
          reach === undefined
            ? 'no outside group controls a capability'
            : `${reach.group} controls ${reach.capabilities.length} capabilities across ${reach.layers.length} of 5 layers (${reach.layers.join(', ')})`,
        evidence: (reach?.providers ?? []).map(
          (p) => ['providers', providerIndex.get(p) ?? 0] as ModelPath,
        ),
      },
      {
        id: 'renewal_bunching',
        title: 'Contract exits bunched in one window',
        weight: 0.2,
        value: contracts.length < 2 ? null : bunched / contracts.length,
        explanation:
          contracts.length < 2
            ? 'fewer than two contracts in the model'
            : `${bunched} of ${contracts.length} contracts can next be ended within one ${WINDOW_MONTHS}-month window`,
        evidence: contracts.map((_, i) => ['contracts', i] as ModelPath),
      },
      {
        id: 'short_runway',
        title: 'Short funding runway',
        weight: 0.25,
        value: runway === null ? null : 1 - Math.min(1, runway / FULL_RUNWAY_MONTHS),
        explanation:
          runway === null
            ? 'no cash, burn or runway in the model'
            : `${Number.isFinite(runway) ? `${runway.toFixed(1)} months` : 'unlimited'} of runway; ${FULL_RUNWAY_MONTHS} or more counts as secure`,
        evidence: [['capital']],
      },
      {
        id: 'supplier_owned_capital',
        title: 'Ownership held by supplier groups',
        weight: 0.25,
        value: Math.min(1, supplierStake),
        explanation: `${percent(Math.min(1, supplierStake))} of the operator is owned by groups that also supply it`,
        evidence: [
          ['operator', 'owners'],
          ['capital', 'investors'],
        ],
      },
    ],
    control: [
      {
        id: 'designed_decisions',
        title: 'Decisions designed: alternatives weighed and interactions assessed',
        weight: 0.35,
        value: designed,
        explanation:
          designed === null
            ? 'no decision log in the model'
            : `${percent(designed)} of decisions weighed alternatives and assessed interactions`,
        evidence: decisionPaths,
      },
      {
        id: 'reviewed_decisions',
        title: `Decisions reviewed in the last ${REVIEW_MONTHS} months`,
        weight: 0.2,
        value: reviewed,
        explanation:
          reviewed === null
            ? 'no decision log in the model'
            : `${percent(reviewed)} of decisions were taken or reviewed in the last ${REVIEW_MONTHS} months`,
        evidence: decisionPaths,
      },
      {
        id: 'runway',
        title: 'Funding runway',
        weight: 0.25,
        value: runway === null ? null : Math.min(1, runway / FULL_RUNWAY_MONTHS),
        explanation:
          runway === null
            ? 'no cash, burn or runway in the model'
            : `${Number.isFinite(runway) ? `${runway.toFixed(1)} months` : 'unlimited'} of runway`,
        evidence: [['capital']],
      },
      {
        id: 'exit_plans',
        title: 'Decisions with an exit plan',
        weight: 0.2,
        value: exitPlans,
        explanation:
          exitPlans === null
            ? 'no decision log in the model'
            : `${percent(exitPlans)} of decisions say how they would be undone`,
        evidence: decisionPaths,
      },
    ],
  };
}

/** Runway as given, or cash ÷ monthly burn (unlimited with no burn); null when unknown. */
export function runwayMonths(context: ScoreContext): number | null {
  const capital = context.model.capital;
  if (capital?.runway_months !== undefined) return capital.runway_months;
  if (capital?.cash === undefined || capital.monthly_burn === undefined) return null;
  return capital.monthly_burn === 0
    ? Number.POSITIVE_INFINITY
    : capital.cash / capital.monthly_burn;
}
