/**
 * Gives a source graph mvnoscope meaning through the format's mapping rules: nodes become
 * providers (or are listed as unmapped with the rule's reason), links between two mapped
 * nodes become integrations, data assets with a known holder become data classes. What the
 * source cannot say is written as a TODO, never guessed; required fields it cannot fill get a
 * placeholder that leans to the worst case (no authentication, no encryption, internet-facing),
 * so the findings point at it rather than hide it.
 */
import type { DATA_CATEGORIES } from '../model/schema/data-classes.js';
import type { DraftEntry, DraftModel, Todo } from './draft-model.js';
import { IdAllocator } from './id-allocator.js';
import { capabilitiesByName, type MappingRules, ruleFor } from './mapping-rules.js';
import { operatorPlaceholder } from './operator-placeholder.js';
import {
  baseName,
  describeLocation,
  type SourceData,
  type SourceGraph,
  type SourceLink,
  type SourceNode,
  type Unmapped,
} from './source-graph.js';

type DataCategory = (typeof DATA_CATEGORIES)[number];

/** Data asset names that say which category of data they are; the rest are `other`. */
const DATA_CATEGORY_BY_NAME: readonly { readonly name: RegExp; readonly category: DataCategory }[] =
  [
    {
      name: /\b(ki|opc|auth(entication)? key|credential|secret|password|token)s?\b/i,
      category: 'authentication_keys',
    },
    { name: /payment|credit card|card data|\bpan\b|iban|bank/i, category: 'payment' },
    { name: /\b(cdr|usage|call detail|billing record|log)s?\b/i, category: 'usage_records' },
    { name: /location|\bgps\b|cell id/i, category: 'location' },
    { name: /\b(imsi|msisdn|iccid|subscriber|identity|pii)\b/i, category: 'subscriber_identity' },
    { name: /customer|profile|contact|account|person/i, category: 'customer_profile' },
    { name: /\b(model|weights)\b/i, category: 'ai_model' },
    { name: /training/i, category: 'ai_training_data' },
    { name: /config/i, category: 'network_configuration' },
  ];

const SIM_TODOS: readonly Todo[] = [
  {
    field: 'imsi_issuers, key_holders',
    reason:
      'who issues the IMSIs and who holds Ki/OPc is not in the source; add one sims entry per SIM kind',
  },
];

const CONTRACT_TODOS: readonly Todo[] = [
  {
    field: 'notice_months, exit_fee',
    reason:
      'the source states no contracts; add one per supplier with its term, notice and exit fee',
  },
];

export function mapGraph(graph: SourceGraph, rules: MappingRules): DraftModel {
  const state = new MappingState(graph, rules);
  const kept = mapNodes(state);
  const roles = applyRoleLinks(state, kept);
  const groups = supplierGroups(state, kept);
  const providers = kept.map(({ node, id, capabilities, kind }) =>
    providerEntry(node, id, kind, capabilities, state.providerOf, groups),
  );
  const data = mapData(state, roles.holders);
  const integrations = mapFlows(state, roles.flows, data.idOf);
  return {
    header: [
      `Imported by mvnoscope from ${baseName(graph.file)} (${graph.format})${graph.title === undefined ? '' : `: ${graph.title}`}.`,
      'Every entry says where it came from. Lines starting "TODO" are facts the source does not state:',
      'fill them in (mvnoscope validate lists each one), then delete the TODO comment.',
    ],
    operator: operatorPlaceholder(
      { asOf: graph.date },
      describeLocation({ file: graph.file, path: '(document)' }),
    ),
    sections: {
      groups: [...groups.values()].sort(byId),
      providers: providers.sort(byId),
      integrations: integrations.sort(byId),
      data: data.entries.sort(byId),
    },
    sectionTodos: { contracts: CONTRACT_TODOS, sims: SIM_TODOS },
    unmapped: state.unmapped,
    mapped:
      kept.filter((k) => k.node.synthetic !== true).length +
      roles.count +
      integrations.length +
      data.entries.length +
      (graph.absorbed ?? 0),
  };
}

/** What the mapping steps share: the rules, the ids given out, the unmapped list so far. */
class MappingState {
  readonly ids = new IdAllocator();
  readonly unmapped: Unmapped[];
  /** Source ref of each node imported as a provider → its provider id. */
  readonly providerOf = new Map<string, string>();

  constructor(
    readonly graph: SourceGraph,
    readonly rules: MappingRules,
  ) {
    this.ids.reserve('operator');
    this.unmapped = [...graph.unmapped];
  }
}

interface KeptNode {
  node: SourceNode;
  readonly id: string;
  readonly capabilities: readonly string[];
  readonly kind: string;
}

