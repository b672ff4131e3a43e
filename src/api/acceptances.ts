/**
 * Accepting a finding over the API: the request that writes an accepted risk (a `suppressions`
 * entry: the finding, a reason, an owner, an expiry date) into a version's model text and saves
 * the result as a new version. The answer is the new version's document (src/api/versions.ts),
 * whose `acceptedRisks` hold the new entry.
 *
 * The schema bounds what it can see by itself (lengths, the date's form); the bounds that need
 * a clock (the expiry after today and at most MAX_ACCEPTANCE_YEARS ahead) are the server's,
 * stated here so the web app's form and the server say the same thing.
 */
import { z } from '@hono/zod-openapi';
import { hasControlCharacters } from '../text/control-characters.js';

/** Longest reason: a few sentences, enough for a risk register's "why we live with it". */
export const MAX_ACCEPTANCE_REASON_CHARS = 1000;

/** Longest owner: a person's name and role, or a team. */
export const MAX_ACCEPTANCE_OWNER_CHARS = 200;

/** An acceptance lapses at most this many years after the day it is made; it must be reviewed. */
export const MAX_ACCEPTANCE_YEARS = 3;

/** A finding's id as the analysis gives it: `<rule id>/<element ids joined by +>` (a lapse finding: `gov-acceptance-expired/<finding id>`). */
const FINDING_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\/[A-Za-z0-9_.+/-]{1,900}$/;

/** One line a person wrote: no control characters, not blank. */
const Line = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `say ${what}` })
    .max(max, { error: `${what} is limited to ${max} characters` })
    .refine((text) => !hasControlCharacters(text), {
      error: `${what} is one line with no control characters`,
    });

export const AcceptanceRequestSchema = z
  .object({
    finding: z.string().max(1000).regex(FINDING_ID, {
      error: 'expected a finding id as the analysis gives it, such as `sec-no-mfa/pennine-telecom`',
    }),
    reason: Line('why the risk is accepted', MAX_ACCEPTANCE_REASON_CHARS).openapi({
      description: 'Why the operator lives with the risk',
    }),
    owner: Line('who owns the accepted risk', MAX_ACCEPTANCE_OWNER_CHARS).openapi({
      description: 'The person (or team) who owns the accepted risk',
    }),
    expires: z.iso
      .date({ error: 'expected a date written YYYY-MM-DD, for example 2027-12-31' })
      .openapi({
        description: `The date the acceptance lapses: after today, at most ${MAX_ACCEPTANCE_YEARS} years ahead`,
        example: '2027-12-31',
      }),
  })
  .openapi('AcceptanceRequest');

export type AcceptanceRequest = z.infer<typeof AcceptanceRequestSchema>;
