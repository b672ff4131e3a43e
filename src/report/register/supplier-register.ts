/**
 * The supplier register: one row per provider with what supply-chain security asks an operator
 * to know about each supplier — NIS2 Art. 21(2)(d) and 21(3), UK SI 2022/933 reg. 7 and the
 * Telecoms Security Code of Practice M10 measures (records of suppliers and their third
 * parties, security terms in contracts, incident notice, data leaving control), beside the
 * figures mvnoscope computes for each: exit cost and time, substitutability, data reach, single
 * points of failure and open findings. Pure: every figure comes from one `assessModel` call,
 * so the register shows what `analyze` and `lockin` show.
 */
import type { Assessment } from '../../assessment.js';
import { addMonths } from '../../model/calendar.js';
import { ContractCalendar, type ContractTerm } from '../../model/contract-calendar.js';
import { LAYERS } from '../../model/layers.js';
import { type PartyRoles, partyRolesOf } from '../../model/party-roles.js';
import type {
  ResolvedModel,
  ResolvedOperator,
  ResolvedProvider,
} from '../../model/resolved-model.js';
import type { Contract, Integration } from '../../model/schema/model.js';
import { bySeverity, type Finding } from '../../rules/finding.js';
import type { Severity } from '../../rules/rule.js';
import {
  contractsByProvider,
  criticalRoles,
  isDirectSupplier,
} from '../../rules/supplier-facts.js';

/**
 * How a column's values are typed: `text` (written as text, guarded against formula
 * injection), `number` and `months` (plain numbers), `money` (in the operator's currency),
 * `date` (YYYY-MM-DD, a real date in XLSX) and `flag` (yes/no).
 */
export type ColumnKind = 'text' | 'number' | 'months' | 'money' | 'date' | 'flag';

export type CellValue = string | number | boolean | null;

export interface RegisterColumn {
  readonly key: keyof SupplierRow;
  readonly header: string;
  readonly kind: ColumnKind;
  /** What the column holds and which requirement asks for it. */
  readonly description: string;
}

