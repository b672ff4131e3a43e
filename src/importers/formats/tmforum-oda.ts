/**
 * TM Forum ODA component specifications (the `kind: component` YAML of the ODA Canvas): the
 * component becomes a provider whose `supplies` are the MVNO capabilities of its exposed
 * APIs; each dependent API becomes an integration from the component to the provider of that
 * API, written as a provider of its own with a TODO (a component spec names the interface,
 * never who implements it). Events and the management and security functions are listed as
 * unmapped.
 */
import type { ModelPath } from '../../model/load/diagnostic.js';
import { isRecord } from '../../model/load/value-view.js';
import { decodeText } from '../decode-text.js';
import type { ImportFormat } from '../import-format.js';
import { mapGraph } from '../map-graph.js';
import { COMMON_PROTOCOLS, type MappingRules } from '../mapping-rules.js';
import { flagAt, listAt, StructuredSource, textAt } from '../read-structured.js';
import type { SourceLink, SourceNode, Unmapped } from '../source-graph.js';

/** TM Forum Open APIs and the MVNO capability each one serves. */
export const TMF_API_CAPABILITIES: Readonly<Record<string, string>> = {
  TMF620: 'product_order', // product catalogue
  TMF622: 'product_order', // product ordering
  TMF637: 'product_order', // product inventory
  TMF648: 'product_order', // quote
  TMF663: 'product_order', // shopping cart
  TMF671: 'product_order', // promotion
  TMF679: 'product_order', // product offering qualification
  TMF641: 'product_order', // service ordering
  TMF629: 'crm_care', // customer
  TMF632: 'crm_care', // party
  TMF669: 'crm_care', // party role
  TMF683: 'crm_care', // party interaction
  TMF621: 'crm_care', // trouble ticket
  TMF666: 'billing', // account management
  TMF678: 'billing', // customer bill
  TMF667: 'billing', // document
  TMF635: 'mediation', // usage
  TMF677: 'charging', // usage consumption
  TMF654: 'charging', // prepay balance
  TMF670: 'payments', // payment method
  TMF676: 'payments', // payment
  TMF672: 'security_ops', // user role permission
  TMF720: 'security_ops', // digital identity
  TMF681: 'messaging', // communication
  TMF640: 'mobility_core', // service activation and configuration
  TMF638: 'product_order', // service inventory
  TMF639: 'product_order', // resource inventory
  TMF645: 'product_order', // service qualification
  TMF646: 'product_order', // appointment
  TMF652: 'product_order', // resource ordering
};

export const ODA_RULES: MappingRules = {
  nodes: [
    { type: 'api provider', kind: 'other' },
    { type: 'component', kind: 'bss_vendor' },
  ],
  protocols: COMMON_PROTOCOLS,
};

/** Parts of a component spec that are not links to another system, listed as unmapped. */
const UNMAPPED_PARTS: readonly {
  readonly path: readonly string[];
  readonly type: string;
  readonly reason: string;
}[] = [
  {
    path: ['eventNotification', 'publishedEvents'],
    type: 'published event',
    reason: 'an event hub the component publishes: mvnoscope models links, not events',
  },
  {
    path: ['eventNotification', 'subscribedEvents'],
    type: 'subscribed event',
    reason: 'an event the component subscribes to; the publisher is not named',
  },
  {
    path: ['managementFunction', 'exposedAPIs'],
    type: 'management API',
    reason: "the component's own management interface, not an MVNO capability",
  },
  {
    path: ['managementFunction', 'dependentAPIs'],
    type: 'management dependency',
    reason: "the component's own management interface, not an MVNO capability",
  },
  {
    path: ['securityFunction', 'exposedAPIs'],
    type: 'security API',
    reason: "the component's own security interface (roles and permissions)",
  },
  {
    path: ['securityFunction', 'dependentAPIs'],
    type: 'security dependency',
    reason: 'a dependency of the security function (an identity platform of the canvas)',
  },
];

