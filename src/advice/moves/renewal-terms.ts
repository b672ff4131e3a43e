/**
 * Better terms at the next renewal of a contract with an outside dependency: no exclusivity,
 * data returned at exit, models exportable from AI platforms, a short notice. Negotiated
 * before the notice deadline, paid for with a concession on the contract's spend.
 */
import { money } from '../../text/money.js';
import { percent } from '../../text/percent.js';
import type { MoveContext, MoveKind, Proposal } from '../move.js';
import type { PatchOp } from '../patch.js';

const ID = 'renewal-terms';

export const renewalTerms: MoveKind = {
  meta: {
    id: ID,
    title: 'Renegotiate exit terms before the next renewal',
    layers: ['network_routes', 'capital_coordination'],
    rationale:
      'Exclusivity, long notice and no data return are what turn a supplier into a lock-in; they are cheapest to change while the operator can still decline to renew.',
    references: [
      'mvno-domain.md §2.3 (contract terms that bind), §2.5 (data return)',
      'EU Data Act Art. 23–31 (switching between data processing services); EBA outsourcing guidelines §13 (exit)',
    ],
    appliesWhen:
      'a renewing contract with a provider the operator depends on is exclusive, has no data-return clause, has an AI platform without model export, or asks more notice than renewal_notice_months',
    changes:
      'the contract loses its exclusivity, gains data return within renewal_data_return_days (and model export for AI platforms), and its notice shortens to renewal_notice_months',
    prerequisites: [],
    parameters: [
      'renewal_concession',
      'renewal_negotiation_one_off',
      'renewal_negotiation_months',
      'renewal_notice_months',
      'renewal_data_return_days',
    ],
  },
  propose(context) {
    const contracts = context.declared.contracts ?? [];
    return contracts.flatMap((contract, index) => proposalsFor(context, contract, index));
  },
};

type Contract = NonNullable<MoveContext['declared']['contracts']>[number];

/**
 * Up to two proposals per contract, because suppliers price them differently: exit clauses
 * (data return, model export), which regulation increasingly makes standard and which cost
 * the negotiation only; and commercial terms (exclusivity, notice), which protect the
 * supplier's revenue and are paid for with a concession on the spend.
 */
function proposalsFor(context: MoveContext, contract: Contract, index: number): Proposal[] {
  const { parameters: p, roles, lockin } = context;
  const dependency = lockin.get(contract.provider);
  if (dependency === undefined || contract.auto_renewal !== true) return [];
  const provider = roles.byId.get(contract.provider);
  const ai =
    provider?.kind === 'ai_platform' ||
    provider?.supplies.some((s) => s.capability === 'analytics_ai') === true;
  const path = (field: string) => ['contracts', index, field];
  const clauses: Terms = { steps: [], changes: [] };
  if (contract.data_return !== true) {
    clauses.steps.push({ op: 'set', path: path('data_return'), value: true });
    clauses.steps.push({
      op: 'set',
      path: path('data_return_days'),
      value: p.renewal_data_return_days,
    });
    clauses.changes.push(`data returned within ${p.renewal_data_return_days} days`);
  }
  if (ai && contract.model_export !== true) {
    clauses.steps.push({ op: 'set', path: path('model_export'), value: true });
    clauses.changes.push('models exportable');
  }
  const commercial: Terms = { steps: [], changes: [] };
  if (contract.exclusive === true) {
    commercial.steps.push({ op: 'set', path: path('exclusive'), value: false });
    commercial.changes.push('no exclusivity');
  }
  if ((contract.notice_months ?? 0) > p.renewal_notice_months) {
    commercial.steps.push({
      op: 'set',
      path: path('notice_months'),
      value: p.renewal_notice_months,
    });
    commercial.changes.push(
      `notice cut from ${contract.notice_months} to ${p.renewal_notice_months} months`,
    );
  }
  const proposals: Proposal[] = [];
  if (clauses.steps.length > 0)
    proposals.push(proposal(context, contract, 'exit-clauses', clauses, 0));
  if (commercial.steps.length > 0)
    proposals.push(
      proposal(
        context,
        contract,
        'commercial',
        commercial,
        dependency.monthlySpend * p.renewal_concession,
      ),
    );
  return proposals;
}

interface Terms {
  readonly steps: PatchOp[];
  readonly changes: string[];
}

function proposal(
  context: MoveContext,
  contract: Contract,
  part: 'exit-clauses' | 'commercial',
  terms: Terms,
  concession: number,
): Proposal {
  const { parameters: p, model, lockin } = context;
  const currency = model.operator.currency;
  const spend = lockin.get(contract.provider)?.monthlySpend ?? 0;
  const concessionText =
    concession === 0
      ? 'no concession asked for exit clauses'
      : `a concession of ${percent(p.renewal_concession)} (renewal_concession) on ${money(spend, currency)} a month of spend = ${money(concession, currency)} a month`;
  return {
    id: `${ID}/${contract.id}/${part}`,
    kind: ID,
    title: `At ${contract.id}'s renewal: ${terms.changes.join(', ')}`,
    layers: renewalTerms.meta.layers,
    actsOn: contract.provider,
    contract: contract.id,
    reason: `${contract.id} renews automatically on terms that bind`,
    patch: terms.steps,
    cost: {
      oneOff: p.renewal_negotiation_one_off,
      monthly: concession,
      months: p.renewal_negotiation_months,
      explanation: `${money(p.renewal_negotiation_one_off, currency)} negotiation (renewal_negotiation_one_off); ${concessionText}; ${p.renewal_negotiation_months} months (renewal_negotiation_months)`,
    },
  };
}