/** Ids sort as plain text (code points), the same on every machine. */
function byId(a: DraftEntry, b: DraftEntry): number {
  const [x, y] = [String(a.value.id), String(b.value.id)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Each node through the rules: a provider with its kind and capabilities, or unmapped. */
function mapNodes(state: MappingState): KeptNode[] {
  const kept: KeptNode[] = [];
  for (const node of state.graph.nodes) {
    const rule = ruleFor(state.rules, node);
    if (rule === undefined || rule.kind === 'unmapped') {
      // A far end the importer implied is no source element: its links are listed instead.
      if (node.synthetic !== true)
        state.unmapped.push({
          element: node,
          reason: rule?.reason ?? `no mapping rule for ${node.type}`,
        });
      continue;
    }
    const id = state.ids.allocate(node.name, node.ref);
    state.providerOf.set(node.ref, id);
    const capabilities = [
      ...new Set(rule.capabilities ?? node.capabilities ?? capabilitiesByName(node)),
    ];
    kept.push({ node, id, capabilities, kind: rule.kind });
  }
  return kept;
}

/**
 * Links that say what runs where (`hosting`) or who holds which data (`holds`) become
 * `hosted_on` and `held_by`; the flows are kept for `mapFlows`.
 */
function applyRoleLinks(state: MappingState, kept: KeptNode[]) {
  const flows: SourceLink[] = [];
  const holders = new Map<string, Set<string>>();
  const hosts = new Map<string, Set<string>>();
  let count = 0;
  for (const link of state.graph.links) {
    if (link.role === undefined) {
      flows.push(link);
      continue;
    }
    const from = state.providerOf.get(link.from);
    const held = link.role === 'holds' && state.graph.data.some((d) => d.ref === link.to);
    const to = link.role === 'hosting' ? state.providerOf.get(link.to) : held ? link.to : undefined;
    if (from === undefined || to === undefined) {
      const end = from === undefined ? link.from : link.to;
      state.unmapped.push({ element: link, reason: `its end ${end} is not imported` });
      continue;
    }
    const into = link.role === 'hosting' ? hosts : holders;
    into.set(to, (into.get(to) ?? new Set()).add(link.role === 'hosting' ? link.from : from));
    count++;
  }
  for (const entry of kept) {
    const extra = [...(hosts.get(entry.id) ?? [])];
    if (extra.length > 0)
      entry.node = { ...entry.node, hostedOn: [...(entry.node.hostedOn ?? []), ...extra] };
  }
  return { flows, holders, count };
}

/** The organisations the source names as suppliers, as ownership groups. */
function supplierGroups(state: MappingState, kept: readonly KeptNode[]): Map<string, DraftEntry> {
  const groups = new Map<string, DraftEntry>();
  for (const { node } of kept) {
    if (node.supplier === undefined || groups.has(node.supplier)) continue;
    groups.set(node.supplier, {
      value: { id: state.ids.allocate(node.supplier, 'group'), name: node.supplier },
      from: `${describeLocation(node.at)} (its supplier)`,
    });
  }
  return groups;
}

/** Data assets with at least one imported holder become data classes. */
function mapData(state: MappingState, holders: ReadonlyMap<string, ReadonlySet<string>>) {
  const idOf = new Map<string, string>();
  const entries: DraftEntry[] = [];
  for (const asset of state.graph.data) {
    const heldBy = [
      ...asset.heldBy.flatMap((ref) => state.providerOf.get(ref) ?? []),
      ...(holders.get(asset.ref) ?? []),
    ];
    const holding = [...new Set(heldBy)].sort();
    if (holding.length === 0) {
      state.unmapped.push({ element: asset, reason: 'the source names no imported holder of it' });
      continue;
    }
    const id = state.ids.allocate(asset.name, asset.ref);
    idOf.set(asset.ref, id);
    entries.push(dataEntry(asset, id, holding));
  }
  return { idOf, entries };
}

/** Flows between two different imported providers become integrations. */
function mapFlows(
  state: MappingState,
  flows: readonly SourceLink[],
  dataIdOf: ReadonlyMap<string, string>,
): DraftEntry[] {
  const integrations: DraftEntry[] = [];
  for (const link of flows) {
    const from = state.providerOf.get(link.from);
    const to = state.providerOf.get(link.to);
    if (from === undefined || to === undefined) {
      const end = from === undefined ? link.from : link.to;
      state.unmapped.push({
        element: link,
        reason: `its end ${end} is not imported as a provider`,
      });
    } else if (from === to) {
      state.unmapped.push({ element: link, reason: 'both ends are one provider' });
    } else {
      const id = state.ids.allocate(link.name, `${from}-to-${to}`);
      integrations.push(integrationEntry(link, id, { from, to }, state.rules, dataIdOf));
    }
  }
  return integrations;
}

function providerEntry(
  node: SourceNode,
  id: string,
  kind: string,
  capabilities: readonly string[],
  providerOf: ReadonlyMap<string, string>,
  groups: ReadonlyMap<string, DraftEntry>,
): DraftEntry {
  const hostedOn = [...new Set((node.hostedOn ?? []).flatMap((ref) => providerOf.get(ref) ?? []))]
    .filter((host) => host !== id)
    .sort();
  const group = node.supplier === undefined ? undefined : groups.get(node.supplier)?.value.id;
  const todos: Todo[] = [];
  if (node.synthetic === true)
    todos.push({
      field: 'name, kind',
      reason: 'the source names only the interface; who provides it is not in the source',
    });
  if (node.jurisdiction === undefined)
    todos.push({
      field: 'jurisdiction',
      reason: 'where the supplier is established is not in the source',
    });
  if (capabilities.length === 0)
    todos.push({
      field: 'supplies',
      reason: 'the source does not say which MVNO capability this serves',
    });
  else
    todos.push({
      field: 'share',
      reason:
        'the share of each capability it carries is not in the source (omitted: split equally)',
    });
  return {
    value: {
      id,
      name: node.name,
      kind,
      ...(node.jurisdiction === undefined ? {} : { jurisdiction: node.jurisdiction }),
      ...(group === undefined ? {} : { group }),
      ...(hostedOn.length === 0 ? {} : { hosted_on: hostedOn }),
      ...(capabilities.length === 0 ? {} : { supplies: [...capabilities] }),
      ...(node.description === undefined ? {} : { notes: node.description.slice(0, 4000) }),
    },
    from: `${describeLocation(node.at)} (${node.type} ${node.ref})`,
    todos,
  };
}

function integrationEntry(
  link: SourceLink,
  id: string,
  { from, to }: { readonly from: string; readonly to: string },
  rules: MappingRules,
  dataIdOf: ReadonlyMap<string, string>,
): DraftEntry {
  const data = [...new Set((link.data ?? []).flatMap((ref) => dataIdOf.get(ref) ?? []))].sort();
  const placeholders: Record<string, string> = {};
  const raw = link.protocol?.toLowerCase();
  const protocol = raw === undefined ? 'other' : (rules.protocols[raw] ?? 'other');
  if (raw === undefined) placeholders.protocol = 'the source does not name the protocol';
  let authentication = 'none';
  if (link.authenticated === true) {
    authentication = 'api_key';
    placeholders.authentication = 'the source says the link is authenticated, not how';
  } else if (link.authenticated === undefined)
    placeholders.authentication = 'the source does not say how the link authenticates';
  let encryption = 'none';
  if (link.encrypted === true) {
    encryption = 'tls';
    placeholders.encryption = 'the source says the link is encrypted, not how';
  } else if (link.encrypted === undefined)
    placeholders.encryption = 'the source does not say whether the link is encrypted';
  if (link.internetFacing === undefined)
    placeholders.internet_facing = 'the source does not say whether the link crosses the internet';
  const notes = [
    link.name === '' ? undefined : link.name,
    raw !== undefined && rules.protocols[raw] === undefined
      ? `source protocol: ${link.protocol}`
      : undefined,
  ].filter((part) => part !== undefined);
  return {
    value: {
      id,
      from,
      to,
      protocol,
      authentication,
      encryption,
      internet_facing: link.internetFacing ?? true,
      ...(data.length === 0 ? {} : { data }),
      ...(notes.length === 0 ? {} : { notes: notes.join('; ') }),
    },
    from: `${describeLocation(link.at)} (${link.type} ${link.ref})`,
    placeholders,
  };
}

function dataEntry(asset: SourceData, id: string, holders: readonly string[]): DraftEntry {
  const category = DATA_CATEGORY_BY_NAME.find((entry) => entry.name.test(asset.name))?.category;
  const placeholders: Record<string, string> = {};
  if (category === undefined)
    placeholders.category = 'the source does not say what kind of data this is';
  if (asset.sensitivity === undefined)
    placeholders.sensitivity = 'the source gives no sensitivity (placeholder: the highest)';
  return {
    value: {
      id,
      name: asset.name,
      category: category ?? 'other',
      sensitivity: asset.sensitivity ?? 'restricted',
      held_by: [...holders],
    },
    from: `${describeLocation(asset.at)} (${asset.type} ${asset.ref})`,
    placeholders,
    todos: [{ field: 'residency', reason: 'where the data is held is not in the source' }],
  };
}