export interface SupplierRow {
  readonly id: string;
  readonly name: string;
  readonly group: string;
  readonly groupName: string | null;
  readonly kind: string;
  readonly relationship: string;
  readonly capabilities: string;
  readonly layers: string;
  readonly jurisdiction: string | null;
  readonly fourthParties: string;
  readonly contracts: string;
  readonly contractStart: string | null;
  readonly initialTermEnd: string | null;
  readonly autoRenewal: boolean | null;
  readonly termInForce: string | null;
  readonly nextRenewal: string | null;
  readonly nextExit: string | null;
  readonly noticeMonths: number | null;
  readonly noticeBy: string | null;
  readonly breakCost: number | null;
  readonly securityTerms: boolean | null;
  readonly incidentNoticeHours: number | null;
  readonly dataReturn: boolean | null;
  readonly monthlySpend: number;
  readonly exitCost: number | null;
  readonly exitMonths: number | null;
  readonly exitCostAtHorizon: number | null;
  readonly pointOfNoReturn: string | null;
  readonly substitutability: string;
  readonly dataHeld: string;
  readonly dataReachable: string;
  readonly serviceCritical: boolean;
  readonly criticalFor: string;
  readonly singlePointOfFailure: boolean;
  readonly failurePath: string;
  readonly highRisk: boolean;
  readonly managementAccess: boolean;
  readonly lastAssessed: string | null;
  readonly openFindings: number;
  readonly highestSeverity: Severity | null;
  readonly findingIds: string;
  readonly notes: string;
}

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { key: 'id', header: 'Supplier id', kind: 'text', description: 'providers[].id in the model.' },
  { key: 'name', header: 'Supplier name', kind: 'text', description: 'providers[].name.' },
  {
    key: 'group',
    header: 'Ownership group',
    kind: 'text',
    description:
      'The ownership group id (a provider in no group is a group of its own): companies of one group are one dependency.',
  },
  {
    key: 'groupName',
    header: 'Group name',
    kind: 'text',
    description: 'groups[].name, when the group is declared.',
  },
  { key: 'kind', header: 'Supplier type', kind: 'text', description: 'providers[].kind.' },
  {
    key: 'relationship',
    header: 'Relationship',
    kind: 'text',
    description:
      "direct supplier (NIS2 Art. 21(3)), fourth party (a subcontractor of another supplier, or a platform that only hosts other suppliers' systems), or the operator's own function.",
  },
  {
    key: 'capabilities',
    header: 'Capabilities supplied',
    kind: 'text',
    description:
      'Capability ids with the share carried when not all of it; "standby" for a ready alternative carrying no traffic.',
  },
  {
    key: 'layers',
    header: 'Layers',
    kind: 'text',
    description: 'The five-layer framework layers those capabilities belong to.',
  },
  {
    key: 'jurisdiction',
    header: 'Jurisdiction',
    kind: 'text',
    description: 'providers[].jurisdiction (ISO 3166-1 alpha-2); empty when not recorded.',
  },
  {
    key: 'fourthParties',
    header: 'Fourth parties',
    kind: 'text',
    description:
      "What the supplier runs on (hosted_on) and the subcontractors it engages: UK CoP M10.01, records of suppliers' third parties.",
  },
  {
    key: 'contracts',
    header: 'Contracts',
    kind: 'text',
    description: 'contracts[].id with this supplier.',
  },
  {
    key: 'contractStart',
    header: 'Contract start',
    kind: 'date',
    description: 'The earliest start among the contracts.',
  },
  {
    key: 'initialTermEnd',
    header: 'Initial term end',
    kind: 'date',
    description: 'start + term_months, the latest among the contracts; empty for rolling terms.',
  },
  {
    key: 'autoRenewal',
    header: 'Auto-renewal',
    kind: 'flag',
    description: 'yes when any contract renews itself.',
  },
  {
    key: 'termInForce',
    header: 'Term in force',
    kind: 'text',
    description:
      'The term each contract is in at operator.as_of: the initial term, the n-th renewal, or rolling (no term left), with the date it ends.',
  },
  {
    key: 'nextRenewal',
    header: 'Next renewal',
    kind: 'date',
    description:
      'The next date an auto-renewing contract starts a new term and binds the operator again unless notice was given in time; the earliest among the contracts; empty when none renews.',
  },
  {
    key: 'nextExit',
    header: 'Next exit without fee',
    kind: 'date',
    description:
      'The first date the contracts can be left without a break cost, notice served today: the end of the initial term, or the first term end at least the notice period away; the latest among the contracts.',
  },
  {
    key: 'noticeMonths',
    header: 'Notice period (months)',
    kind: 'months',
    description: 'notice_months, the longest among the contracts.',
  },
  {
    key: 'noticeBy',
    header: 'Give notice by',
    kind: 'date',
    description: 'Next exit less the notice period: the first date by which notice must be given.',
  },
  {
    key: 'breakCost',
    header: 'Break cost today',
    kind: 'money',
    description:
      'What ending the contracts on notice served at operator.as_of costs in the terms in force when they end: the exit fee in the initial term; in a renewal term the renewal exit fee, else the exit fee; where no fee is stated, the minimum commitments still owed for the rest of the term; 0 when they end freely.',
  },
  {
    key: 'securityTerms',
    header: 'Security requirements in contract',
    kind: 'flag',
    description:
      'yes when every contract states security requirements (UK CoP M10.02, NIS2 Art. 21(2)(d)).',
  },
  {
    key: 'incidentNoticeHours',
    header: 'Incident notice (hours)',
    kind: 'number',
    description:
      'Hours within which the supplier must notify incidents, the longest among the contracts (UK CoP M10.11 asks for 48).',
  },
  {
    key: 'dataReturn',
    header: 'Data return at exit',
    kind: 'flag',
    description: 'yes when every contract obliges the supplier to return data at exit.',
  },
  {
    key: 'monthlySpend',
    header: 'Monthly spend',
    kind: 'money',
    description: "Cost lines tied to the supplier, per month, in the operator's currency.",
  },
  {
    key: 'exitCost',
    header: 'Exit cost today',
    kind: 'money',
    description:
      'What leaving the supplier costs today: contract, SIM swaps, porting, attrition, re-integration, data and model portability (docs/lockin.md).',
  },
  {
    key: 'exitMonths',
    header: 'Exit time (months)',
    kind: 'months',
    description: 'How long leaving takes today: the longest of notice, migration and rebuilds.',
  },
  {
    key: 'exitCostAtHorizon',
    header: 'Exit cost at horizon',
    kind: 'money',
    description: 'The exit cost at the end of the planning horizon, as subscribers grow.',
  },
  {
    key: 'pointOfNoReturn',
    header: 'Point of no return',
    kind: 'date',
    description:
      'The date the exit cost first passes the reversibility threshold (docs/lockin.md); empty when it does not within the horizon.',
  },
  {
    key: 'substitutability',
    header: 'Substitutability',
    kind: 'text',
    description:
      'Whether another ownership group already supplies (or stands by for) each capability this supplier carries (EU 5G Toolbox SM05, multi-vendor).',
  },
  {
    key: 'dataHeld',
    header: 'Data held',
    kind: 'text',
    description: 'Data classes whose held_by names the supplier.',
  },
  {
    key: 'dataReachable',
    header: 'Data reachable',
    kind: 'text',
    description:
      'Further data classes a compromise of the supplier reaches: held by what runs on it, or crossing its integrations (UK CoP M10.08, M10.09).',
  },
  {
    key: 'serviceCritical',
    header: 'Service-critical',
    kind: 'flag',
    description:
      'yes when the supplier carries a service-critical capability today, or hosts a supplier that does.',
  },
  {
    key: 'criticalFor',
    header: 'Critical for',
    kind: 'text',
    description: 'The service-critical capabilities it carries and the suppliers it hosts.',
  },
  {
    key: 'singlePointOfFailure',
    header: 'Single point of failure',
    kind: 'flag',
    description:
      'yes when its failure alone, or its ownership group failing as a whole, stops the service.',
  },
  {
    key: 'failurePath',
    header: 'How it stops the service',
    kind: 'text',
    description:
      'The capabilities lost and how: sole supplier, shared hosting, or through the ownership group.',
  },
  {
    key: 'highRisk',
    header: 'High-risk supplier',
    kind: 'flag',
    description: 'providers[].high_risk (EU 5G Toolbox SM03).',
  },
  {
    key: 'managementAccess',
    header: 'Management access',
    kind: 'flag',
    description: "Privileged management access to the operator's systems (UK CoP M2.06).",
  },
  {
    key: 'lastAssessed',
    header: 'Last security assessment',
    kind: 'date',
    description: 'providers[].last_assessed (NIS2 Art. 21(3)).',
  },
  {
    key: 'openFindings',
    header: 'Open findings',
    kind: 'number',
    description:
      'Open findings naming the supplier, its contracts, its integrations or its declared group.',
  },
  {
    key: 'highestSeverity',
    header: 'Highest severity',
    kind: 'text',
    description: 'The most severe of those findings.',
  },
  {
    key: 'findingIds',
    header: 'Findings',
    kind: 'text',
    description: 'Severity and stable id of each open finding, most severe first.',
  },
  { key: 'notes', header: 'Notes', kind: 'text', description: 'providers[].notes.' },
];

