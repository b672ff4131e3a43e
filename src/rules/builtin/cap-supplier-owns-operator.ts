import type { ModelPath } from '../../model/load/diagnostic.js';
import { percent } from '../../text/percent.js';
import type { Rule, RuleContext } from '../rule.js';

/** 20% of the voting power is where accounting presumes significant influence (IAS 28 §5). */
const SIGNIFICANT_INFLUENCE = 0.2;
/** Above half, the supplier controls the operator outright. */
const CONTROL = 0.5;

interface Holding {
  readonly group: string;
  readonly stake: number;
  /** A seat on the operator's board is significant influence at any stake (IAS 28 §6(a)). */
  readonly boardSeat: boolean;
  readonly paths: readonly ModelPath[];
}

/** A group that supplies the operator also owns a significant stake in it. */
export const capSupplierOwnsOperator: Rule = {
  meta: {
    id: 'cap-supplier-owns-operator',
    title: 'A supplier group holds a significant stake in the operator',
    category: 'capital_coordination',
    layers: ['capital_coordination'],
    severity: 'medium',
    rationale:
      'A supplier with a seat at the owners’ table sees the operator’s plans, can block a move to a competitor and sets its own prices from both sides of the deal. Capital and supply then pull in one direction: towards the supplier.',
    references: [
      'DESIGN.md §2 (capital & coordination: investors and strategic partners, their stakes in other layers)',
      'mvno-domain.md §7 F3 (operator–retailer joint venture: owners that are also host and distributor)',
      'mvno-domain.md §2.7 (Mint/Ultra: the host bought the MVNO and its enabler)',
      'IAS 28 §5 (significant influence presumed at 20% of the voting power), §6(a) (board representation)',
    ],
    detects: `An ownership group that supplies the operator (a provider of that group, not the operator's own functions) and holds at least ${percent(SIGNIFICANT_INFLUENCE)} of it, or any stake with a board seat, through operator.owners or capital.investors[].group. The same holding is often written both ways; the larger of the two is taken. The operator's own group (operator.group) is left out. High above ${percent(CONTROL)}.`,
    recommendation:
      'Keep supply terms at arm’s length: benchmark the supplier’s prices against the market, exclude its board members from decisions about its contracts, and make sure a change of supplier does not need its consent as a shareholder.',
  },
  check(context) {
    const { model, roles, indexOf } = context;
    const suppliers = new Map<string, string[]>();
    for (const p of model.providers) {
      if (roles.isOperatorSide(p.id) || p.group === model.operator.group) continue;
      const group = suppliers.get(p.group);
      if (group === undefined) suppliers.set(p.group, [p.id]);
      else group.push(p.id);
    }
    return holdings(context)
      .filter((h) => (h.stake >= SIGNIFICANT_INFLUENCE || h.boardSeat) && suppliers.has(h.group))
      .map((h) => {
        const providers = suppliers.get(h.group) ?? [];
        return {
          elements: [h.group],
          message: `${h.group} ${h.stake > 0 ? `owns ${percent(h.stake)} of ${model.operator.id}${h.boardSeat ? ' with a board seat' : ''}` : `holds a seat on the board of ${model.operator.id}`} and supplies it through ${providers.join(', ')}`,
          evidence: [
            ...h.paths,
            ...providers.map((id): ModelPath => ['providers', indexOf('providers', id)]),
          ],
          severity: h.stake > CONTROL ? ('high' as const) : undefined,
        };
      });
  },
};

/**
 * Each group's holding: the larger of its stake in operator.owners and the sum of its investors'
 * stakes (the same holding is often written both ways), with a board seat from either.
 */
function holdings({ model }: RuleContext): Holding[] {
  const owners = (model.operator.owners ?? []).map(
    (owner, i): Holding => ({
      group: owner.group,
      stake: owner.stake,
      boardSeat: false,
      paths: [['operator', 'owners', i, 'stake']],
    }),
  );
  const investors = (model.capital?.investors ?? []).flatMap((investor, i): Holding[] =>
    investor.group === undefined
      ? []
      : [
          {
            group: investor.group,
            stake: investor.stake ?? 0,
            boardSeat: investor.board_seat === true,
            paths: [
              investor.stake === undefined
                ? ['capital', 'investors', i]
                : ['capital', 'investors', i, 'stake'],
            ],
          },
        ],
  );
  const owned = sumByGroup(owners);
  const invested = sumByGroup(investors);
  return [...new Set([...owned.keys(), ...invested.keys()])].flatMap((group) => {
    const [larger, smaller] = [owned.get(group), invested.get(group)]
      .filter((h): h is Holding => h !== undefined)
      .sort((a, b) => b.stake - a.stake);
    if (larger === undefined) return [];
    return [{ ...larger, boardSeat: larger.boardSeat || smaller?.boardSeat === true }];
  });
}

function sumByGroup(list: readonly Holding[]): Map<string, Holding> {
  const byGroup = new Map<string, Holding>();
  for (const h of list) {
    const previous = byGroup.get(h.group);
    byGroup.set(h.group, {
      group: h.group,
      stake: (previous?.stake ?? 0) + h.stake,
      boardSeat: previous?.boardSeat === true || h.boardSeat,
      paths: [...(previous?.paths ?? []), ...h.paths],
    });
  }
  return byGroup;
}
