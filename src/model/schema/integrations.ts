import { z } from 'zod';
import { CapabilityRef, Id, PersonDays, Ref, Text } from './primitives.js';

export const PROTOCOLS = [
  'diameter',
  'gtp',
  'ss7_map',
  'http2_sbi',
  'rest',
  'soap',
  'sftp',
  'smpp',
  'sip',
  'radius',
  'messaging_queue',
  'database',
  'es2plus',
  'other',
] as const;

export const AUTHENTICATIONS = [
  'mtls',
  'oauth2',
  'api_key',
  'ssh_key',
  'basic',
  'ip_allowlist',
  'none',
] as const;
export const ENCRYPTIONS = ['tls', 'ssh', 'ipsec', 'private_line', 'none'] as const;

export const IntegrationSchema = z.strictObject({
  id: Id,
  from: Ref('the operator or a provider at one end'),
  to: Ref('the operator or a provider at the other end'),
  capability: CapabilityRef('the capability this link serves').optional(),
  protocol: z.enum(PROTOCOLS),
  authentication: z.enum(AUTHENTICATIONS),
  encryption: z.enum(ENCRYPTIONS),
  internet_facing: z.boolean().meta({ description: 'Reachable from the public internet.' }),
  data: z
    .array(Ref('a data class'))
    .optional()
    .meta({ description: 'Data classes that cross this link.' }),
  custom_work_person_days: PersonDays.optional().meta({
    description: 'Person-days of custom work the link embodies (what re-integration would repeat).',
  }),
  notes: Text.optional(),
});
