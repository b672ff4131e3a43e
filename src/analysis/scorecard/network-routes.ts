/**
 * Network routes: one host network, or orchestration of several; connectivity as a
 * negotiation structure (DESIGN §2).
 */
import { ContractCalendar } from '../../model/contract-calendar.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import { type SupplyEntry, suppliersOf } from '../../model/supply-index.js';
import { percent } from '../../text/percent.js';
import { counted } from '../../text/whole-number.js';
import { hhi } from '../concentration/hhi.js';
import type { ScoreContext } from './context.js';
import type { FactorInput } from './factor.js';
import { outsideRadioSupplies, type ReadyNetworks, readyNetworks } from './ready-networks.js';
import { switchableShare } from './sim-switching.js';

/** Months of lock that count as complete: three years, a typical host wholesale term. */
const FULL_LOCK_MONTHS = 36;

export function networkRoutes(context: ScoreContext): {
  dependency: FactorInput[];
  control: FactorInput[];
} {
  const { model, roles } = context;
  const radio = suppliersOf(model, 'radio_access');
  const external = outsideRadioSupplies(model, roles);
  const byGroup = new Map<string, number>();
  for (const r of external)
    byGroup.set(r.provider.group, (byGroup.get(r.provider.group) ?? 0) + r.supply.share);
  const externalTotal = [...byGroup.values()].reduce((a, b) => a + b, 0);
  const hostHhi =
    externalTotal > 0 ? hhi([...byGroup.values()].map((v) => v / externalTotal)) : null;
  const ready = readyNetworks(model, roles);
  const ownRadio = radio
    .filter((r) => !external.includes(r))
    .reduce((sum, r) => sum + r.supply.share, 0);
  const sims = model.sims ?? [];
  const switchable = switchableShare(sims, roles);
  const simPaths = sims.map((_, i) => ['sims', i] as ModelPath);

  const hostContracts = (model.contracts ?? [])
    .map((contract, index) => ({
      contract,
      index,
      share: external
        .filter((r) => r.provider.id === contract.provider)
        .reduce((s, r) => s + r.supply.share, 0),
    }))
    .filter((c) => c.share > 0);
  const contractShare = hostContracts.reduce((s, c) => s + c.share, 0);
  const exclusiveShare =
    contractShare === 0
      ? null
      : hostContracts
          .filter((c) => c.contract.exclusive === true)
          .reduce((s, c) => s + c.share, 0) / contractShare;
  const lockMonths =
    contractShare === 0
      ? null
      : hostContracts.reduce(
          (s, c) =>
            s + c.share * new ContractCalendar(c.contract, model.operator.as_of).monthsToFreeExit(),
          0,
        ) / contractShare;
  const contractPaths = hostContracts.map((c) => ['contracts', c.index] as ModelPath);
  const corePaths: ModelPath[] = [];
  const coreHeld = ['subscriber_data', 'packet_gateway', 'signalling_edge'].map((capability) => {
    const supplies = suppliersOf(model, capability).filter((x) => !x.supply.standby);
    corePaths.push(...supplies.map((x) => x.path));
    const total = supplies.reduce((sum, x) => sum + x.supply.share, 0);
    const held = supplies.filter(
      (x) => roles.holderOfSupply(x.provider, x.supply.arrangement) === 'operator',
    );
    return total === 0 ? 0 : held.reduce((sum, x) => sum + x.supply.share, 0) / total;
  });

  return {
    dependency: [
      {
        id: 'host_concentration',
        title: 'Traffic concentrated on one host group',
        weight: 0.35,
        value: hostHhi === null ? null : hostHhi / 10_000,
        explanation:
          hostHhi === null
            ? 'no host network in the model'
            : `HHI of radio-access shares by host group: ${Math.round(hostHhi)} of 10,000 over ${counted(byGroup.size, 'group')}`,
        evidence: external.map((r) => r.path),
      },
      {
        id: 'sim_lock',
        title: 'SIMs that need a swap to change host',
        weight: 0.3,
        value: switchable === null ? null : 1 - switchable,
        explanation:
          switchable === null
            ? 'no SIMs in the model'
            : `${percent(1 - switchable)} of SIMs cannot move to another host over the air`,
        evidence: simPaths,
      },
      {
        id: 'exclusivity',
        title: 'Traffic under exclusive host contracts',
        weight: 0.15,
        value: exclusiveShare,
        explanation:
          exclusiveShare === null
            ? 'no contract with a host network'
            : `${percent(exclusiveShare)} of host traffic is under an exclusive contract`,
        evidence: contractPaths,
      },
      {
        id: 'contract_lock',
        title: 'Time before the host contracts can be left',
        weight: 0.2,
        value: lockMonths === null ? null : lockMonths / FULL_LOCK_MONTHS,
        explanation:
          lockMonths === null
            ? 'no contract with a host network'
            : `${lockMonths.toFixed(1)} months (traffic-weighted) until the host contracts can be ended; ${FULL_LOCK_MONTHS} or more counts as fully locked`,
        evidence: contractPaths,
      },
    ],
    control: [
      {
        id: 'ready_networks',
        title: 'Host networks ready to carry traffic',
        weight: 0.3,
        value: ready.groups.size === 0 ? null : (ready.groups.size - 1) / 2,
        explanation: readyExplanation(ready, external),
        evidence: external.map((r) => r.path),
      },
      {
        id: 'ota_switchable',
        title: 'SIMs that can change host over the air',
        weight: 0.3,
        value: switchable,
        explanation:
          switchable === null
            ? 'no SIMs in the model'
            : `${percent(switchable)} of SIMs can move host without a swap`,
        evidence: simPaths,
      },
      {
        id: 'core_ownership',
        title: 'Own core: subscriber data, packet gateway, signalling edge',
        weight: 0.25,
        value: coreHeld.reduce((a, b) => a + b, 0) / coreHeld.length,
        explanation: `the operator holds ${coreHeld.map(percent).join(', ')} of HSS/UDM, packet gateway and signalling edge`,
        evidence: corePaths,
      },
      {
        id: 'own_radio',
        title: 'Traffic on radio the operator runs',
        weight: 0.15,
        value: Math.min(1, ownRadio / 0.5),
        explanation: `${percent(ownRadio)} of radio access is the operator's own (offload); half or more counts as full`,
        evidence: radio.filter((r) => !external.includes(r)).map((r) => r.path),
      },
    ],
  };
}

/** The ready_networks figure in words, saying why a listed host does not count. */
function readyExplanation(ready: ReadyNetworks, outside: readonly SupplyEntry[]): string {
  const groups = ready.groups.size;
  const single = groups === 1;
  const carry = single ? 'carries' : 'carry';
  const what =
    ready.basis === 'attachment'
      ? `${carry} traffic or ${single ? 'stands' : 'stand'} ready and can be reached by SIMs without a swap`
      : `${carry} traffic today (no SIMs in the model, so a standby host does not count)`;
  const readyIds = new Set(ready.supplies.map((r) => r.provider.id));
  const left = [...new Set(outside.map((r) => r.provider.id))].filter((id) => !readyIds.has(id));
  const one = left.length === 1;
  const why =
    ready.basis === 'attachment'
      ? `no SIM can attach to ${one ? 'it' : 'them'}`
      : `${one ? 'it carries' : 'they carry'} no traffic`;
  const note = left.length === 0 ? '' : `; not counted: ${left.join(', ')} (${why})`;
  return `${counted(groups, 'host group')} ${what}${note}; three or more count as full control`;
}
