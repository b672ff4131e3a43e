/**
 * Optionality and leverage: what the option to switch each dependency is worth (a real
 * option on a binomial lattice), and what a credible alternative does to the price the
 * operator can bargain for with each supplier.
 */
import type { ParameterName } from '../../economics/parameters.js';
import { money } from '../../text/index.js';
import { type OptionBar, optionChart } from '../charts/option-chart.js';
import type { Figure, Section } from './document.js';
import { modelNames } from './model-names.js';
import type { ReportInputs } from './report-inputs.js';
import { horizonAndRate, parameters } from './stated-assumptions.js';

const OPTION_PARAMETERS: readonly ParameterName[] = ['price_volatility', 'alternative_price_gap'];
const BARGAINING_PARAMETERS: readonly ParameterName[] = [
  'bargaining_power',
  'supplier_margin',
  'alternative_price_gap',
];

export function leverageSection(inputs: ReportInputs): Section {
  const { model } = inputs.loaded;
  const { lockin } = inputs.assessment;
  const currency = model.operator.currency;
  const priced = lockin.dependencies.filter((d) => d.option !== null);
  const nameOf = modelNames(model);
  const bars: OptionBar[] = priced.flatMap((d) => [
    { dependency: nameOf(d.provider), measure: 'option value', amount: d.option?.value ?? 0 },
    { dependency: nameOf(d.provider), measure: 'exit cost today', amount: d.today.cost },
  ]);
  const options: Figure = {
    kind: 'figure',
    id: 'option-values',
    title: 'The option to switch: its value beside the cost of exercising it today',
    body: {
      kind: 'chart',
      spec: optionChart(bars, currency),
      table: {
        columns: [
          { title: 'dependency', align: 'left' },
          { title: 'spend over the horizon (PV)', align: 'right' },
          { title: 'alternative + exit (strike)', align: 'right' },
          { title: 'option value', align: 'right' },
          { title: 'exit cost today', align: 'right' },
        ],
        rows: priced.map((d) => [
          nameOf(d.provider),
          money(d.option?.spendValue ?? 0, currency),
          money(d.option?.strike ?? 0, currency),
          money(d.option?.value ?? 0, currency),
          money(d.today.cost, currency),
        ]),
      },
    },
    assumptions: [
      'The right, at the start of any month of the horizon, to pay that month’s exit cost and, once the exit time has run, buy at the alternative’s price instead of the incumbent’s (an option to switch inputs), priced on a Cox–Ross–Rubinstein lattice with one step a month; the exit cost and time follow the exit curve, so a dearer or slower exit is worth less (docs/lockin.md).',
      horizonAndRate(model.operator),
      ...parameters(lockin.parameters, OPTION_PARAMETERS, currency),
      'Dependencies with no spend carry no option and are left out.',
    ],
  };
  const negotiated = lockin.dependencies.filter((d) => d.leverage !== null);
  const leverage: Figure = {
    kind: 'figure',
    id: 'leverage',
    title: 'Negotiating leverage: what a credible alternative does to each supplier’s price',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'supplier', align: 'left' },
          { title: 'pays a year', align: 'right' },
          { title: 'break-even price', align: 'right' },
          { title: 'price with no alternative', align: 'right' },
          { title: 'price with the alternative', align: 'right' },
          { title: 'leverage a year', align: 'right' },
          { title: 'why', align: 'left' },
        ],
        rows: negotiated.map((d) => [
          nameOf(d.provider),
          money(d.leverage?.currentPrice ?? 0, currency),
          money(d.leverage?.valueCarried ?? 0, currency),
          money(d.leverage?.priceWithout ?? 0, currency),
          money(d.leverage?.priceWith ?? 0, currency),
          money(d.leverage?.valuePerYear ?? 0, currency),
          d.leverage?.explanation ?? '',
        ]),
      },
    },
    assumptions: [
      'Nash bargaining over each supplier’s yearly price on the contribution its share carries (a host’s whole share; any other supplier at most what replacing it at market would cost): the break-even price. A credible alternative enters as the operator’s outside option (the outside-option principle) and binds only when better than what bargaining gives anyway (docs/lockin.md).',
      'An alternative is credible only where another supplier could carry the traffic: for a host, SIMs that can attach to another host group or a signed contract with one; otherwise a second supplier of everything critical it carries. Its price comes from that supplier’s contract where it prices the same units, else today’s price less the price gap; today’s exit cost is spread over the horizon.',
      ...parameters(lockin.parameters, BARGAINING_PARAMETERS, currency),
    ],
  };
  const worth = negotiated.filter((d) => (d.leverage?.valuePerYear ?? 0) > 0);
  return {
    id: 'leverage',
    title: 'Option values and leverage',
    blocks: [
      {
        kind: 'paragraph',
        text:
          worth.length === 0
            ? 'No supplier with spend faces a credible alternative that moves its price: the operator has no leverage to bargain with.'
            : `A credible alternative is worth ${worth.map((d) => `${money(d.leverage?.valuePerYear ?? 0, currency)} a year with ${nameOf(d.provider)}`).join('; ')}.`,
      },
      options,
      leverage,
    ],
  };
}
