import { z } from 'zod';
import { Fraction, Money, Months, PersonDays, quantityUpTo } from './primitives.js';

/**
 * The assumptions the economics of lock-in rest on. Each has a stated default
 * (src/economics/parameters.ts); a model overrides any of them here, and the output says which
 * values were used and where each came from.
 */
export const EconomicsSchema = z
  .strictObject({
    sim_swap_cost: Money.optional().meta({
      description: 'Cost of replacing one SIM, when a SIM group gives none.',
    }),
    swap_attrition: Fraction.optional().meta({
      description:
        'Share of subscribers lost when each must swap a SIM or port a number to follow a host change.',
    }),
    customer_value_months: Months.optional().meta({
      description: 'Months of margin a lost subscriber would have brought.',
    }),
    porting_cost_per_number: Money.optional().meta({
      description: 'Cost of porting one number out of a sub-allocated range.',
    }),
    swap_campaign_months: Months.optional().meta({
      description: 'Months a SIM-swap or porting campaign takes.',
    }),
    integration_day_rate: Money.optional().meta({
      description: 'Cost of one person-day of integration work.',
    }),
    integration_team_size: quantityUpTo(
      100_000,
      'a hundred thousand people, more than the staff of the largest operators’ IT',
    )
      .optional()
      .meta({
        description: 'People re-building integrations in parallel.',
      }),
    integration_growth_per_year: Fraction.optional().meta({
      description: 'Yearly growth of the custom work embodied in integrations as they deepen.',
    }),
    model_rebuild_person_days: PersonDays.optional().meta({
      description:
        'Person-days to rebuild an AI model trained inside a vendor platform with no export.',
    }),
    history_person_days_per_month: PersonDays.optional().meta({
      description:
        "Person-days to re-collect one month of operating history a vendor's model learnt from, when neither the model nor its training data can be exported.",
    }),
    default_training_history_months: Months.optional().meta({
      description:
        'Months of history a model has learnt from when its use case states none and no contract dates its platform.',
    }),
    replatform_person_days_per_workload: PersonDays.optional().meta({
      description: "Person-days to move one of the operator's own workloads off a cloud.",
    }),
    replatform_person_days_per_integration: PersonDays.optional().meta({
      description: 'Person-days to re-point and re-test one integration of a moved workload.',
    }),
    data_recovery_person_days: PersonDays.optional().meta({
      description:
        'Person-days to recover a data class from a provider with no data-return clause.',
    }),
    reversibility_threshold_months: Months.optional().meta({
      description:
        'Months of projected operating margin that, with its cash, the operator can put towards an exit.',
    }),
    price_volatility: Fraction.optional().meta({
      description: "Yearly volatility of a dependency's price against its alternatives.",
    }),
    alternative_price_gap: Fraction.optional().meta({
      description: 'How much cheaper the best alternative supplier is.',
    }),
    bargaining_power: Fraction.optional().meta({
      description: "The operator's bargaining power β in negotiations with suppliers.",
    }),
    supplier_margin: Fraction.optional().meta({
      description: "A supplier's margin on what the operator pays it (its cost is the rest).",
    }),
  })
  .meta({
    description:
      'Parameters of the lock-in economics: exit costs, reversibility, option values, leverage.',
  });
