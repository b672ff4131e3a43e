import { z } from 'zod';
import { IsoDate, Text } from './primitives.js';

/**
 * An accepted risk: findings the operator has decided to live with, for a reason, owned by a
 * person, until a date. Accepted findings stay in the register (marked accepted, as risk
 * registers require) and stop failing `--fail-on`; past its expiry an acceptance lapses and
 * becomes a finding itself.
 */
export const SuppressionSchema = z.strictObject({
  finding: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9_.+/*-]+$/, {
      error: 'expected a finding id, a rule id, or a pattern with * such as `net-*`',
    })
    .meta({
      description:
        'A finding id (rule/elements), a rule id, or a pattern with * wildcards (`sec-*`, `con-no-data-return/*`).',
    }),
  reason: Text.min(1, { error: 'say why the risk is accepted' }),
  owner: Text.min(1, { error: 'name who owns the accepted risk' }),
  expires: IsoDate.meta({
    description:
      'The date the acceptance lapses; the finding then reopens, with a finding of its own.',
  }),
  accepted_on: IsoDate.optional(),
});

export const SuppressionsSchema = z.array(SuppressionSchema).meta({
  description:
    'Accepted risks: findings the operator lives with, each with a reason, an owner and an expiry date.',
});

/** A separate file of accepted risks (`--accept FILE`), in the same shape. */
export const SuppressionsFileSchema = z.strictObject({ suppressions: SuppressionsSchema });