export interface SupplierRegister {
  readonly operator: string;
  readonly asOf: string;
  /** The currency of every money column. */
  readonly currency: string;
  readonly columns: readonly RegisterColumn[];
  readonly rows: readonly SupplierRow[];
}

export function supplierRegister(model: ResolvedModel, assessment: Assessment): SupplierRegister {
  const { analysis, lockin } = assessment;
  const index = registerIndex(model, assessment);
  const critical = criticalRoles(model, { includeStandby: false });
  const layersOf = new Map(model.capabilities.map((c) => [c.id, c.layers]));
  const groupOf = new Map(model.groups.map((g) => [g.id, g]));
  const exitOf = new Map(lockin.dependencies.map((d) => [d.provider, d]));
  const radiusOf = new Map(analysis.failure.providerBlastRadius.map((r) => [r.subject, r]));
  const asOf = model.operator.as_of;

  const rows = model.providers.map((provider): SupplierRow => {
    const own = index.contracts.get(provider.id) ?? [];
    const role = critical.get(provider.id);
    const exit = exitOf.get(provider.id);
    const held = index.dataHeld.get(provider.id) ?? [];
    const spof = singlePointOf(provider, assessment);
    const named = findingsNaming(provider, own, index);
    return {
      id: provider.id,
      name: provider.name,
      group: provider.group,
      groupName: groupOf.get(provider.group)?.name ?? null,
      kind: provider.kind,
      relationship: relationshipOf(provider, own, index),
      capabilities: provider.supplies.map(supplyText).join(', '),
      layers: LAYERS.filter((layer) =>
        provider.supplies.some((s) => layersOf.get(s.capability)?.includes(layer)),
      ).join(', '),
      jurisdiction: provider.jurisdiction ?? null,
      fourthParties: fourthPartiesOf(provider, index),
      contracts: own.map((c) => c.id).join(', '),
      ...contractDates(own, model.operator),
      securityTerms: own.length === 0 ? null : own.every((c) => c.security_requirements === true),
      incidentNoticeHours: largest(own.map((c) => c.incident_notice_hours)),
      dataReturn: own.length === 0 ? null : own.every((c) => c.data_return === true),
      monthlySpend: analysis.costs.byProvider.get(provider.id) ?? 0,
      exitCost: exit?.today.cost ?? null,
      exitMonths: exit?.today.months ?? null,
      exitCostAtHorizon: exit === undefined ? null : (exit.curve.at(-1)?.cost ?? exit.today.cost),
      pointOfNoReturn: exit?.pointOfNoReturn?.date ?? null,
      substitutability: substitutabilityOf(provider, index),
      dataHeld: held.join(', '),
      dataReachable: reachableData(provider, model, index, radiusOf.get(provider.id)?.dataClasses)
        .filter((d) => !held.includes(d))
        .join(', '),
      serviceCritical: role !== undefined,
      criticalFor:
        role === undefined
          ? ''
          : [...role.carries, ...role.hosts.map((h) => `hosts ${h}`)].join(', '),
      singlePointOfFailure: spof !== '',
      failurePath: spof,
      highRisk: provider.high_risk === true,
      managementAccess: provider.management_access === true,
      lastAssessed: provider.last_assessed ?? null,
      openFindings: named.length,
      highestSeverity: named[0]?.severity ?? null,
      findingIds: named.map((f) => `${f.severity} ${f.id}`).join('; '),
      notes: provider.notes ?? '',
    };
  });
  return {
    operator: model.operator.name,
    asOf,
    currency: model.operator.currency,
    columns: REGISTER_COLUMNS,
    rows,
  };
}

