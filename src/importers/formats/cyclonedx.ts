/**
 * CycloneDX 1.4–1.7 JSON (SaaSBOM): services become providers (their `provider.name` an
 * ownership group), data flows and service dependencies between two services become
 * integrations. `authenticated`, the endpoints' scheme (https: encrypted) and the trust
 * boundary (`x-trust-boundary` up to 1.5, `trustZone` from 1.5) fill the link's security facts.
 * The parts of the schema read here are checked, with positions; anything else is left alone.
 */
import type { ModelPath } from '../../model/load/diagnostic.js';
import { isRecord } from '../../model/load/value-view.js';
import { decodeText } from '../decode-text.js';
import type { ImportFormat } from '../import-format.js';
import { mapGraph } from '../map-graph.js';
import { COMMON_PROTOCOLS, type MappingRules } from '../mapping-rules.js';
import { flagAt, listAt, StructuredSource, textAt } from '../read-structured.js';
import type { SourceLink, SourceNode, Unmapped } from '../source-graph.js';

const SPEC_VERSIONS = ['1.4', '1.5', '1.6', '1.7'];
const FLOWS = ['inbound', 'outbound', 'bi-directional', 'unknown'];

export const CYCLONEDX_RULES: MappingRules = {
  nodes: [
    {
      type: 'service',
      name: 'database|datastore|data store|postgres|pgsql|mysql|\\bs3\\b|bucket|storage|redis|cache',
      kind: 'cloud',
      capabilities: ['hosting'],
    },
    { type: 'service', kind: 'saas' },
  ],
  protocols: COMMON_PROTOCOLS,
};

interface Service {
  readonly node: SourceNode;
  readonly path: ModelPath;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly crossesBoundary?: boolean;
  readonly scheme?: string;
}

export const cyclonedxFormat: ImportFormat = {
  name: 'cyclonedx',
  description: 'CycloneDX 1.4–1.7 JSON (SaaSBOM: services, data flows, trust boundaries)',
  rules: CYCLONEDX_RULES,
  async read({ file, bytes, limits, rules }) {
    const source = StructuredSource.read(decodeText(bytes, file), file, limits, 'a CycloneDX BOM');
    const bom = source.value;
    if (bom.bomFormat !== 'CycloneDX')
      throw source.refuse(
        ['bomFormat'],
        'this is not a CycloneDX BOM',
        '"CycloneDX"',
        String(bom.bomFormat),
      );
    const version = textAt(bom, 'specVersion');
    if (version === undefined || !SPEC_VERSIONS.includes(version))
      throw source.refuse(
        ['specVersion'],
        'unsupported CycloneDX version',
        SPEC_VERSIONS.join(', '),
        version,
      );
    if (!Array.isArray(bom.services) || bom.services.length === 0)
      throw source.refuse(
        [],
        'the BOM lists no services: mvnoscope imports the services of a SaaSBOM (a TM-BOM of threat-model components is not supported)',
        'a top-level `services` list',
      );
    const unmapped: Unmapped[] = [];
    const services = collectServices(source, bom);
    const byRef = new Map(services.map((s) => [s.node.ref, s]));
    const links = [...flowLinks(source, services, byRef, unmapped)];
    links.push(...dependencyLinks(source, bom, byRef, links, unmapped));
    listAt(bom, 'components').forEach((component, i) => {
      unmapped.push({
        element: element(source, ['components', i], component, 'component'),
        reason: 'a software component, not a service a supplier runs',
      });
    });
    const subject = isRecord(bom.metadata) ? bom.metadata.component : undefined;
    if (isRecord(subject))
      unmapped.push({
        element: element(source, ['metadata', 'component'], subject, 'metadata component'),
        reason: "the system the BOM describes: the operator's own, not a supplier",
      });
    const timestamp = isRecord(bom.metadata) ? textAt(bom.metadata, 'timestamp') : undefined;
    return mapGraph(
      {
        format: 'cyclonedx',
        file,
        title: isRecord(subject) ? textAt(subject, 'name') : undefined,
        date: /^\d{4}-\d{2}-\d{2}/.exec(timestamp ?? '')?.[0],
        nodes: services.map((s) => s.node),
        links,
        data: [],
        unmapped,
      },
      rules,
    );
  },
};

