/**
 * Structurizr JSON workspaces (the format the Structurizr tools export; the DSL has no
 * maintained parser on npm, so export the workspace as JSON first). Software systems become
 * providers (an external one a SaaS, an internal one the operator's own), top-level deployment
 * nodes the hosting they run on; relationships between elements of two software systems
 * become integrations between those systems, with the technology as the protocol. People,
 * containers, components, nested deployment nodes and views are listed as unmapped, each with
 * the software system or node it belongs to.
 */
import type { ModelPath } from '../../model/load/diagnostic.js';
import { isRecord } from '../../model/load/value-view.js';
import { decodeText } from '../decode-text.js';
import type { ImportFormat } from '../import-format.js';
import { mapGraph } from '../map-graph.js';
import { COMMON_PROTOCOLS, type MappingRules, type Protocol } from '../mapping-rules.js';
import { listAt, StructuredSource, textAt } from '../read-structured.js';
import type { SourceElement, SourceLink, SourceNode, Unmapped } from '../source-graph.js';

export const STRUCTURIZR_RULES: MappingRules = {
  nodes: [
    {
      type: 'deploymentNode',
      name: 'amazon|aws|azure|google|gcp|cloud|oracle cloud|ibm cloud',
      kind: 'cloud',
      capabilities: ['hosting'],
    },
    { type: 'deploymentNode', kind: 'data_centre', capabilities: ['hosting'] },
    { type: 'softwareSystem', property: { key: 'location', value: '^external$' }, kind: 'saas' },
    {
      type: 'softwareSystem',
      property: { key: 'location', value: '^internal$' },
      kind: 'in_house',
    },
    { type: 'softwareSystem', kind: 'other' },
  ],
  protocols: COMMON_PROTOCOLS,
};

/** Words in a relationship's `technology` and the protocol they name, first match wins. */
const TECHNOLOGY_WORDS: readonly { readonly pattern: RegExp; readonly protocol: Protocol }[] = [
  { pattern: /jdbc|sql|mysql|postgres|oracle|database/i, protocol: 'database' },
  { pattern: /amqp|kafka|mqtt|jms|queue|sns|sqs/i, protocol: 'messaging_queue' },
  { pattern: /sftp|ftp|ssh/i, protocol: 'sftp' },
  { pattern: /soap|xml\/http/i, protocol: 'soap' },
  { pattern: /smtp|e-?mail/i, protocol: 'other' },
  { pattern: /https?|rest|json|api|grpc|graphql/i, protocol: 'rest' },
];

const VIEW_KINDS = [
  'systemLandscapeViews',
  'systemContextViews',
  'containerViews',
  'componentViews',
  'dynamicViews',
  'deploymentViews',
  'filteredViews',
  'customViews',
  'imageViews',
];

interface Walked {
  readonly element: SourceElement;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly path: ModelPath;
  /** The software system or top-level deployment node it belongs to (itself for those). */
  readonly owner: string;
}

export const structurizrFormat: ImportFormat = {
  name: 'structurizr',
  description: 'Structurizr workspace JSON (software systems, deployment nodes, relationships)',
  rules: STRUCTURIZR_RULES,
  async read({ file, bytes, limits, rules }) {
    const source = StructuredSource.read(
      decodeText(bytes, file),
      file,
      limits,
      'a Structurizr workspace',
    );
    const workspace = source.value;
    const model = workspace.model;
    if (!isRecord(model) || (!Array.isArray(model.softwareSystems) && !Array.isArray(model.people)))
      throw source.refuse(
        [],
        'this is not a Structurizr workspace',
        'a `model` with `softwareSystems`',
      );
    const walked = walk(source, model);
    const byId = new Map(walked.map((w) => [w.element.ref, w]));
    const read = elements(walked, byId);
    for (const w of walked)
      listAt(w.raw, 'relationships').forEach((relationship, i) => {
        const path = [...w.path, 'relationships', i];
        read.links.push(...relationshipLink(source, relationship, path, byId, read.unmapped));
      });
    read.unmapped.push(...views(source, workspace));
    return mapGraph(
      {
        format: 'structurizr',
        file,
        title: textAt(workspace, 'name'),
        date: /^\d{4}-\d{2}-\d{2}/.exec(textAt(workspace, 'lastModifiedDate') ?? '')?.[0],
        nodes: read.nodes,
        links: read.links,
        data: [],
        unmapped: read.unmapped,
      },
      rules,
    );
  },
};

/**
 * Top-level software systems and deployment nodes become nodes, instances say which node a
 * system runs on, and everything else is listed with the element it belongs to.
 */
