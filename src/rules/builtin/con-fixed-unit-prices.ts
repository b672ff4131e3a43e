import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Contract } from '../../model/schema/model.js';
import { withArticle } from '../indefinite-article.js';
import type { Rule } from '../rule.js';

/** Two years: retail prices per GB have moved materially within this span, so fixed rates go stale. */
const MAX_FIXED_TERM_MONTHS = 24;

/** A flat monthly fee is a capacity price, not a per-unit rate the market reprices. */
const NOT_UNIT_PRICES: ReadonlySet<string> = new Set(['monthly_fee']);

/** Per-unit prices fixed for a long term, with no review. */
export const conFixedUnitPrices: Rule = {
  meta: {
    id: 'con-fixed-unit-prices',
    title: 'Unit prices fixed for more than two years',
    category: 'contracts',
    layers: ['cost_structure'],
    severity: 'medium',
    rationale:
      'Unit wholesale prices (per GB, minute, SMS) go stale within months as retail prices move. Fixed for a long term with no review, they leave the operator paying yesterday’s rate while competitors renegotiate, or, if prices rise, leave the supplier looking for a way out.',
    references: [
      'mvno-domain.md §3.3 (DLA Piper: unit wholesale pricing can go stale within months as retail prices move)',
      'mvno-domain.md §6.1 (wholesale price levels and their movement)',
    ],
    detects: `A contract with price_review fixed, per-unit prices in unit_prices (a monthly fee alone does not count) and an initial term over ${MAX_FIXED_TERM_MONTHS} months.`,
    recommendation:
      'Negotiate an annual review or a benchmark clause (prices reset to a market index or to the best rate given to a comparable customer), or move to revenue share where unit rates would otherwise have to be renegotiated.',
  },
  check({ model, indexOf }) {
    return (model.contracts ?? []).flatMap((c) => {
      const units = unitPrices(c);
      if (c.price_review !== 'fixed' || units.length === 0) return [];
      if (c.term_months <= MAX_FIXED_TERM_MONTHS) return [];
      const index = indexOf('contracts', c.id);
      return [
        {
          elements: [c.id],
          message: `contract ${c.id} with ${c.provider} fixes ${units.join(', ')} for ${withArticle(`${c.term_months}-month term`)} with no price review`,
          evidence: [
            ['contracts', index, 'price_review'],
            ['contracts', index, 'unit_prices'],
            ['contracts', index, 'term_months'],
          ] satisfies ModelPath[],
        },
      ];
    });
  },
};

function unitPrices(contract: Contract): string[] {
  return Object.entries(contract.unit_prices ?? {})
    .filter(([name, value]) => value !== undefined && !NOT_UNIT_PRICES.has(name))
    .map(([name]) => name);
}
