/**
 * The design space: decisions still open (or reopened to compare against the past), each with
 * the options on the table and what each option does to the objectives the optimiser weighs.
 * Pairwise interactions carry the effects that only appear when two options meet, which is
 * what a decision-by-decision assembly misses.
 */
import { z } from 'zod';
import { LAYERS } from '../layers.js';
import { OBJECTIVES } from '../objectives.js';
import {
  Fraction,
  Id,
  MAX_HORIZON_MONTHS,
  MAX_MONEY,
  Money,
  monthsUpTo,
  quantityUpTo,
  Ref,
  Text,
} from './primitives.js';

export { OBJECTIVES, type Objective } from '../objectives.js';

/**
 * Size bounds of a design space. The exact fronts have their own time limits, but compiling
 * the space, checking its links and the step-by-step assembly are linear in these, so they
 * keep that part bounded too: far more than any operator's open decisions.
 */
export const MAX_DESIGN_DECISIONS = 500;
export const MAX_OPTIONS_PER_DECISION = 200;
export const MAX_INTERACTIONS = 20_000;

/** An effect of an option or a pair: within ± the money bound, so every sum stays finite. */
const SignedAmount = z
  .number({ error: 'expected a number (negative for a saving or synergy)' })
  .refine(Number.isFinite, { error: 'expected a finite number' })
  .min(-MAX_MONEY, { error: 'expected a number of at least −1e15 (the bound on amounts of money)' })
  .max(MAX_MONEY, { error: 'expected a number of at most 1e15 (the bound on amounts of money)' });

const ControlContribution = z.partialRecord(z.enum(LAYERS), SignedAmount).meta({
  description:
    'Points the option adds to (or, negative, takes from) each layer control index, 0–100 scale.',
});

const OptionSchema = z.strictObject({
  id: Id.meta({ description: 'Option id, unique across the whole design space.' }),
  name: Text.optional(),
  upfront: Money.optional().meta({ description: 'One-off cost to put the option in place.' }),
  monthly: Money.optional().meta({ description: 'Recurring cost per month once in service.' }),
  launch_months: quantityUpTo(MAX_HORIZON_MONTHS, '50 years, the longest horizon').optional().meta({
    description:
      'Months from go-ahead until the option is ready; the launch waits for the slowest choice.',
  }),
  exit_cost: Money.optional().meta({ description: 'What leaving the option costs at launch.' }),
  exit_cost_growth: Money.optional().meta({
    description: 'How much the exit cost grows per month in service (data, integrations, SIMs).',
  }),
  service_loss: Fraction.optional().meta({
    description: 'Yearly probability that this option alone takes the service down.',
  }),
  exposure: quantityUpTo(1e6, 'a million exposure points').optional().meta({
    description:
      'Security exposure points: parties reaching keys or subscriber data, open interfaces.',
  }),
  control: ControlContribution.optional(),
  requires: z
    .array(Ref('an option of another decision'))
    .optional()
    .meta({ description: 'Options that must also be chosen when this one is.' }),
  excludes: z
    .array(Ref('an option of another decision'))
    .optional()
    .meta({ description: 'Options that cannot be chosen together with this one.' }),
  notes: Text.optional(),
});

const DecisionSchema = z.strictObject({
  id: Id,
  name: Text.optional(),
  criteria: z.array(z.enum(OBJECTIVES)).min(1).optional().meta({
    description:
      'How this decision is taken when assembled step by step, first criterion first. Default: time_to_launch, then cost.',
  }),
  options: z
    .array(OptionSchema)
    .min(1, { error: 'a decision needs at least one option' })
    .max(MAX_OPTIONS_PER_DECISION, {
      error: `a decision has at most ${MAX_OPTIONS_PER_DECISION} options (bounds the search)`,
    })
    .meta({ description: 'The options on the table; exactly one is chosen.' }),
  notes: Text.optional(),
});

const InteractionEffectsSchema = z
  .strictObject({
    upfront: SignedAmount.optional(),
    monthly: SignedAmount.optional(),
    launch_months: SignedAmount.optional().meta({
      description: 'Months added to the launch (integration work between the two).',
    }),
    exit_cost: SignedAmount.optional(),
    exit_cost_growth: SignedAmount.optional(),
    service_loss: z.number().min(-1).max(1).optional().meta({
      description: 'Change in yearly probability of service loss (shared failure modes).',
    }),
    exposure: SignedAmount.optional(),
    control: ControlContribution.optional(),
  })
  .meta({ description: 'What the pair adds on top of its two options (negative: a synergy).' });

const InteractionSchema = z.strictObject({
  id: Id.optional(),
  options: z
    .tuple([Ref('an option'), Ref('an option of a different decision')])
    .meta({ description: 'The two options, of different decisions, whose meeting has effects.' }),
  effects: InteractionEffectsSchema,
  reason: Text.optional(),
});

export const DesignSpaceSchema = z
  .strictObject({
    horizon_months: monthsUpTo(MAX_HORIZON_MONTHS, '50 years, the longest horizon')
      .min(1)
      .optional()
      .meta({
        description:
          "Months over which costs are discounted to a net present value. Default: the operator's horizon_months.",
      }),
    resolution: z
      .partialRecord(
        z.enum(OBJECTIVES),
        z
          .number()
          .positive({ error: 'expected a resolution above 0' })
          .max(MAX_MONEY, { error: 'expected a resolution of at most 1e15' }),
      )
      .optional()
      .meta({
        description:
          'The smallest difference that makes two designs different points, per objective (defaults: 1 currency unit for cost and lock-in, 0.01 month, 1e-7 hazard, 0.01 exposure or control point). A coarser money resolution gives a smaller front, faster.',
      }),
    lockin_at_month: monthsUpTo(MAX_HORIZON_MONTHS, '50 years, the longest horizon')
      .optional()
      .meta({
        description: 'Month after launch at which lock-in (exit cost) is measured. Default 36.',
      }),
    decisions: z
      .array(DecisionSchema)
      .min(1, { error: 'a design space needs at least one decision' })
      .max(MAX_DESIGN_DECISIONS, {
        error: `a design space has at most ${MAX_DESIGN_DECISIONS} decisions (bounds the search)`,
      })
      .meta({ description: 'Open decisions, in the order they would be taken one by one.' }),
    interactions: z
      .array(InteractionSchema)
      .max(MAX_INTERACTIONS, {
        error: `a design space has at most ${MAX_INTERACTIONS} interactions (bounds the search)`,
      })
      .optional()
      .meta({
        description: 'Effects that appear only when two options of different decisions meet.',
      }),
  })
  .meta({
    description:
      'Open decisions with their options and interactions, for `mvnoscope optimize` to search.',
  });

export type DesignSpace = z.output<typeof DesignSpaceSchema>;
export type DesignDecision = DesignSpace['decisions'][number];
export type DesignOption = DesignDecision['options'][number];
export type DesignInteraction = NonNullable<DesignSpace['interactions']>[number];
export type InteractionEffects = DesignInteraction['effects'];
