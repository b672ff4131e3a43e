import { z } from 'zod';
import { Count, Id, Money, Ref, Text } from './primitives.js';

/**
 * SIM technologies. IMSI ownership is not folded into the kind: a physical SIM may carry the
 * host's IMSI or the operator's own, and `imsi_issuers` says which.
 */
export const SIM_KINDS = [
  'physical',
  'multi_imsi',
  'esim_consumer',
  'esim_iot_sgp02',
  'esim_iot_sgp32',
] as const;

export const SimGroupSchema = z.strictObject({
  id: Id,
  kind: z.enum(SIM_KINDS).meta({
    description:
      'physical: one IMSI; multi_imsi: an applet switches among several; esim_consumer: SGP.22; esim_iot_sgp02: M2M with an SM-SR; esim_iot_sgp32: IoT with an eIM.',
  }),
  count: Count.meta({ description: 'SIMs or profiles in service of this kind.' }),
  imsi_issuers: z.array(Ref('the operator or a provider whose IMSI range the SIMs carry')).min(1, {
    error: 'name who issues the IMSIs: the operator id if it holds its own MNC, else the provider',
  }),
  key_holders: z.array(Ref('the operator or a provider')).min(1, {
    error: 'name who holds Ki/OPc: whoever runs the HSS/AuC (and any SIM vendor that keeps a copy)',
  }),
  sim_vendor: Ref('the provider that manufactures the SIMs').optional(),
  ota_keys_holder: Ref('the party holding the OTA keys (MNO-SD)').optional(),
  rsp_operator: Ref('the party running the SM-DP+').optional(),
  sm_sr_operator: Ref('the party running the SM-SR (SGP.02)').optional(),
  eim_operator: Ref('the party running the eIM (SGP.32)').optional(),
  attaches_to: z
    .array(Ref('a host network (a provider of radio access) these SIMs can use without a swap'))
    .optional()
    .meta({
      description:
        "Host networks these SIMs can attach to without a new SIM. Omitted: derived from the IMSIs they carry (a host's IMSI reaches that host; the operator's own IMSI, or a range of a party that is not a host, reaches every host in the model; SGP.32 SIMs with the operator's eIM and SGP.02 SIMs with its SM-SR take profiles of any host over the air).",
    }),
  swap_unit_cost: Money.optional().meta({
    description: 'Cost of replacing one SIM (card, logistics, handling).',
  }),
  notes: Text.optional(),
});
