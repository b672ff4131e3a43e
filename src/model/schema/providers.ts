import { z } from 'zod';
import { CapabilityRef, Fraction, Id, IsoDate, Jurisdiction, Ref, Text } from './primitives.js';

export const PROVIDER_KINDS = [
  'mno',
  'mvne',
  'mvna',
  'saas',
  'cloud',
  'data_centre',
  'ai_platform',
  'sim_vendor',
  'esim_platform',
  'core_vendor',
  'bss_vendor',
  'ipx',
  'carrier',
  'bpo',
  'payment',
  'retailer',
  'in_house',
  'other',
] as const;

export const ARRANGEMENTS = ['service', 'managed'] as const;

export const SupplySchema = z.strictObject({
  capability: CapabilityRef(),
  share: Fraction.optional().meta({
    description:
      'Share of this capability the provider carries (traffic or subscribers). Omitted: 100% for a sole supplier, else an equal split, stated in the output.',
  }),
  arrangement: z.enum(ARRANGEMENTS).optional().meta({
    description:
      "service: the provider's own shared product (default). managed: the provider runs it for the operator, who owns its configuration and data.",
  }),
  standby: z.boolean().optional().meta({
    description: 'A ready alternative that carries no traffic today (share 0) but can take over.',
  }),
});

/** A supplies entry may be just the capability id when nothing else needs saying. */
export const SupplyEntrySchema = z.union([CapabilityRef(), SupplySchema], {
  error:
    'expected a capability id or an object with `capability` (and optional share, arrangement, standby)',
});

export const ProviderSchema = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(PROVIDER_KINDS).meta({
    description:
      'in_house marks a function the operator runs itself (it can still be hosted elsewhere).',
  }),
  jurisdiction: Jurisdiction.optional(),
  group: Ref('an ownership group (see `groups`)').optional().meta({
    description:
      'Ownership group; providers of one group count as one dependency. Omitted: its own group.',
  }),
  hosted_on: z.array(Ref('a provider that hosts this one')).optional().meta({
    description: 'Providers this one runs on (fourth parties): a failure there is a failure here.',
  }),
  subcontractor_of: Ref('the provider that engages this one').optional().meta({
    description:
      "A fourth party: engaged by that provider, with no contract with the operator. What it supplies, it supplies on that provider's behalf.",
  }),
  supplies: z.array(SupplyEntrySchema).optional().meta({
    description:
      'Capabilities this provider supplies: an id, or a mapping with share, arrangement and standby.',
  }),
  availability: Fraction.optional().meta({
    description:
      'Probability the provider is up at a random moment (0.999 = three nines). Default stated in the output.',
  }),
  high_risk: z.boolean().optional().meta({
    description: 'Designated high-risk supplier (EU 5G Toolbox SM03).',
  }),
  management_access: z.boolean().optional().meta({
    description: "Has privileged management access to the operator's systems.",
  }),
  last_assessed: IsoDate.optional().meta({
    description: 'Date of the last supplier security assessment (NIS2 Art. 21(3)).',
  }),
  notes: Text.optional(),
});
