/**
 * ArchiMate models in the Open Group's exchange format (3.x, and the 2.1 files older tools
 * wrote) and in Archi's own `.archimate` files, told apart by the root element. Application
 * components become providers (a billing-like name or property gives the capability), nodes,
 * devices and system software become hosting, data objects become data classes held by what
 * accesses them; flow, serving and triggering relationships become integrations, assignment
 * and realisation from a node say what runs on it. Business, motivation and strategy elements,
 * the other relationships and the views are listed as unmapped.
 */
import type { LoadLimits } from '../../model/load/limits.js';
import { decodeText } from '../decode-text.js';
import type { ImportFormat } from '../import-format.js';
import { refusal } from '../import-refusal.js';
import { mapGraph } from '../map-graph.js';
import {
  CAPABILITY_BY_NAME,
  COMMON_PROTOCOLS,
  type MappingRules,
  type NodeRule,
} from '../mapping-rules.js';
import type {
  SourceData,
  SourceElement,
  SourceLink,
  SourceLocation,
  SourceNode,
  Unmapped,
} from '../source-graph.js';
import { childrenNamed, descendants, firstChild, readXml, type XmlElement } from '../xml-tree.js';

const HOSTING_TYPES = ['Node', 'Device', 'SystemSoftware', 'TechnologyService'];

/** Why the elements of each layer are not imported (a mapping file can say otherwise). */
const UNMAPPED_LAYERS: Readonly<Record<string, string>> = {
  business: 'a business-layer element: people and behaviour, not a system a supplier runs',
  application: "an application's behaviour or interface: the component that has it is the provider",
  technology: 'a technology element mvnoscope does not model on its own',
  motivation: 'a motivation element',
  strategy: 'a strategy element',
  implementation: 'an implementation and migration element',
  other: 'a grouping, location or junction: no mvnoscope counterpart',
};

/** ApplicationComponents by name (billing-like names give billing, …), then the rest. */
export const ARCHIMATE_RULES: MappingRules = {
  nodes: [
    ...CAPABILITY_BY_NAME.map(
      (entry): NodeRule => ({
        type: 'ApplicationComponent',
        name: entry.name,
        kind: 'other',
        capabilities: entry.capabilities,
      }),
    ),
    { type: 'ApplicationComponent', kind: 'other' },
    ...HOSTING_TYPES.map(
      (type): NodeRule => ({ type, kind: 'data_centre', capabilities: ['hosting'] }),
    ),
    ...Object.entries(UNMAPPED_LAYERS).map(
      ([layer, reason]): NodeRule => ({
        property: { key: 'layer', value: `^${layer}$` },
        kind: 'unmapped',
        reason,
      }),
    ),
  ],
  protocols: COMMON_PROTOCOLS,
};

/** Relationship types that carry data between two systems. */
const FLOW_TYPES = new Set(['Flow', 'Serving', 'Triggering']);

/** Older spellings (exchange format 2.1, Archi 3) of the current ArchiMate 3 names. */
const RENAMED: Readonly<Record<string, string>> = {
  UsedBy: 'Serving',
  Realisation: 'Realization',
  Specialisation: 'Specialization',
  InfrastructureService: 'TechnologyService',
  InfrastructureInterface: 'TechnologyInterface',
  InfrastructureFunction: 'TechnologyFunction',
  Network: 'CommunicationNetwork',
};

const VIEW_TYPES = new Set(['ArchimateDiagramModel', 'SketchModel', 'CanvasModel', 'Diagram']);

interface Parsed {
  readonly title?: string;
  readonly elements: readonly Item[];
  readonly relationships: readonly Relation[];
  readonly views: readonly SourceElement[];
}

interface Item extends SourceElement {
  readonly description?: string;
  readonly properties: Readonly<Record<string, string>>;
}

interface Relation extends SourceElement {
  readonly source: string;
  readonly target: string;
}

export const archimateFormat: ImportFormat = {
  name: 'archimate',
  description: "ArchiMate: Open Group exchange format XML (3.x and 2.1) and Archi's .archimate",
  rules: ARCHIMATE_RULES,
  async read({ file, bytes, limits, rules }) {
    const parsed = parse(decodeText(bytes, file), file, limits);
    const typeOf = new Map(parsed.elements.map((e) => [e.ref, e.type]));
    const unmapped: Unmapped[] = parsed.views.map((view) => ({
      element: view,
      reason: 'a view (a diagram of elements imported on their own)',
    }));
    const nodes: SourceNode[] = [];
    const data: SourceData[] = [];
    for (const item of parsed.elements) {
      if (item.type === 'DataObject' || item.type === 'Artifact')
        data.push({ ...item, heldBy: [] });
      else {
        const supplier = Object.entries(item.properties).find(([key]) =>
          /supplier|vendor|provider/i.test(key),
        )?.[1];
        const system = item.type === 'ApplicationComponent' || HOSTING_TYPES.includes(item.type);
        nodes.push({
          ...item,
          properties: { ...item.properties, layer: system ? 'system' : layerOf(item.type) },
          ...(supplier === undefined ? {} : { supplier }),
        });
      }
    }
    const links: SourceLink[] = [];
    for (const relation of parsed.relationships) {
      const from = typeOf.get(relation.source) ?? '';
      const to = typeOf.get(relation.target) ?? '';
      const link = { ...relation, from: relation.source, to: relation.target };
      if (FLOW_TYPES.has(relation.type)) links.push(link);
      else if (
        (relation.type === 'Assignment' || relation.type === 'Realization') &&
        HOSTING_TYPES.includes(from) &&
        !HOSTING_TYPES.includes(to)
      )
        links.push({ ...link, role: 'hosting' });
      else if (relation.type === 'Access' && (to === 'DataObject' || to === 'Artifact'))
        links.push({ ...link, role: 'holds' });
      else
        unmapped.push({
          element: relation,
          reason: `${relation.type} relationship (${from || '?'} to ${to || '?'}): structure, not a link that carries data`,
        });
    }
    return mapGraph(
      { format: 'archimate', file, title: parsed.title, nodes, links, data, unmapped },
      rules,
    );
  },
};