function element(source: StructuredSource, path: ModelPath, value: unknown, type: string) {
  return {
    type,
    ref: textAt(value, 'bom-ref') ?? textAt(value, 'ref') ?? String(path.at(-1)),
    name: textAt(value, 'name') ?? textAt(value, 'ref') ?? type,
    at: source.at(path),
  };
}

/** Every service, nested ones included, in document order, with its fields checked. */
function collectServices(
  source: StructuredSource,
  bom: Readonly<Record<string, unknown>>,
): Service[] {
  const found: Service[] = [];
  const walk = (list: unknown, path: ModelPath) => {
    if (list === undefined) return;
    if (!Array.isArray(list))
      throw source.refuse(path, 'expected a list of services', 'a list', typeof list);
    list.forEach((raw, i) => {
      const at = [...path, i];
      if (!isRecord(raw)) throw source.refuse(at, 'expected a service (an object)');
      const name = textAt(raw, 'name');
      if (name === undefined) throw source.refuse(at, 'a service needs a name', 'name: "…"');
      checkFlows(source, raw, at);
      const provider = isRecord(raw.provider) ? textAt(raw.provider, 'name') : undefined;
      const endpoints = listAt(raw, 'endpoints').filter((e): e is string => typeof e === 'string');
      const boundary = flagAt(raw, 'x-trust-boundary');
      const zone = textAt(raw, 'trustZone');
      const description = [textAt(raw, 'description'), flowSummary(raw), referenceSummary(raw)]
        .filter((part) => part !== undefined && part !== '')
        .map((part) => (/[.!?]$/.test(String(part)) ? part : `${part}.`));
      found.push({
        node: {
          type: 'service',
          ref: textAt(raw, 'bom-ref') ?? `${name}@${at.join('.')}`,
          name,
          ...(description.length === 0 ? {} : { description: description.join(' ') }),
          properties: {
            ...(textAt(raw, 'group') === undefined ? {} : { group: String(textAt(raw, 'group')) }),
            ...(zone === undefined ? {} : { trustZone: zone }),
          },
          ...(provider === undefined ? {} : { supplier: provider }),
          at: source.at(at),
        },
        path: at,
        raw,
        ...(boundary === undefined
          ? zone === undefined
            ? {}
            : { crossesBoundary: /public|external|internet|dmz/i.test(zone) }
          : { crossesBoundary: boundary }),
        ...(endpoints[0] === undefined
          ? {}
          : { scheme: /^([a-z][a-z0-9+.-]*):/i.exec(endpoints[0])?.[1]?.toLowerCase() }),
      });
      walk(raw.services, [...at, 'services']);
    });
  };
  walk(bom.services, ['services']);
  return found;
}

function checkFlows(
  source: StructuredSource,
  service: Readonly<Record<string, unknown>>,
  at: ModelPath,
): void {
  const data = service.data;
  if (data === undefined) return;
  if (!Array.isArray(data)) throw source.refuse([...at, 'data'], 'expected a list of data flows');
  data.forEach((flow, j) => {
    const path = [...at, 'data', j];
    if (!isRecord(flow)) throw source.refuse(path, 'expected a data flow (an object)');
    const direction = flow.flow;
    if (typeof direction !== 'string' || !FLOWS.includes(direction))
      throw source.refuse(
        [...path, 'flow'],
        'not a CycloneDX data flow direction',
        FLOWS.join(', '),
        JSON.stringify(direction),
      );
    if (typeof flow.classification !== 'string')
      throw source.refuse([...path, 'classification'], 'a data flow needs a classification (text)');
  });
}

function flowSummary(service: Readonly<Record<string, unknown>>): string {
  const flows = listAt(service, 'data').map(
    (flow) => `${textAt(flow, 'classification')} (${textAt(flow, 'flow')})`,
  );
  return flows.length === 0 ? '' : `Data: ${flows.join(', ')}.`;
}

/** External references (documentation, website …) kept in the notes, where a reader looks. */
function referenceSummary(service: Readonly<Record<string, unknown>>): string {
  const references = listAt(service, 'externalReferences').flatMap((ref) => {
    const url = textAt(ref, 'url');
    return url === undefined ? [] : [`${textAt(ref, 'type') ?? 'reference'} ${url}`];
  });
  return references.length === 0 ? '' : `References: ${references.join(', ')}.`;
}

