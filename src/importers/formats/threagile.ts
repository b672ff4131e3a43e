/**
 * Threagile YAML: technical assets become providers (their owner an ownership group, shared
 * runtimes the providers they are hosted on), communication links become integrations with
 * their protocol, authentication and VPN, data assets become data classes held by the assets
 * that process or store them. The threat-model parts (risks, abuse cases, questions) and the
 * trust boundaries are listed as unmapped: mvnoscope draws its findings from its own rules.
 */
import type { ModelPath } from '../../model/load/diagnostic.js';
import { isRecord } from '../../model/load/value-view.js';
import { decodeText } from '../decode-text.js';
import type { ImportFormat } from '../import-format.js';
import { mapGraph } from '../map-graph.js';
import { COMMON_PROTOCOLS, type MappingRules } from '../mapping-rules.js';
import { flagAt, listAt, StructuredSource, textAt } from '../read-structured.js';
import type { SourceData, SourceLink, SourceNode, Unmapped } from '../source-graph.js';

export const THREAGILE_RULES: MappingRules = {
  nodes: [
    {
      property: {
        key: 'technology',
        value: '^(browser|desktop|mobile-app|devops-client|cli|tool)$',
      },
      kind: 'unmapped',
      reason: 'a client people use, not a system a supplier runs',
    },
    { type: 'shared_runtime', kind: 'cloud', capabilities: ['hosting'] },
    { property: { key: 'custom_developed_parts', value: '^true$' }, kind: 'in_house' },
    { kind: 'other' },
  ],
  protocols: {
    ...COMMON_PROTOCOLS,
    ldap: 'other',
    ldaps: 'other',
    smtp: 'other',
    'smtp-encrypted': 'other',
    'local-file-access': 'other',
    'in-process-library-call': 'other',
    binary: 'other',
    'binary-encrypted': 'other',
    text: 'other',
    'text-encrypted': 'other',
    'ssh-tunnel': 'sftp',
    wss: 'rest',
    ws: 'rest',
    'jms-encrypted': 'messaging_queue',
  },
};

/** Threagile's confidentiality scale on mvnoscope's four sensitivities. */
const SENSITIVITY: Readonly<Record<string, SourceData['sensitivity']>> = {
  public: 'public',
  internal: 'internal',
  restricted: 'confidential',
  confidential: 'confidential',
  'strictly-confidential': 'restricted',
};

/** Parts of a Threagile model that are threat analysis, not architecture. */
const THREAT_PARTS: Readonly<Record<string, string>> = {
  trust_boundaries:
    'a network trust boundary: mvnoscope has no network zones (links across the internet are marked internet_facing)',
  individual_risk_categories:
    "a threat model's own risk category: mvnoscope's findings come from its rules",
  risk_tracking: "a threat model's risk tracking entry",
  abuse_cases: 'an abuse case of the threat model',
  security_requirements: 'a security requirement of the threat model',
  questions: 'an open question of the threat model',
};

const ENCRYPTED = /(^https$|^wss$|^sftp$|^ssh|-encrypted$|^ldaps$|^smtps?-encrypted$)/;

export const threagileFormat: ImportFormat = {
  name: 'threagile',
  description:
    'Threagile YAML (technical assets, communication links, data assets, shared runtimes)',
  rules: THREAGILE_RULES,
  async read({ file, bytes, limits, rules }) {
    const source = StructuredSource.read(
      decodeText(bytes, file),
      file,
      limits,
      'a Threagile model',
    );
    const model = source.value;
    if (model.threagile_version === undefined || !isRecord(model.technical_assets))
      throw source.refuse(
        [],
        'this is not a Threagile model',
        '`threagile_version` and a `technical_assets` mapping',
      );
    const { nodes, links } = technicalAssets(source, model.technical_assets);
    return mapGraph(
      {
        format: 'threagile',
        file,
        title: textAt(model, 'title'),
        date: /^\d{4}-\d{2}-\d{2}$/.exec(textAt(model, 'date') ?? '')?.[0],
        nodes: sharedRuntimes(source, model, nodes),
        links,
        data: dataAssets(source, model),
        unmapped: threatParts(source, model),
      },
      rules,
    );
  },
};

type Raw = Readonly<Record<string, unknown>>;

/** Technical assets as nodes (their owner the supplier), with their communication links. */
function technicalAssets(source: StructuredSource, technical: Raw) {
  const assets = Object.entries(technical);
  const internet = new Map(
    assets.map(([title, asset]) => [
      textAt(asset, 'id') ?? title,
      flagAt(asset, 'internet') === true,
    ]),
  );
  const nodes: SourceNode[] = [];
  const links: SourceLink[] = [];
  for (const [title, asset] of assets) {
    const path: ModelPath = ['technical_assets', title];
    if (!isRecord(asset)) throw source.refuse(path, 'expected a technical asset (a mapping)');
    const id = textAt(asset, 'id');
    if (id === undefined) throw source.refuse(path, 'a technical asset needs an id');
    const owner = textAt(asset, 'owner');
    const description = textAt(asset, 'description');
    nodes.push({
      type: textAt(asset, 'type') ?? 'technical_asset',
      ref: id,
      name: title,
      ...(description === undefined ? {} : { description }),
      properties: {
        technology: textAt(asset, 'technology') ?? '',
        custom_developed_parts: String(flagAt(asset, 'custom_developed_parts') ?? false),
        usage: textAt(asset, 'usage') ?? '',
      },
      ...(owner === undefined || owner === '' ? {} : { supplier: owner }),
      at: source.at(path),
    });
    links.push(...communicationLinks(source, asset, id, path, internet));
  }
  return { nodes, links };
}