/**
 * Who relates to whom, read once so that building the rows stays linear in the model (a
 * synthetic model of 3,000 providers: about 0.8 s, against a minute when each row searched the
 * whole model).
 */
interface RegisterIndex {
  readonly roles: PartyRoles;
  readonly contracts: ReadonlyMap<string, readonly Contract[]>;
  /** Providers hosted directly on each provider. */
  readonly hostedOn: ReadonlyMap<string, readonly string[]>;
  readonly subcontractors: ReadonlyMap<string, readonly string[]>;
  readonly integrations: ReadonlyMap<string, readonly Integration[]>;
  readonly dataHeld: ReadonlyMap<string, readonly string[]>;
  /** For each capability, the ownership groups carrying a share of it or standing by. */
  readonly groupsSupplying: ReadonlyMap<string, ReadonlySet<string>>;
  /** Open findings by each element their id names. */
  readonly findingsByElement: ReadonlyMap<string, readonly Finding[]>;
}

function registerIndex(model: ResolvedModel, { run }: Assessment): RegisterIndex {
  const hostedOn = new Map<string, string[]>();
  const subcontractors = new Map<string, string[]>();
  const groupsSupplying = new Map<string, Set<string>>();
  for (const provider of model.providers) {
    for (const host of provider.hosted_on) append(hostedOn, host, provider.id);
    if (provider.subcontractor_of !== undefined)
      append(subcontractors, provider.subcontractor_of, provider.id);
    for (const supply of provider.supplies) {
      if (supply.share <= 0 && !supply.standby) continue;
      const groups = groupsSupplying.get(supply.capability) ?? new Set<string>();
      groups.add(provider.group);
      groupsSupplying.set(supply.capability, groups);
    }
  }
  const integrations = new Map<string, Integration[]>();
  for (const integration of model.integrations ?? []) {
    append(integrations, integration.from, integration);
    if (integration.to !== integration.from) append(integrations, integration.to, integration);
  }
  const dataHeld = new Map<string, string[]>();
  for (const data of model.data ?? [])
    for (const holder of data.held_by) append(dataHeld, holder, data.id);
  const findingsByElement = new Map<string, Finding[]>();
  for (const finding of run.findings) {
    if (finding.status !== 'open') continue;
    for (const element of new Set(finding.elements)) append(findingsByElement, element, finding);
  }
  return {
    roles: partyRolesOf(model),
    contracts: contractsByProvider(model),
    hostedOn,
    subcontractors,
    integrations,
    dataHeld,
    groupsSupplying,
    findingsByElement,
  };
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function supplyText(supply: ResolvedProvider['supplies'][number]): string {
  if (supply.standby && supply.share === 0) return `${supply.capability} (standby)`;
  return supply.share >= 1
    ? supply.capability
    : `${supply.capability} ${Math.round(supply.share * 1000) / 10}%`;
}

/**
 * NIS2 Art. 21(3) speaks of direct suppliers; whoever else is in the model is a fourth party
 * (or the operator itself). The test is the one the supplier rules use, with every capability
 * supplied counting, not only service-critical ones.
 */
function relationshipOf(
  provider: ResolvedProvider,
  own: readonly Contract[],
  { roles, hostedOn }: RegisterIndex,
): string {
  if (roles.isOperatorSide(provider.id)) return "operator's own function";
  const role = {
    carries: provider.supplies.filter((s) => s.share > 0 || s.standby).map((s) => s.capability),
    hosts: hostedOn.get(provider.id) ?? [],
  };
  if (isDirectSupplier(provider, role, { roles }, new Map([[provider.id, own]])))
    return 'direct supplier';
  if (provider.subcontractor_of !== undefined)
    return `fourth party: subcontractor of ${provider.subcontractor_of}`;
  if (role.hosts.length > 0) return `fourth party: hosts ${role.hosts.join(', ')}`;
  return 'fourth party';
}

function fourthPartiesOf(provider: ResolvedProvider, { subcontractors }: RegisterIndex): string {
  const engaged = subcontractors.get(provider.id) ?? [];
  return [
    provider.hosted_on.length > 0 ? `runs on ${provider.hosted_on.join(', ')}` : '',
    engaged.length > 0 ? `subcontracts ${engaged.join(', ')}` : '',
  ]
    .filter((part) => part !== '')
    .join('; ');
}

type ContractDates = Pick<
  SupplierRow,
  | 'contractStart'
  | 'initialTermEnd'
  | 'autoRenewal'
  | 'termInForce'
  | 'nextRenewal'
  | 'nextExit'
  | 'noticeMonths'
  | 'noticeBy'
  | 'breakCost'
>;

/**
 * The contract calendar of one supplier, read from the one contract calendar
 * (model/contract-calendar.ts). With several contracts the relationship runs from the earliest
 * start until the latest exit, the first renewal and the first notice deadline are the ones to
 * act on, and the break costs add up.
 */
function contractDates(contracts: readonly Contract[], operator: ResolvedOperator): ContractDates {
  if (contracts.length === 0)
    return {
      contractStart: null,
      initialTermEnd: null,
      autoRenewal: null,
      termInForce: null,
      nextRenewal: null,
      nextExit: null,
      noticeMonths: null,
      noticeBy: null,
      breakCost: null,
    };
  const asOf = operator.as_of;
  const read = contracts.map((contract) => {
    const calendar = new ContractCalendar(contract, asOf);
    const elapsed = calendar.elapsed(0);
    // Term ends fall on the contract's own dates: count them from its start, not from as_of
    // (a term that ends on the 15th ends on the 15th). Notice on a rolling contract runs from today.
    const onTerm = (months: number) => addMonths(contract.start, elapsed + months);
    const free = calendar.monthsToFreeExit();
    const exit =
      calendar.renews || elapsed < contract.term_months ? onTerm(free) : addMonths(asOf, free);
    const binding = calendar.monthsToNextBinding(0);
    return {
      contract,
      term: termText(calendar.termAt(elapsed), contract.start),
      renewal: binding === null ? null : onTerm(binding),
      exit,
      noticeBy: addMonths(exit, -calendar.notice),
      breakCost: calendar.breakCost(0).fee * rateOf(contract, operator),
    };
  });
  return {
    contractStart: earliest(contracts.map((c) => c.start)),
    initialTermEnd: latest(
      contracts.filter((c) => c.term_months > 0).map((c) => addMonths(c.start, c.term_months)),
    ),
    autoRenewal: contracts.some((c) => c.auto_renewal === true),
    termInForce: read
      .map((r) => (read.length > 1 ? `${r.contract.id}: ${r.term}` : r.term))
      .join('; '),
    nextRenewal: earliest(read.flatMap((r) => (r.renewal === null ? [] : [r.renewal]))),
    nextExit: latest(read.map((r) => r.exit)),
    noticeMonths: largest(contracts.map((c) => c.notice_months)),
    noticeBy: earliest(read.map((r) => r.noticeBy)),
    breakCost: read.reduce((sum, r) => sum + r.breakCost, 0),
  };
}

/** "initial term to 2028-04-01", "renewal 2 to 2029-01-01", "rolling". */
function termText(term: ContractTerm, start: string): string {
  if (term.end === null) return 'rolling';
  const name = term.kind === 'initial' ? 'initial term' : `renewal ${term.index}`;
  return `${name} to ${addMonths(start, term.end)}`;
}

/** Units of the operator's currency for one unit of the contract's. */
function rateOf(contract: Contract, operator: ResolvedOperator): number {
  if (contract.currency === undefined || contract.currency === operator.currency) return 1;
  return operator.fx_rates?.[contract.currency] ?? 1;
}

/** ISO dates sort as text. */
function earliest(dates: readonly string[]): string | null {
  return [...dates].sort()[0] ?? null;
}

function latest(dates: readonly string[]): string | null {
  return [...dates].sort().at(-1) ?? null;
}

function largest(values: readonly (number | undefined)[]): number | null {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length === 0 ? null : Math.max(...known);
}

/**
 * Per capability carried: is another ownership group already in place for it (carrying a share,
 * or on standby)? A second company of the same group is not an alternative.
 */
function substitutabilityOf(
  provider: ResolvedProvider,
  { groupsSupplying }: RegisterIndex,
): string {
  const carried = provider.supplies.filter((s) => s.share > 0 || s.standby);
  if (carried.length === 0) return '';
  const without = carried
    .map((s) => s.capability)
    .filter((capability) =>
      [...(groupsSupplying.get(capability) ?? [])].every((group) => group === provider.group),
    );
  if (without.length === 0) return 'alternative in place for every capability';
  if (without.length === carried.length) return 'no alternative in the model';
  return `no alternative for ${without.join(', ')}`;
}

/** Data a compromise reaches: what its blast radius holds and what crosses its integrations. */
function reachableData(
  provider: ResolvedProvider,
  model: ResolvedModel,
  { integrations }: RegisterIndex,
  blastRadiusData: readonly string[] = [],
): string[] {
  const crossing = (integrations.get(provider.id) ?? []).flatMap((i) => i.data ?? []);
  const reach = new Set([...blastRadiusData, ...crossing]);
  return (model.data ?? []).map((d) => d.id).filter((id) => reach.has(id));
}

/** How the provider alone, or its group as a whole, stops the service; empty when it cannot. */
function singlePointOf(provider: ResolvedProvider, { analysis }: Assessment): string {
  const words = {
    sole_supplier: 'sole supplier',
    shared_hosting: 'through shared hosting',
    sim_attachment: 'the only supplier its SIMs reach',
  };
  return analysis.failure.singlePoints
    .filter(
      (s) =>
        (s.kind === 'provider' && s.subject === provider.id) ||
        (s.kind === 'group' && s.subject === provider.group && s.subject !== provider.id),
    )
    .map((s) => {
      const lost = s.capabilities.map((c) => c.capability).join(', ');
      if (s.kind === 'group') return `with its group ${s.subject}: loses ${lost}`;
      const how = [
        ...new Set(
          s.capabilities.map((c) =>
            c.path === 'ownership_group' ? 'through its group' : words[c.path],
          ),
        ),
      ];
      return `loses ${lost} (${how.join(', ')})`;
    })
    .join('; ');
}

/**
 * The open findings that name this provider: among the elements of the finding's stable id
 * (`<rule>/<element ids joined by +>`) the provider, one of its contracts, an integration it
 * is an end of, or its declared ownership group. Most severe first, as the rule run sorts them.
 */
function findingsNaming(
  provider: ResolvedProvider,
  contracts: readonly Contract[],
  { integrations, findingsByElement }: RegisterIndex,
): Finding[] {
  const names = [
    provider.id,
    ...contracts.map((c) => c.id),
    ...(integrations.get(provider.id) ?? []).map((i) => i.id),
    // A provider in no declared group is a group of its own, already named by its id.
    ...(provider.group === provider.id ? [] : [provider.group]),
  ];
  const named = new Set(names.flatMap((name) => findingsByElement.get(name) ?? []));
  return [...named].sort(bySeverity);
}