/** "urn:cdx:serial/1#ms-1" and "ms-1" both name the service ms-1. */
function refOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const hash = value.lastIndexOf('#');
  return value.startsWith('urn:cdx:') && hash !== -1 ? value.slice(hash + 1) : value;
}

function linkFacts(from: Service, to: Service) {
  const authenticated = flagAt(to.raw, 'authenticated');
  const boundary = [from.crossesBoundary, to.crossesBoundary];
  return {
    ...(authenticated === undefined ? {} : { authenticated }),
    ...(to.scheme === undefined
      ? {}
      : { protocol: to.scheme, encrypted: ['https', 'wss', 'sftp', 'ssh'].includes(to.scheme) }),
    ...(boundary.includes(true)
      ? { internetFacing: true }
      : boundary.every((b) => b === false)
        ? { internetFacing: false }
        : {}),
  };
}

function* flowLinks(
  source: StructuredSource,
  services: readonly Service[],
  byRef: ReadonlyMap<string, Service>,
  unmapped: Unmapped[],
): Generator<SourceLink> {
  const seen = new Map<string, string>();
  for (const service of services) {
    const flows = listAt(service.raw, 'data');
    for (let j = 0; j < flows.length; j++) {
      const flow = flows[j];
      const path = [...service.path, 'data', j];
      const name =
        textAt(flow, 'name') ?? `${textAt(flow, 'classification')} ${textAt(flow, 'flow')}`;
      const el = {
        type: 'data flow',
        ref: `${service.node.ref}/data/${j}`,
        name,
        at: source.at(path),
      };
      const ends = [...listAt(flow, 'source'), ...listAt(flow, 'destination')].map(refOf);
      const other = ends
        .map((ref) => (ref === undefined ? undefined : byRef.get(ref)))
        .find((s) => s !== undefined && s !== service);
      if (other === undefined) {
        unmapped.push({
          element: el,
          reason:
            'names no other service of the BOM at its other end (classification kept in the service notes)',
        });
        continue;
      }
      const inbound = textAt(flow, 'flow') === 'inbound';
      const [from, to] = inbound ? [other, service] : [service, other];
      const pair = [from.node.ref, to.node.ref].sort().join(' ');
      const key = `${pair}|${name}`;
      const first = seen.get(key);
      if (first !== undefined) {
        unmapped.push({
          element: el,
          reason: `the same flow as ${first}, listed at its other end`,
        });
        continue;
      }
      seen.set(key, el.at.path);
      yield { ...el, from: from.node.ref, to: to.node.ref, ...linkFacts(from, to), data: [] };
    }
  }
}

function* dependencyLinks(
  source: StructuredSource,
  bom: Readonly<Record<string, unknown>>,
  byRef: ReadonlyMap<string, Service>,
  flows: readonly SourceLink[],
  unmapped: Unmapped[],
): Generator<SourceLink> {
  const pairs = new Set(flows.map((l) => [l.from, l.to].sort().join(' ')));
  const dependencies = listAt(bom, 'dependencies');
  for (let i = 0; i < dependencies.length; i++) {
    const ref = textAt(dependencies[i], 'ref') ?? '';
    const targets = listAt(dependencies[i], 'dependsOn');
    for (let j = 0; j < targets.length; j++) {
      const target = refOf(targets[j]) ?? '';
      const el = {
        type: 'dependency',
        ref: `${ref} -> ${target}`,
        name: `${ref} depends on ${target}`,
        at: source.at(['dependencies', i, 'dependsOn', j]),
      };
      const from = byRef.get(ref);
      const to = byRef.get(target);
      if (from === undefined || to === undefined) {
        unmapped.push({
          element: el,
          reason: `${from === undefined ? ref : target} is not a service of the BOM`,
        });
        continue;
      }
      const pair = [ref, target].sort().join(' ');
      if (pairs.has(pair)) {
        unmapped.push({
          element: el,
          reason: 'already imported as a data flow between the same services',
        });
        continue;
      }
      pairs.add(pair);
      yield { ...el, from: ref, to: target, ...linkFacts(from, to) };
    }
  }
}