/** Shared runtimes as nodes of their own; the assets running on one are hosted on it. */
function sharedRuntimes(
  source: StructuredSource,
  model: Raw,
  assets: readonly SourceNode[],
): SourceNode[] {
  const runtimes = Object.entries(isRecord(model.shared_runtimes) ? model.shared_runtimes : {});
  const hostOf = new Map<string, string[]>();
  const nodes: SourceNode[] = runtimes.map(([title, runtime]) => {
    const ref = textAt(runtime, 'id') ?? title;
    for (const asset of listAt(runtime, 'technical_assets_running'))
      if (typeof asset === 'string') hostOf.set(asset, [...(hostOf.get(asset) ?? []), ref]);
    return {
      type: 'shared_runtime',
      ref,
      name: title,
      properties: {},
      at: source.at(['shared_runtimes', title]),
    };
  });
  const hosted = assets.map((node) => {
    const hosts = hostOf.get(node.ref);
    return hosts === undefined ? node : { ...node, hostedOn: [...(node.hostedOn ?? []), ...hosts] };
  });
  return [...hosted, ...nodes];
}

/** The threat-analysis parts, listed as unmapped entry by entry. */
function threatParts(source: StructuredSource, model: Raw): Unmapped[] {
  const unmapped: Unmapped[] = [];
  for (const [part, reason] of Object.entries(THREAT_PARTS)) {
    const value = model[part];
    const entries = isRecord(value)
      ? Object.entries(value)
      : Array.isArray(value)
        ? value.map((v, i) => [String(i), v] as const)
        : [];
    for (const [key, entry] of entries) {
      const path: ModelPath = [part, Array.isArray(value) ? Number(key) : key];
      const name = typeof entry === 'string' ? entry : (textAt(entry, 'description') ?? key);
      unmapped.push({
        element: {
          type: part.replace(/s$/, ''),
          ref: textAt(entry, 'id') ?? key,
          name: isRecord(value) ? key : name,
          at: source.at(path),
        },
        reason,
      });
    }
  }
  return unmapped;
}

function* communicationLinks(
  source: StructuredSource,
  asset: Readonly<Record<string, unknown>>,
  from: string,
  path: ModelPath,
  internet: ReadonlyMap<string, boolean>,
): Generator<SourceLink> {
  const links = asset.communication_links;
  if (!isRecord(links)) return;
  for (const [title, link] of Object.entries(links)) {
    const at: ModelPath = [...path, 'communication_links', title];
    const target = textAt(link, 'target');
    if (target === undefined) throw source.refuse(at, 'a communication link needs a target');
    const protocol = textAt(link, 'protocol');
    const authentication = textAt(link, 'authentication');
    const vpn = flagAt(link, 'vpn') === true;
    yield {
      type: 'communication_link',
      ref: `${from}/${title}`,
      name: title,
      at: source.at(at),
      from,
      to: target,
      ...(protocol === undefined ? {} : { protocol, encrypted: vpn || ENCRYPTED.test(protocol) }),
      ...(authentication === undefined ? {} : { authenticated: authentication !== 'none' }),
      internetFacing: !vpn && (internet.get(from) === true || internet.get(target) === true),
      data: [...listAt(link, 'data_assets_sent'), ...listAt(link, 'data_assets_received')].filter(
        (d): d is string => typeof d === 'string',
      ),
    };
  }
}

function dataAssets(
  source: StructuredSource,
  model: Readonly<Record<string, unknown>>,
): SourceData[] {
  const assets = isRecord(model.data_assets) ? Object.entries(model.data_assets) : [];
  const technical = isRecord(model.technical_assets) ? Object.values(model.technical_assets) : [];
  return assets.map(([title, asset]) => {
    const ref = textAt(asset, 'id') ?? title;
    const heldBy = technical
      .filter((t) =>
        [...listAt(t, 'data_assets_processed'), ...listAt(t, 'data_assets_stored')].includes(ref),
      )
      .flatMap((t) => textAt(t, 'id') ?? []);
    const sensitivity = SENSITIVITY[textAt(asset, 'confidentiality') ?? ''];
    return {
      type: 'data_asset',
      ref,
      name: title,
      at: source.at(['data_assets', title]),
      heldBy,
      ...(sensitivity === undefined ? {} : { sensitivity }),
    };
  });
}
