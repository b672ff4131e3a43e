/**
 * The parameters moves are costed from, each with a stated default and the reason for it, as
 * the lock-in economics' are (src/economics/parameters.ts). A model overrides any of them in
 * `advice.parameters`; every value used is reported with where it came from. Amounts are in
 * the operator's currency; the defaults are set for a UK or EU operator in pounds or euros and
 * are judgements where no public figure exists, said so in each reason.
 */
import type { ResolvedModel } from '../model/resolved-model.js';
import { ADVICE_PARAMETERS, type AdviceParameterName } from '../model/schema/advice.js';

export type { AdviceParameterName } from '../model/schema/advice.js';

export const ADVICE_PARAMETER_DEFAULTS = {
  standby_host_monthly_fee: {
    value: 20_000,
    reason:
      'minimum monthly fee of a standby wholesale (or national roaming) agreement that carries no traffic until needed: a judgement, no public figure',
  },
  host_integration_person_days: {
    value: 250,
    reason:
      'integrating a second host network: provisioning, charging, signalling, interconnect and testing (mvno-domain.md §2.2; a judgement)',
  },
  multi_imsi_sim_cost: {
    value: 6,
    reason:
      'card and handling of one multi-IMSI SIM sent to an existing subscriber (a SIM swap with an applet; mvno-domain.md §2.7)',
  },
  second_host_months: {
    value: 9,
    reason: 'negotiating, integrating and testing a second host before SIMs can use it',
  },
  full_mvno_one_off: {
    value: 400_000,
    reason:
      'MNC application, a managed HSS/UDM and AuC, SIM profile design and the host re-integration of a thin-to-full migration (mvno-domain.md §1: full MVNO core; a judgement)',
  },
  hss_monthly_fee: {
    value: 25_000,
    reason: 'a managed HSS/UDM run for the operator (core-as-a-service pricing; a judgement)',
  },
  full_mvno_months: {
    value: 18,
    reason:
      'the MNC, core procurement and SIM migration of a thin-to-full move take a year or more',
  },
  esim_profile_cost: {
    value: 1,
    reason: 'one eSIM profile download to move a subscriber to a new IMSI range or platform',
  },
  profile_platform_one_off: {
    value: 150_000,
    reason:
      'contracting or standing up an SM-DP+ or SGP.32 eIM and its integration (GSMA SGP.22/SGP.32; a judgement)',
  },
  profile_platform_monthly_fee: {
    value: 8_000,
    reason: 'running or renting the SM-DP+ or eIM (a judgement)',
  },
  profile_platform_months: {
    value: 6,
    reason: 'procurement, certification checks and integration of a profile platform',
  },
  msisdn_range_one_off: {
    value: 120_000,
    reason:
      'applying for a number range, interconnect set-up and a block port of the base out of the host range (Ofcom numbering; a judgement)',
  },
  msisdn_range_monthly_fee: {
    value: 2_000,
    reason: 'number range fees and porting database upkeep (a judgement)',
  },
  msisdn_range_months: {
    value: 9,
    reason: 'range allocation, interconnect routing and the block port',
  },
  renewal_concession: {
    value: 0.02,
    reason:
      'the share of a contract’s monthly spend a supplier asks in return for better terms at renewal: a judgement, shown so it can be set',
  },
  renewal_negotiation_one_off: {
    value: 25_000,
    reason: 'legal and commercial work of one renegotiation',
  },
  renewal_negotiation_months: {
    value: 3,
    reason: 'a renegotiation has to be under way this long before the notice deadline',
  },
  renewal_notice_months: {
    value: 3,
    reason: 'the notice asked for at renewal: a quarter, enough for the supplier to plan',
  },
  renewal_data_return_days: {
    value: 30,
    reason: 'data returned within 30 days of exit (the shortest return period in the examples)',
  },
  in_house_ai_monthly: {
    value: 15_000,
    reason:
      'serving, monitoring and retraining a model in the operator’s own tenancy (a judgement)',
  },
  in_house_ai_months: {
    value: 6,
    reason: 'rebuilding a model and its pipeline in the operator’s own tenancy',
  },
  dual_source_person_days: {
    value: 150,
    reason: 'integrating a second supplier of a capability and keeping it warm (a judgement)',
  },
  dual_source_monthly_fee: {
    value: 10_000,
    reason: 'standby fee of a second supplier that carries no load until needed (a judgement)',
  },
  dual_source_months: {
    value: 9,
    reason: 'procuring, integrating and testing a second supplier',
  },
  second_cloud_monthly: {
    value: 5_000,
    reason:
      'running the operator’s own workloads on a second cloud or region apart from the enabler’s (a judgement)',
  },
  second_cloud_months: { value: 6, reason: 're-platforming the operator’s own workloads' },
  reserve_carry_rate: {
    value: 0.08,
    reason:
      'yearly cost of holding a cash reserve: the cost of the equity or debt that funds it less what the cash earns (a judgement)',
  },
  reserve_raise_fee: {
    value: 0.03,
    reason: 'fees of raising the reserve, as a share of the amount (a judgement)',
  },
  reserve_months: { value: 6, reason: 'raising or committing a facility takes about half a year' },
} as const satisfies Record<
  AdviceParameterName,
  { readonly value: number; readonly reason: string }
>;
export type AdviceParameters = Readonly<Record<AdviceParameterName, number>>;

export interface AdviceParameterUse {
  readonly name: AdviceParameterName;
  readonly value: number;
  readonly source: 'model' | 'default';
  readonly reason: string;
}

/** The parameters as the model sets them, and where each value came from. */
export function adviceParameters(model: ResolvedModel): {
  readonly values: AdviceParameters;
  readonly used: readonly AdviceParameterUse[];
} {
  const stated = model.advice?.parameters ?? {};
  const values = {} as Record<AdviceParameterName, number>;
  const used = ADVICE_PARAMETERS.map((name): AdviceParameterUse => {
    const own = stated[name];
    const value = own ?? ADVICE_PARAMETER_DEFAULTS[name].value;
    values[name] = value;
    return {
      name,
      value,
      source: own === undefined ? 'default' : 'model',
      reason: ADVICE_PARAMETER_DEFAULTS[name].reason,
    };
  });
  return { values, used };
}
