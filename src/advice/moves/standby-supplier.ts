/**
 * What several moves add to a model: a new supplier held on standby (or run for the operator),
 * with its contract and its cost line, so the re-assessed model carries the fee in its margin
 * and the contract in its calendar. The contract starts when the move is done.
 */
import { addMonths } from '../../model/calendar.js';
import type { StackModel } from '../../model/schema/model.js';
import type { PROVIDER_KINDS } from '../../model/schema/providers.js';
import type { PatchOp } from '../patch.js';

export interface StandbySupplier {
  readonly id: string;
  readonly name: string;
  readonly kind: (typeof PROVIDER_KINDS)[number];
  readonly supplies: readonly {
    readonly capability: string;
    readonly standby?: boolean;
    readonly arrangement?: 'managed';
  }[];
  readonly monthlyFee: number;
  /**
   * The availability of the supplier it stands beside: a like-for-like second source, so the
   * move is judged on its structure, not on a default availability below the incumbent's.
   */
  readonly availability?: number;
  readonly notes: string;
}

/** An id not yet used by any element of the model: the base, else base-2, base-3 … */
export function freshId(declared: StackModel, base: string): string {
  const used = usedIds(declared);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

function usedIds(declared: StackModel): Set<string> {
  const ids = new Set<string>([declared.operator.id]);
  const lists = [
    declared.providers,
    declared.contracts,
    declared.costs,
    declared.groups,
    declared.integrations,
    declared.data,
    declared.sims,
    declared.intelligence,
    declared.decisions,
  ];
  for (const list of lists) for (const item of list ?? []) ids.add(item.id);
  return ids;
}

/** The steps adding the supplier, a contract with it from `doneMonth`, and its fee as a cost line. */
export function addStandbySupplier(
  declared: StackModel,
  supplier: StandbySupplier,
  doneMonth: number,
): PatchOp[] {
  const contractId = freshId(declared, `${supplier.id}-agreement`);
  const costId = freshId(declared, `${supplier.id}-fee`);
  const supplies = supplier.supplies.map((s) =>
    s.standby === true
      ? { capability: s.capability, share: 0, standby: true, ...arrangement(s) }
      : s.arrangement === undefined
        ? s.capability
        : { capability: s.capability, arrangement: s.arrangement },
  );
  return [
    {
      op: 'append',
      path: ['providers'],
      value: {
        id: supplier.id,
        name: supplier.name,
        kind: supplier.kind,
        jurisdiction: declared.operator.country,
        ...(supplier.availability === undefined ? {} : { availability: supplier.availability }),
        supplies,
        notes: supplier.notes,
      },
    },
    {
      op: 'append',
      path: ['contracts'],
      value: {
        id: contractId,
        provider: supplier.id,
        start: addMonths(declared.operator.as_of, doneMonth),
        term_months: 24,
        notice_months: 3,
        auto_renewal: true,
        renewal_term_months: 12,
        exit_fee: 0,
        minimum_commitment_per_month: supplier.monthlyFee,
        exclusive: false,
        price_model: 'flat_fee',
        unit_prices: { monthly_fee: supplier.monthlyFee },
        price_review: 'annual_review',
        data_return: true,
        data_return_days: 30,
        security_requirements: true,
        shared_responsibility: true,
        incident_notice_hours: 24,
        exit_assistance_months: 3,
        notes: 'Written by mvnoscope advise: terms to negotiate, not yet signed.',
      },
    },
    {
      op: 'append',
      path: ['costs'],
      value: {
        id: costId,
        name: `${supplier.name}: standing fee`,
        provider: supplier.id,
        driver: 'other',
        basis: 'fixed',
        monthly_amount: supplier.monthlyFee,
      },
    },
  ];
}

function arrangement(s: StandbySupplier['supplies'][number]) {
  return s.arrangement === undefined ? {} : { arrangement: s.arrangement };
}
