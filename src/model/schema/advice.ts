import { z } from 'zod';
import { LAYERS } from '../layers.js';
import { Id, Money, Months, Ref, Text } from './primitives.js';

/**
 * The advisor's settings (src/advice): parameters of the built-in moves, moves to leave out,
 * and moves of the operator's own written as patches of this model. Every parameter has a
 * stated default with its reason (src/advice/parameters.ts); a value here overrides it.
 */

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
    parameters: z
      .record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.number().finite().min(0))
      .optional()
      .meta({
        description:
          'Values of the moves’ parameters (see docs/moves): standby_host_monthly_fee, hss_one_off …',
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