function elements(walked: readonly Walked[], byId: ReadonlyMap<string, Walked>) {
  const nodes: SourceNode[] = [];
  const links: SourceLink[] = [];
  const unmapped: Unmapped[] = [];
  for (const w of walked) {
    const type = w.element.type;
    const topLevel = w.owner === w.element.ref;
    if (topLevel && (type === 'softwareSystem' || type === 'deploymentNode')) {
      const description = textAt(w.raw, 'description');
      nodes.push({
        ...w.element,
        ...(description === undefined ? {} : { description }),
        properties: {
          location: (textAt(w.raw, 'location') ?? '').toLowerCase(),
          tags: textAt(w.raw, 'tags') ?? '',
        },
      });
    } else if (type === 'person')
      unmapped.push({
        element: w.element,
        reason: 'a person: a user of the systems, not a supplier',
      });
    else if (type === 'containerInstance' || type === 'softwareSystemInstance') {
      const of = textAt(w.raw, type === 'containerInstance' ? 'containerId' : 'softwareSystemId');
      const system = byId.get(of ?? '')?.owner;
      if (system === undefined)
        unmapped.push({
          element: w.element,
          reason: 'an instance of an element the workspace does not hold',
        });
      else links.push({ ...w.element, from: w.owner, to: system, role: 'hosting' });
    } else
      unmapped.push({
        element: w.element,
        reason: `part of ${byId.get(w.owner)?.element.name ?? w.owner} (imported at that level)`,
      });
  }
  return { nodes, links, unmapped };
}

function views(source: StructuredSource, workspace: Readonly<Record<string, unknown>>): Unmapped[] {
  const all = isRecord(workspace.views) ? workspace.views : {};
  return VIEW_KINDS.flatMap((kind) =>
    listAt(all, kind).map((view, i) => ({
      element: {
        type: kind.replace(/s$/, ''),
        ref: textAt(view, 'key') ?? String(i),
        name: textAt(view, 'title') ?? textAt(view, 'key') ?? kind,
        at: source.at(['views', kind, i]),
      },
      reason: 'a view (a diagram of elements imported on their own)',
    })),
  );
}

const CHILDREN: readonly { readonly key: string; readonly type: string }[] = [
  { key: 'containers', type: 'container' },
  { key: 'components', type: 'component' },
  { key: 'children', type: 'deploymentNode' },
  { key: 'infrastructureNodes', type: 'infrastructureNode' },
  { key: 'softwareSystemInstances', type: 'softwareSystemInstance' },
  { key: 'containerInstances', type: 'containerInstance' },
];

/** Every element of the model, in document order, with the top-level element it belongs to. */
function walk(source: StructuredSource, model: Readonly<Record<string, unknown>>): Walked[] {
  const found: Walked[] = [];
  const visit = (list: unknown, type: string, path: ModelPath, owner: string | undefined) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const at = [...path, i];
      if (!isRecord(raw)) throw source.refuse(at, 'expected an element (an object)');
      const ref = textAt(raw, 'id');
      if (ref === undefined) throw source.refuse(at, 'an element needs an id');
      const name = textAt(raw, 'name') ?? ref;
      const self = owner ?? ref;
      found.push({ element: { type, ref, name, at: source.at(at) }, raw, path: at, owner: self });
      for (const child of CHILDREN) visit(raw[child.key], child.type, [...at, child.key], self);
    });
  };
  visit(model.people, 'person', ['model', 'people'], undefined);
  visit(model.softwareSystems, 'softwareSystem', ['model', 'softwareSystems'], undefined);
  visit(model.deploymentNodes, 'deploymentNode', ['model', 'deploymentNodes'], undefined);
  visit(model.customElements, 'customElement', ['model', 'customElements'], undefined);
  return found;
}

function relationshipLink(
  source: StructuredSource,
  relationship: unknown,
  path: ModelPath,
  byId: ReadonlyMap<string, Walked>,
  unmapped: Unmapped[],
): SourceLink[] {
  const ref = textAt(relationship, 'id') ?? path.join('.');
  const description = textAt(relationship, 'description') ?? '';
  const technology = textAt(relationship, 'technology');
  const from = byId.get(textAt(relationship, 'sourceId') ?? '');
  const to = byId.get(textAt(relationship, 'destinationId') ?? '');
  const element = {
    type: 'relationship',
    ref,
    name: `${from?.element.name ?? '?'} ${description || 'uses'} ${to?.element.name ?? '?'}`,
    at: source.at(path),
  };
  if (textAt(relationship, 'linkedRelationshipId') !== undefined) {
    unmapped.push({
      element,
      reason: `a deployment copy of relationship ${textAt(relationship, 'linkedRelationshipId')}`,
    });
    return [];
  }
  if (from === undefined || to === undefined) {
    unmapped.push({ element, reason: 'an end is not an element of the workspace' });
    return [];
  }
  if (from.owner === to.owner) {
    unmapped.push({
      element,
      reason: `inside ${byId.get(from.owner)?.element.name ?? from.owner}`,
    });
    return [];
  }
  const external = [from, to].some((end) =>
    /^external$/i.test(textAt(byId.get(end.owner)?.raw, 'location') ?? ''),
  );
  const protocol =
    technology === undefined
      ? undefined
      : TECHNOLOGY_WORDS.find((w) => w.pattern.test(technology))?.protocol;
  return [
    {
      ...element,
      name: `${description}${technology === undefined ? '' : ` (${technology})`}`.trim(),
      from: from.owner,
      to: to.owner,
      ...(protocol === undefined ? {} : { protocol }),
      ...(technology !== undefined && /ssl|tls|https|sftp|ssh/i.test(technology)
        ? { encrypted: true }
        : {}),
      ...(external ? { internetFacing: true } : {}),
    },
  ];
}