export const odaFormat: ImportFormat = {
  name: 'tmforum-oda',
  description:
    'TM Forum ODA component YAML (TMFC…: exposed APIs as capabilities, dependent APIs as integrations)',
  rules: ODA_RULES,
  async read({ file, bytes, limits, rules }) {
    const source = StructuredSource.read(
      decodeText(bytes, file),
      file,
      limits,
      'a TM Forum ODA component',
    );
    const doc = source.value;
    const spec = doc.spec;
    if (doc.kind !== 'component' || !isRecord(spec))
      throw source.refuse(
        [],
        'this is not a TM Forum ODA component',
        '`kind: component` and a `spec` mapping',
      );
    const name = textAt(spec, 'name');
    if (name === undefined)
      throw source.refuse(['spec'], 'the component needs a name', 'spec.name');
    const ref = textAt(spec, 'id') ?? name;
    const core = isRecord(spec.coreFunction) ? spec.coreFunction : {};
    const exposed = exposedApis(source, core);
    const description = textAt(spec, 'description');
    const component: SourceNode = {
      type: 'component',
      ref,
      name: `${name} (${ref})`,
      ...(description === undefined ? {} : { description }),
      properties: { functionalBlock: textAt(spec, 'functionalBlock') ?? '', id: ref },
      capabilities: exposed.capabilities,
      at: source.at(['spec']),
    };
    const dependent = dependentApis(source, core, ref);
    return mapGraph(
      {
        format: 'tmforum-oda',
        file,
        title: `${ref} ${name}`,
        date: /^\d{4}-\d{2}-\d{2}/.exec(textAt(spec, 'publicationDate') ?? '')?.[0],
        nodes: [component, ...dependent.providers],
        links: dependent.links,
        data: [],
        unmapped: [...exposed.unmapped, ...otherParts(source, spec)],
        absorbed: exposed.absorbed,
      },
      rules,
    );
  },
};

type Raw = Readonly<Record<string, unknown>>;

/** The exposed APIs become the component's capabilities (those outside the table are listed). */
function exposedApis(source: StructuredSource, core: Raw) {
  const unmapped: Unmapped[] = [];
  const capabilities: string[] = [];
  listAt(core, 'exposedAPIs').forEach((api, i) => {
    const id = textAt(api, 'id') ?? '';
    const capability = TMF_API_CAPABILITIES[id];
    if (capability === undefined)
      unmapped.push({
        element: apiElement(source, api, ['spec', 'coreFunction', 'exposedAPIs', i], 'exposed API'),
        reason: `no MVNO capability is known for ${id || 'this API'}`,
      });
    else capabilities.push(capability);
  });
  return { capabilities: [...new Set(capabilities)], absorbed: capabilities.length, unmapped };
}

/** Each dependent API: a link from the component to a provider written for that API. */
function dependentApis(source: StructuredSource, core: Raw, component: string) {
  const providers = new Map<string, SourceNode>();
  const links: SourceLink[] = listAt(core, 'dependentAPIs').map((api, i) => {
    const path: ModelPath = ['spec', 'coreFunction', 'dependentAPIs', i];
    const id = textAt(api, 'id');
    if (id === undefined) throw source.refuse(path, 'a dependent API needs an id', 'id: TMF…');
    const apiName = textAt(api, 'name') ?? id;
    if (!providers.has(id)) {
      const capability = TMF_API_CAPABILITIES[id];
      providers.set(id, {
        type: 'api provider',
        ref: `provider-of-${id}`,
        name: `${id} ${apiName} provider`,
        properties: { api: id },
        capabilities: capability === undefined ? [] : [capability],
        synthetic: true,
        at: source.at(path),
      });
    }
    const apiType = textAt(api, 'apiType');
    return {
      ...apiElement(source, api, path, 'dependent API'),
      name: `${id} ${apiName}${flagAt(api, 'required') === false ? ' (optional)' : ''}`,
      from: component,
      to: `provider-of-${id}`,
      ...(apiType === undefined ? {} : { protocol: apiType }),
    };
  });
  return { providers: [...providers.values()], links };
}

/** Events and the management and security functions, listed entry by entry. */
function otherParts(source: StructuredSource, spec: Raw): Unmapped[] {
  return UNMAPPED_PARTS.flatMap((part) => {
    const [section = '', list = ''] = part.path;
    return listAt(isRecord(spec[section]) ? spec[section] : {}, list).map((entry, i) => ({
      element: apiElement(source, entry, ['spec', section, list, i], part.type),
      reason: part.reason,
    }));
  });
}

function apiElement(source: StructuredSource, api: unknown, path: ModelPath, type: string) {
  const id = textAt(api, 'id') ?? textAt(api, 'name') ?? String(path.at(-1));
  return { type, ref: id, name: textAt(api, 'name') ?? id, at: source.at(path) };
}