/** The ArchiMate layer or aspect of an element type, for the rules that list it as unmapped. */
function layerOf(type: string): string {
  if (/^Business|^Contract$|^Product$|^Representation$/.test(type)) return 'business';
  if (/^Application/.test(type)) return 'application';
  if (
    /^Technology|^Path$|^CommunicationNetwork$|^Equipment|^Facility|^DistributionNetwork|^Material|^Artifact$/.test(
      type,
    )
  )
    return 'technology';
  if (
    /^(Principle|Goal|Driver|Assessment|Requirement|Constraint|Outcome|Meaning|Value|Stakeholder)$/.test(
      type,
    )
  )
    return 'motivation';
  if (/^(Capability|Resource|CourseOfAction|ValueStream)$/.test(type)) return 'strategy';
  if (/^(WorkPackage|Deliverable|ImplementationEvent|Plateau|Gap)$/.test(type))
    return 'implementation';
  if (/^(Grouping|Location|Junction|AndJunction|OrJunction|Group)$/.test(type)) return 'other';
  return 'other';
}

function normalType(raw: string | undefined): string {
  const bare = (raw ?? '').replace(/^archimate:/, '').replace(/Relationship$/, '');
  return RENAMED[bare] ?? bare;
}

function parse(text: string, file: string, limits: LoadLimits): Parsed {
  const root = readXml(text, file, limits);
  if (root.name !== 'model')
    throw refusal(
      file,
      { line: root.line, column: 1 },
      `this is not an ArchiMate model: the root element is <${root.name}>`,
      {
        code: 'import-wrong-format',
        expected: '<model> (exchange format) or <archimate:model> (Archi)',
      },
    );
  const archi = Object.values(root.attributes).some((value) => value.includes('archimatetool.com'));
  return archi ? parseArchi(root, file) : parseExchange(root, file);
}

function at(file: string, element: XmlElement): SourceLocation {
  return { file, path: element.path, line: element.line };
}

function parseExchange(root: XmlElement, file: string): Parsed {
  const textOf = (element: XmlElement, ...names: string[]) =>
    names
      .map((name) => firstChild(element, name)?.text.trim())
      .find((value) => value !== undefined && value !== '');
  const propertyNames = new Map(
    descendants(root, 'propertyDefinition')
      .concat(descendants(root, 'propertydef'))
      .map((def) => [
        def.attributes.identifier ?? '',
        textOf(def, 'name') ?? def.attributes.name ?? '',
      ]),
  );
  const properties = (element: XmlElement) =>
    Object.fromEntries(
      descendants(element, 'property').map((p) => [
        propertyNames.get(p.attributes.propertyDefinitionRef ?? p.attributes.identifierref ?? '') ??
          'property',
        textOf(p, 'value') ?? '',
      ]),
    );
  const elements = childrenNamed(firstChild(root, 'elements') ?? root, 'element').map(
    (element): Item => {
      const ref = element.attributes.identifier ?? element.path;
      const description = textOf(element, 'documentation');
      return {
        type: normalType(element.attributes.type),
        ref,
        name: textOf(element, 'name', 'label') ?? ref,
        ...(description === undefined ? {} : { description }),
        properties: properties(element),
        at: at(file, element),
      };
    },
  );
  const relationships = childrenNamed(
    firstChild(root, 'relationships') ?? root,
    'relationship',
  ).map((element): Relation => {
    const ref = element.attributes.identifier ?? element.path;
    return {
      type: normalType(element.attributes.type),
      ref,
      name: textOf(element, 'name', 'label') ?? '',
      source: element.attributes.source ?? '',
      target: element.attributes.target ?? '',
      at: at(file, element),
    };
  });
  const views = descendants(firstChild(root, 'views') ?? { ...root, children: [] }, 'view').map(
    (view) => ({
      type: 'view',
      ref: view.attributes.identifier ?? view.path,
      name: textOf(view, 'name', 'label') ?? 'view',
      at: at(file, view),
    }),
  );
  return { title: textOf(root, 'name'), elements, relationships, views };
}

function parseArchi(root: XmlElement, file: string): Parsed {
  const elements: Item[] = [];
  const relationships: Relation[] = [];
  const views: SourceElement[] = [];
  for (const element of descendants(root, 'element')) {
    const type = normalType(element.attributes.type);
    const ref = element.attributes.id ?? element.path;
    const name = element.attributes.name ?? '';
    const location = at(file, element);
    if (VIEW_TYPES.has(type)) views.push({ type: 'view', ref, name: name || 'view', at: location });
    else if (element.attributes.source !== undefined && element.attributes.target !== undefined)
      relationships.push({
        type,
        ref,
        name,
        source: element.attributes.source,
        target: element.attributes.target,
        at: location,
      });
    else {
      const description = firstChild(element, 'documentation')?.text.trim();
      elements.push({
        type,
        ref,
        name: name || ref,
        ...(description === undefined || description === '' ? {} : { description }),
        properties: Object.fromEntries(
          childrenNamed(element, 'property').map((p) => [
            p.attributes.key ?? 'property',
            p.attributes.value ?? '',
          ]),
        ),
        at: location,
      });
    }
  }
  return { title: root.attributes.name, elements, relationships, views };
}
