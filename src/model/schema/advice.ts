import { z } from 'zod';
import { LAYERS } from '../layers.js';
import { Id, Money, Months, Ref, Text } from './primitives.js';

/**
 * The advisor's settings (src/advice): parameters of the built-in moves, moves to leave out,
 * and moves of the operator's own written as patches of this model. Every parameter has a
 * stated default with its reason (src/advice/parameters.ts); a value here overrides it.
 */

/**
 * The parameters moves are costed from; their defaults and reasons are in
 * src/advice/parameters.ts, which must give one for every name here (its type says so).
 */
export const ADVICE_PARAMETERS = [
  'standby_host_monthly_fee',
  'host_integration_person_days',
  'multi_imsi_sim_cost',
  'second_host_months',
  'full_mvno_one_off',
  'hss_monthly_fee',
  'full_mvno_months',
  'esim_profile_cost',
  'profile_platform_one_off',
  'profile_platform_monthly_fee',
  'profile_platform_months',
  'msisdn_range_one_off',
  'msisdn_range_monthly_fee',
  'msisdn_range_months',
  'renewal_concession',
  'renewal_negotiation_one_off',
  'renewal_negotiation_months',
  'renewal_notice_months',
  'renewal_data_return_days',
  'in_house_ai_monthly',
  'in_house_ai_months',
  'dual_source_person_days',
  'dual_source_monthly_fee',
  'dual_source_months',
  'second_cloud_monthly',
  'second_cloud_months',
  'reserve_carry_rate',
  'reserve_raise_fee',
  'reserve_months',
] as const;
export type AdviceParameterName = (typeof ADVICE_PARAMETERS)[number];

/** The parameters that are shares of something (a spend, a reserve), from 0 to 1. */
const SHARES: ReadonlySet<string> = new Set([
  'renewal_concession',
  'reserve_carry_rate',
  'reserve_raise_fee',
]);

const ParameterValue = z
  .number({ error: 'expected a number' })
  .finite()
  .min(0, { error: 'a move parameter must not be negative' })
  // Bounded as money is: wide enough for any operator, small enough to stay exact.
  .max(1e12, { error: 'a move parameter is at most 1,000,000,000,000' });

/** One optional number per parameter name: an unknown name is refused with the nearest known one. */
const PARAMETER_SHAPE = Object.fromEntries(
  ADVICE_PARAMETERS.map((name) => [name, ParameterValue.optional()]),
) as Record<AdviceParameterName, z.ZodOptional<typeof ParameterValue>>;

function wholeMonthsAndShares(
  values: Partial<Record<string, number>>,
  context: z.RefinementCtx,
): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (name.endsWith('_months') && (!Number.isInteger(value) || value > 600))
      context.addIssue({
        code: 'custom',
        path: [name],
        message: `${name} is a whole number of months from 0 to 600, found ${value}`,
      });
    if (SHARES.has(name) && value > 1)
      context.addIssue({
        code: 'custom',
        path: [name],
        message: `${name} is a share from 0 to 1 (0.02 for 2%), found ${value}`,
      });
  }
}

/** A step of a patch: where in the model (a path of keys and list positions) and what to do there. */
const PatchPath = z
  .array(z.union([z.string().min(1), z.number().int().min(0)]))
  .min(1, { error: 'a patch path names at least one key, such as `contracts`' })
  .meta({
    description: 'Keys and list positions from the top of the model: [contracts, 0, exclusive].',
  });

export const PatchOpSchema = z.discriminatedUnion(
  'op',
  [
    z.strictObject({
      op: z.literal('set'),
      path: PatchPath,
      value: z.unknown().meta({ description: 'The value written at the path.' }),
    }),
    z.strictObject({
      op: z.literal('append'),
      path: PatchPath.meta({ description: 'A list (made when absent) the value is added to.' }),
      value: z.unknown(),
    }),
    z.strictObject({ op: z.literal('unset'), path: PatchPath }),
  ],
  { error: 'expected `op`: set, append or unset' },
);

const UserMoveSchema = z.strictObject({
  id: Id.meta({ description: 'The move id, shown as `own/<id>`.' }),
  title: Text,
  layers: z.array(z.enum(LAYERS)).min(1).optional(),
  acts_on: Ref('the provider whose dependency the move acts on').optional(),
  contract: Ref('the contract whose notice deadline the move must meet').optional(),
  one_off: Money.optional().meta({ description: 'One-off cost, paid when the move starts.' }),
  monthly: Money.optional().meta({ description: 'Recurring cost a month once the move is done.' }),
  months: Months.optional().meta({ description: 'Months from the start to the move being done.' }),
  patch: z
    .array(PatchOpSchema)
    .min(1, { error: 'a move changes the model: give at least one patch step' })
    .meta({ description: 'The model after the move, as steps applied to this model.' }),
  notes: Text.optional(),
});

export const AdviceSchema = z
  .strictObject({
    parameters: z.strictObject(PARAMETER_SHAPE).superRefine(wholeMonthsAndShares).optional().meta({
      description:
        'Values of the moves’ parameters, each with a stated default (docs/moves): standby_host_monthly_fee, full_mvno_one_off …',
    }),
    exclude: z
      .array(z.string().regex(/^[a-z0-9][a-z0-9/_.-]*$/))
      .optional()
      .meta({ description: 'Moves left out: a move kind (`own-msisdn-range`) or one move id.' }),
    moves: z.array(UserMoveSchema).optional().meta({
      description: "Moves of the operator's own, valued like the built-in ones.",
    }),
  })
  .meta({
    description: 'The advisor: parameters of its moves, moves left out, moves of your own.',
  });

export type PatchOp = z.output<typeof PatchOpSchema>;
export type UserMove = z.output<typeof UserMoveSchema>;
export type AdviceSettings = z.output<typeof AdviceSchema>;
