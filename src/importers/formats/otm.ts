/**
 * Open Threat Model (OTM 0.x, JSON or YAML): components become providers (a parent component
 * is what they run on), data flows become integrations (internet-facing when one end sits in a
 * trust zone of type or name "internet"), assets become data classes held by the components
 * that process or store them. Trust zones, threats, mitigations and representations are
 * listed as unmapped.
 */
import type { ModelPath } from '../../model/load/diagnostic.js';
import { isRecord } from '../../model/load/value-view.js';
import { decodeText } from '../decode-text.js';
import type { ImportFormat } from '../import-format.js';
import { mapGraph } from '../map-graph.js';
import { COMMON_PROTOCOLS, type MappingRules } from '../mapping-rules.js';
import { flagAt, listAt, StructuredSource, textAt } from '../read-structured.js';
import type { SourceData, SourceLink, SourceNode, Unmapped } from '../source-graph.js';

export const OTM_RULES: MappingRules = {
  nodes: [
    {
      name: '^(web|mobile|android|ios|desktop) client$',
      kind: 'unmapped',
      reason: 'a client people use, not a system a supplier runs',
    },
    {
      property: { key: 'type', value: 'client' },
      kind: 'unmapped',
      reason: 'a client people use, not a system a supplier runs',
    },
    {
      property: {
        key: 'type',
        value: 'azure|aws|amazon|gcp|google-cloud|cloud|storage|database|db-|postgres|mysql|s3',
      },
      kind: 'cloud',
      capabilities: ['hosting'],
    },
    { kind: 'other' },
  ],
  protocols: COMMON_PROTOCOLS,
};

const UNMAPPED_PARTS: Readonly<Record<string, string>> = {
  trustZones:
    'a trust zone: mvnoscope has no network zones (flows from the internet are marked internet_facing)',
  threats: "a threat of the threat model: mvnoscope's findings come from its rules",
  mitigations: 'a mitigation of the threat model',
  representations: 'a diagram or code representation',
};

/** OTM's 0–100 confidentiality rating on mvnoscope's four sensitivities (quartiles). */
function sensitivityOf(rating: unknown): SourceData['sensitivity'] {
  if (typeof rating !== 'number') return undefined;
  if (rating < 25) return 'public';
  if (rating < 50) return 'internal';
  if (rating < 75) return 'confidential';
  return 'restricted';
}

export const otmFormat: ImportFormat = {
  name: 'otm',
  description: 'Open Threat Model (OTM) JSON or YAML (components, data flows, assets)',
  rules: OTM_RULES,
  async read({ file, bytes, limits, rules }) {
    const source = StructuredSource.read(
      decodeText(bytes, file),
      file,
      limits,
      'an Open Threat Model',
    );
    const otm = source.value;
    if (otm.otmVersion === undefined)
      throw source.refuse([], 'this is not an Open Threat Model', '`otmVersion` at the top');
    const nodes = components(source, otm);
    const project = isRecord(otm.project) ? otm.project : {};
    return mapGraph(
      {
        format: 'otm',
        file,
        title: textAt(project, 'name'),
        nodes,
        links: dataflows(source, otm, internetTest(otm)),
        data: assets(source, otm),
        unmapped: otherParts(source, otm),
      },
      rules,
    );
  },
};

type Raw = Readonly<Record<string, unknown>>;

function components(source: StructuredSource, otm: Raw): SourceNode[] {
  return listAt(otm, 'components').map((component, i) => {
    const path: ModelPath = ['components', i];
    if (!isRecord(component)) throw source.refuse(path, 'expected a component (an object)');
    const id = textAt(component, 'id');
    const name = textAt(component, 'name');
    if (id === undefined || name === undefined)
      throw source.refuse(path, 'a component needs an id and a name');
    const host = textAt(isRecord(component.parent) ? component.parent : {}, 'component');
    const description = textAt(component, 'description');
    return {
      type: 'component',
      ref: id,
      name,
      ...(description === undefined ? {} : { description }),
      properties: { type: textAt(component, 'type') ?? '' },
      ...(host === undefined ? {} : { hostedOn: [host] }),
      at: source.at(path),
    };
  });
}

/** Whether a component sits in a trust zone whose type or name says "internet". */
function internetTest(otm: Raw): (ref: string) => boolean {
  const zones = new Map(
    listAt(otm, 'trustZones').map((z) => [
      textAt(z, 'id') ?? '',
      `${textAt(z, 'type') ?? ''} ${textAt(z, 'name') ?? ''}`,
    ]),
  );
  const zoneOf = new Map(
    listAt(otm, 'components').map((c) => [
      textAt(c, 'id') ?? '',
      textAt(isRecord(c) && isRecord(c.parent) ? c.parent : {}, 'trustZone') ?? '',
    ]),
  );
  return (ref) => /internet/i.test(zones.get(zoneOf.get(ref) ?? '') ?? '');
}

function dataflows(
  source: StructuredSource,
  otm: Raw,
  onInternet: (ref: string) => boolean,
): SourceLink[] {
  return listAt(otm, 'dataflows').map((flow, i) => {
    const path: ModelPath = ['dataflows', i];
    const from = textAt(flow, 'source');
    const to = textAt(flow, 'destination');
    if (from === undefined || to === undefined)
      throw source.refuse(path, 'a data flow needs a source and a destination');
    const protocol = listAt(flow, 'tags').find(
      (tag): tag is string =>
        typeof tag === 'string' && COMMON_PROTOCOLS[tag.toLowerCase()] !== undefined,
    );
    return {
      type: flagAt(flow, 'bidirectional') === true ? 'dataflow (bidirectional)' : 'dataflow',
      ref: textAt(flow, 'id') ?? String(i),
      name: textAt(flow, 'name') ?? '',
      at: source.at(path),
      from,
      to,
      ...(protocol === undefined ? {} : { protocol }),
      internetFacing: onInternet(from) || onInternet(to),
      data: listAt(flow, 'assets').filter((a): a is string => typeof a === 'string'),
    };
  });
}

/** Assets, held by the components whose `assets.processed` or `assets.stored` name them. */
function assets(source: StructuredSource, otm: Raw): SourceData[] {
  return listAt(otm, 'assets').map((asset, i) => {
    const ref = textAt(asset, 'id') ?? String(i);
    const heldBy = listAt(otm, 'components')
      .filter((c) => {
        const held = isRecord(c) && isRecord(c.assets) ? c.assets : {};
        return [...listAt(held, 'processed'), ...listAt(held, 'stored')].includes(ref);
      })
      .flatMap((c) => textAt(c, 'id') ?? []);
    const sensitivity = sensitivityOf(
      isRecord(asset) && isRecord(asset.risk) ? asset.risk.confidentiality : undefined,
    );
    return {
      type: 'asset',
      ref,
      name: textAt(asset, 'name') ?? ref,
      at: source.at(['assets', i]),
      heldBy,
      ...(sensitivity === undefined ? {} : { sensitivity }),
    };
  });
}

function otherParts(source: StructuredSource, otm: Raw): Unmapped[] {
  return Object.entries(UNMAPPED_PARTS).flatMap(([part, reason]) =>
    listAt(otm, part).map((entry, i) => ({
      element: {
        type: part.replace(/s$/, ''),
        ref: textAt(entry, 'id') ?? String(i),
        name: textAt(entry, 'name') ?? part,
        at: source.at([part, i]),
      },
      reason,
    })),
  );
}
