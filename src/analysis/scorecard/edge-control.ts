/**
 * Edge control: SIM and eSIM, IMSI ranges, authentication keys (Ki/OPc), profile management
 * and numbers — who can move the subscribers, and who would have to agree (DESIGN §2).
 */
import type { ModelPath } from '../../model/load/diagnostic.js';
import type { PartyRoles } from '../../model/party-roles.js';
import type { SimGroup } from '../../model/schema/model.js';
import { percent } from '../../text/percent.js';
import type { ScoreContext } from './context.js';
import type { FactorInput } from './factor.js';

/** The party that manages what is on a SIM group: SM-SR, eIM, SM-DP+, or the OTA key holder. */
function profileManager(group: SimGroup): string | undefined {
  switch (group.kind) {
    case 'esim_iot_sgp02':
      return group.sm_sr_operator;
    case 'esim_iot_sgp32':
      return group.eim_operator;
    case 'esim_consumer':
      return group.rsp_operator;
    default:
      return group.ota_keys_holder;
  }
}

/** Key holders who are the operator side; a provider running the HSS `managed` counts too. */
function keysHeldByOperator(
  group: SimGroup,
  roles: PartyRoles,
  managedHss: ReadonlySet<string>,
): boolean {
  return group.key_holders.every(
    (holder) => roles.isOperatorSide(holder) || managedHss.has(holder),
  );
}

export function edgeControl(context: ScoreContext): {
  dependency: FactorInput[];
  control: FactorInput[];
} {
  const { model, roles } = context;
  const sims = model.sims ?? [];
  const total = sims.reduce((sum, g) => sum + g.count, 0);
  const share = (holds: (g: SimGroup) => number | boolean): number | null =>
    total === 0 ? null : sims.reduce((sum, g) => sum + g.count * Number(holds(g)), 0) / total;
  const simPaths = sims.map((_, i) => ['sims', i] as ModelPath);
  const managedHss = new Set(
    model.providers
      .filter((p) =>
        p.supplies.some((s) => s.capability === 'subscriber_data' && s.arrangement === 'managed'),
      )
      .map((p) => p.id),
  );
  const ownImsi = share((g) => g.imsi_issuers.some((issuer) => roles.isOperatorSide(issuer)));
  const ownKeys = share((g) => keysHeldByOperator(g, roles, managedHss));
  const managerKnown = sims.some((g) => profileManager(g) !== undefined);
  const ownProfiles = managerKnown ? share((g) => roles.isOperatorSide(profileManager(g))) : null;
  const numbering = model.numbering;
  const numbersKnown = numbering?.msisdn_holder !== undefined;
  const ownNumbers = numbersKnown
    ? Number(
        roles.isOperatorSide(numbering?.msisdn_holder) && numbering?.msisdn_sub_allocated !== true,
      )
    : null;

  // Edge assets held outside, by party: IMSIs, keys, profile management and numbers weigh a quarter each.
  const outside = new Map<string, number>();
  const credit = (party: string | undefined, weight: number) => {
    if (party === undefined || roles.isOperatorSide(party) || managedHss.has(party)) return;
    outside.set(party, (outside.get(party) ?? 0) + weight);
  };
  for (const g of sims) {
    const w = total === 0 ? 0 : g.count / total / 4;
    for (const issuer of g.imsi_issuers) credit(issuer, w / g.imsi_issuers.length);
    for (const holder of g.key_holders) credit(holder, w / g.key_holders.length);
    credit(profileManager(g), w);
  }
  if (numbersKnown) credit(numbering?.msisdn_holder, 0.25);
  const [largestParty, largestShare] = [...outside.entries()].sort((a, b) => b[1] - a[1])[0] ?? [
    '',
    0,
  ];
  const externalKeys = share((g) =>
    g.key_holders.some((h) => !roles.isOperatorSide(h) && !managedHss.has(h)),
  );
  const profileLock = managerKnown
    ? share((g) => {
        if (roles.isOperatorSide(profileManager(g))) return 0;
        return g.kind === 'esim_iot_sgp02' ? 1 : g.kind === 'physical' ? 0 : 0.5;
      })
    : null;

  return {
    dependency: [
      {
        id: 'largest_edge_holder',
        title: 'Edge assets in one outside hand',
        weight: 0.35,
        value: total === 0 && !numbersKnown ? null : largestShare,
        explanation:
          largestShare === 0
            ? 'no IMSI range, key, profile manager or number range is held outside'
            : `${largestParty} holds ${percent(largestShare)} of the edge assets (IMSIs, keys, profile management, numbers)`,
        evidence: [
          ...simPaths,
          ...(numbersKnown ? [['numbering', 'msisdn_holder'] as ModelPath] : []),
        ],
      },
      {
        id: 'key_exposure',
        title: 'SIMs whose Ki/OPc an outside party holds',
        weight: 0.3,
        value: externalKeys,
        explanation:
          externalKeys === null
            ? 'no SIMs in the model'
            : `${percent(externalKeys)} of SIMs have keys held outside the operator`,
        evidence: simPaths,
      },
      {
        id: 'profile_lock',
        title: 'Profiles managed by someone else',
        weight: 0.15,
        value: profileLock,
        explanation:
          profileLock === null
            ? 'no profile manager or OTA key holder in the model'
            : `lock from outside profile management: ${percent(profileLock)} (an SGP.02 SM-SR counts fully, an eIM or SM-DP+ half)`,
        evidence: simPaths,
      },
      {
        id: 'sub_allocated_numbers',
        title: 'Numbers sub-allocated from a provider',
        weight: 0.2,
        value: numbersKnown ? Number(numbering?.msisdn_sub_allocated === true) : null,
        explanation:
          numbering?.msisdn_sub_allocated === true
            ? `numbers are sub-allocated from ${numbering.msisdn_holder}: each subscriber must port alone to leave`
            : 'numbers are not sub-allocated',
        evidence: numbersKnown ? [['numbering']] : [],
      },
    ],
    control: [
      {
        id: 'own_imsi',
        title: 'SIMs carrying an IMSI of the operator',
        weight: 0.3,
        value: ownImsi,
        explanation:
          ownImsi === null
            ? 'no SIMs in the model'
            : `${percent(ownImsi)} of SIMs carry an IMSI from the operator's own range`,
        evidence: simPaths,
      },
      {
        id: 'key_custody',
        title: 'SIMs whose keys only the operator holds',
        weight: 0.3,
        value: ownKeys,
        explanation:
          ownKeys === null
            ? 'no SIMs in the model'
            : `${percent(ownKeys)} of SIMs have Ki/OPc held only by the operator or an HSS run for it`,
        evidence: simPaths,
      },
      {
        id: 'profile_control',
        title: 'Profile management the operator runs',
        weight: 0.2,
        value: ownProfiles,
        explanation:
          ownProfiles === null
            ? 'no profile manager or OTA key holder in the model'
            : `${percent(ownProfiles)} of SIMs have their profiles or OTA keys managed by the operator`,
        evidence: simPaths,
      },
      {
        id: 'own_numbers',
        title: 'Own number range',
        weight: 0.2,
        value: ownNumbers,
        explanation:
          ownNumbers === null
            ? 'numbering not in the model'
            : ownNumbers === 1
              ? 'the operator holds its own MSISDN range'
              : `the MSISDN range is held by ${numbering?.msisdn_holder}`,
        evidence: numbersKnown ? [['numbering']] : [],
      },
    ],
  };
}
