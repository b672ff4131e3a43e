/**
 * A second supplier, held on standby, for a critical capability that one outside supplier
 * carries alone: charging, billing, subscriber data, payments.
 */

import type { PROVIDER_KINDS } from '../../model/schema/providers.js';
import { money } from '../../text/money.js';
import type { MoveKind, Proposal } from '../move.js';
import { addStandbySupplier, freshId } from './standby-supplier.js';

const ID = 'dual-source';

/** The capabilities the move second-sources, and the kind of supplier that offers each. */
const SECOND_SOURCED: Readonly<Record<string, (typeof PROVIDER_KINDS)[number]>> = {
  charging: 'bss_vendor',
  billing: 'bss_vendor',
  subscriber_data: 'core_vendor',
  payments: 'payment',
};

export const dualSource: MoveKind = {
  meta: {
    id: ID,
    title: 'Second-source a critical capability held by one supplier',
    layers: ['cost_structure', 'capital_coordination'],
    rationale:
      'A critical capability with one supplier is a single point of failure and a price the supplier sets; a warm second source caps both.',
    references: [
      'mvno-domain.md §3 (the stack’s components), §2.3 (supplier concentration)',
      'NIS2 Art. 21(2)(d) (supply-chain security); EBA outsourcing guidelines §13 (exit strategies)',
    ],
    appliesWhen:
      'a critical capability among charging, billing, subscriber data and payments has exactly one supplier, that supplier is neither the operator nor a host network, and no standby supplier exists',
    changes:
      'adds a standby supplier of the capability, run for the operator (managed), with its contract and fee',
    prerequisites: [],
    parameters: ['dual_source_person_days', 'dual_source_monthly_fee', 'dual_source_months'],
  },
  propose({ model, declared, roles, parameters: p, economics }) {
    const hosts = new Set(roles.hosts.map((h) => h.id));
    const currency = model.operator.currency;
    const proposals: Proposal[] = [];
    for (const capability of model.capabilities) {
      const kind = SECOND_SOURCED[capability.id];
      if (kind === undefined || !capability.critical) continue;
      const suppliers = model.providers.filter((q) =>
        q.supplies.some((s) => s.capability === capability.id && (s.share > 0 || s.standby)),
      );
      const sole = suppliers[0];
      if (suppliers.length !== 1 || sole === undefined) continue;
      if (roles.isOperatorSide(sole.id) || hosts.has(sole.id)) continue;
      const id = freshId(declared, `${capability.id.replaceAll('_', '-')}-second-source`);
      const oneOff = p.dual_source_person_days * economics.integration_day_rate;
      proposals.push({
        id: `${ID}/${capability.id}`,
        kind: ID,
        title: `Hold a second source of ${capability.name.toLowerCase()} on standby`,
        layers: dualSource.meta.layers,
        actsOn: sole.id,
        reason: `${sole.id} is the only supplier of ${capability.id}`,
        patch: addStandbySupplier(
          declared,
          {
            id,
            name: `Second source of ${capability.name.toLowerCase()} (to be contracted)`,
            kind,
            supplies: [{ capability: capability.id, standby: true, arrangement: 'managed' }],
            monthlyFee: p.dual_source_monthly_fee,
            availability: sole.availability,
            notes: 'Written by mvnoscope advise: a warm standby, run for the operator.',
          },
          p.dual_source_months,
        ),
        cost: {
          oneOff,
          monthly: p.dual_source_monthly_fee,
          months: p.dual_source_months,
          explanation: `${p.dual_source_person_days} person-days (dual_source_person_days) × ${money(economics.integration_day_rate, currency)} (integration_day_rate); ${money(p.dual_source_monthly_fee, currency)} a month (dual_source_monthly_fee); ${p.dual_source_months} months (dual_source_months)`,
        },
      });
    }
    return proposals;
  },
};
