/**
 * Every fixture in test/fixtures/research (copied from the research folder with their licences, SOURCES.md) of a supported format: imports into a model
 * that loads (TODOs as warnings, never errors), and its source elements, counted here
 * independently of the importer, equal the elements it mapped plus those it listed as
 * unmapped. The fixtures that cannot import are refused with a positioned error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importModel } from '../../src/importers/import-model.js';
import { loadModel } from '../../src/model/load/load-model.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'research');

type Json = Record<string, unknown>;
const read = (file: string) => readFileSync(join(FIXTURES, file));
const text = (file: string) => read(file).toString('utf8');
const json = (file: string) => JSON.parse(text(file)) as Json;
const arr = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const obj = (value: unknown): Json =>
  value !== null && typeof value === 'object' ? (value as Json) : {};
const count = (value: unknown) =>
  Array.isArray(value) ? value.length : Object.keys(obj(value)).length;

/** CycloneDX: services (nested too), their data flows, dependency edges, components, the BOM's subject. */
function cyclonedxElements(file: string): number {
  const bom = json(file);
  const services = (list: unknown): number =>
    arr(list).reduce((n, s) => n + 1 + arr(s.data).length + services(s.services), 0);
  const edges = arr(bom.dependencies).reduce((n, d) => n + arr(d.dependsOn).length, 0);
  const subject = obj(bom.metadata).component === undefined ? 0 : 1;
  return services(bom.services) + edges + arr(bom.components).length + subject;
}

/** Threagile: assets, their links, data assets, runtimes, boundaries and the threat-model parts. */
function threagileElements(file: string): number {
  const model = obj(parse(text(file)));
  const assets = Object.values(obj(model.technical_assets)) as Json[];
  const links = assets.reduce((n, a) => n + count(a.communication_links), 0);
  const parts = [
    'data_assets',
    'shared_runtimes',
    'trust_boundaries',
    'individual_risk_categories',
    'risk_tracking',
    'abuse_cases',
    'security_requirements',
    'questions',
  ];
  return assets.length + links + parts.reduce((n, p) => n + count(model[p]), 0);
}

function otmElements(file: string): number {
  const otm = json(file);
  return [
    'components',
    'dataflows',
    'assets',
    'trustZones',
    'threats',
    'mitigations',
    'representations',
  ].reduce((n, key) => n + arr(otm[key]).length, 0);
}

/** A TM Forum component: itself, its core APIs, events, management and security APIs. */
function odaElements(file: string): number {
  const spec = obj(obj(parse(text(file))).spec);
  const lists = [
    obj(spec.coreFunction).exposedAPIs,
    obj(spec.coreFunction).dependentAPIs,
    obj(spec.eventNotification).publishedEvents,
    obj(spec.eventNotification).subscribedEvents,
    obj(spec.managementFunction).exposedAPIs,
    obj(spec.managementFunction).dependentAPIs,
    obj(spec.securityFunction).exposedAPIs,
    obj(spec.securityFunction).dependentAPIs,
  ];
  return 1 + lists.reduce((n: number, list) => n + arr(list).length, 0);
}

/** ArchiMate: element, relationship and view tags, counted in the text. */
function archimateElements(file: string): number {
  const source = text(file);
  const tags = file.endsWith('.archimate') ? ['element'] : ['element', 'relationship', 'view'];
  return tags.reduce(
    (n, tag) => n + (source.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0),
    0,
  );
}

/** Structurizr: every element of the model's collections, every relationship, every view. */
function structurizrElements(file: string): number {
  const workspace = json(file);
  const collections = [
    'people',
    'softwareSystems',
    'containers',
    'components',
    'deploymentNodes',
    'children',
    'infrastructureNodes',
    'softwareSystemInstances',
    'containerInstances',
    'customElements',
  ];
  let n = 0;
  const walk = (value: unknown) => {
    for (const [key, child] of Object.entries(obj(value))) {
      if (collections.includes(key)) n += arr(child).length;
      if (key === 'relationships') n += arr(child).length;
      if (Array.isArray(child)) child.forEach(walk);
    }
  };
  walk(workspace.model);
  const views = obj(workspace.views);
  for (const [key, list] of Object.entries(views)) if (key.endsWith('Views')) n += arr(list).length;
  return n;
}

const IMPORTING: readonly { file: string; format: string; elements: (file: string) => number }[] = [
  {
    file: 'cyclonedx/saasbom-apigateway-microservices-datastores/bom.json',
    format: 'cyclonedx',
    elements: cyclonedxElements,
  },
  {
    file: 'cyclonedx/spec-1.6/valid-saasbom-1.6.json',
    format: 'cyclonedx',
    elements: cyclonedxElements,
  },
  {
    file: 'cyclonedx/spec-1.6/valid-service-1.6.json',
    format: 'cyclonedx',
    elements: cyclonedxElements,
  },
  {
    file: 'cyclonedx/spec-1.7/valid-saasbom-1.7.json',
    format: 'cyclonedx',
    elements: cyclonedxElements,
  },
  { file: 'threagile/example/threagile.yaml', format: 'threagile', elements: threagileElements },
  { file: 'threagile/stub/threagile.yaml', format: 'threagile', elements: threagileElements },
  { file: 'otm/EXAMPLE.json', format: 'otm', elements: otmElements },
  { file: 'threat-dragon/mobile-cloud.otm.json', format: 'otm', elements: otmElements },
  ...[
    'TMFC001-ProductCatalogManagement',
    'TMFC002-ProductOrderCaptureAndValidation',
    'TMFC007-ServiceOrderManagement',
    'TMFC020-DigitalIdentityManagement',
    'TMFC024-BillingAccountManagement',
    'TMFC028-PartyManagement',
    'TMFC030-BillGeneration',
    'TMFC031-BillCalculation',
    'TMFC040-ProductUsageManagement',
  ].map((name) => ({
    file: `tmforum-oda/${name}.yaml`,
    format: 'tmforum-oda',
    elements: odaElements,
  })),
  {
    file: 'archimate/archi-tests/Archisurance.archimate',
    format: 'archimate',
    elements: archimateElements,
  },
  {
    file: 'archimate/archimodels-legacy-oef21/Archisurance.xml',
    format: 'archimate',
    elements: archimateElements,
  },
  {
    file: 'archimate/archimodels-legacy-oef21/Open Day.xml',
    format: 'archimate',
    elements: archimateElements,
  },
  {
    file: 'structurizr/amazon-web-services/amazon-web-services.json',
    format: 'structurizr',
    elements: structurizrElements,
  },
  {
    file: 'structurizr/json-legacy-big-bank-plc/workspace.json',
    format: 'structurizr',
    elements: structurizrElements,
  },
  {
    file: 'structurizr/structurizr-36141-workspace.json',
    format: 'structurizr',
    elements: structurizrElements,
  },
  {
    file: 'structurizr/structurizr-54915-workspace.json',
    format: 'structurizr',
    elements: structurizrElements,
  },
];

describe.each(IMPORTING)('$format: $file', ({ file, format, elements }) => {
  it('imports into a model that loads, with its TODOs as positioned warnings', async () => {
    const outcome = await importModel({ format, file, bytes: read(file) });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
    const loaded = loadModel(outcome.text, { file: 'imported.yaml' });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.ok).toBe(true);
    const todos = loaded.diagnostics.filter((d) => d.code === 'todo');
    const todoLines = outcome.text.split('\n').filter((line) => /#\s*TODO\b/.test(line)).length;
    expect(todos).toHaveLength(todoLines);
    for (const todo of todos)
      expect(outcome.text.split('\n')[todo.position.line - 1]).toMatch(/# TODO/);
  });

  it('counts every source element as mapped or unmapped', async () => {
    const outcome = await importModel({ format, file, bytes: read(file) });
    if (!outcome.ok) throw new Error('refused');
    const { mapped, unmapped } = outcome.draft;
    expect(mapped).toBeGreaterThan(0);
    expect(mapped + unmapped.length).toBe(elements(file));
    // The unmapped list is in the file, one line each, with its source line.
    const listed = outcome.text.split('\n').filter((line) => line.startsWith('#   - '));
    expect(listed).toHaveLength(unmapped.length);
    for (const u of unmapped) expect(u.element.at.line).toBeGreaterThan(0);
    // Every source type has a rule: nothing is unmapped only for want of one.
    expect(unmapped.filter((u) => u.reason.startsWith('no mapping rule'))).toEqual([]);
  });

  it('gives the same text on a second import (stable order)', async () => {
    const first = await importModel({ format, file, bytes: read(file) });
    const second = await importModel({ format, file, bytes: read(file) });
    expect(first.ok && second.ok && first.text === second.text).toBe(true);
  });
});

describe('fixtures refused with a positioned error', () => {
  it('the invalid CycloneDX data flow, at its `flow`', async () => {
    const file = 'cyclonedx/spec-1.6/invalid-service-data-1.6.json';
    const outcome = await importModel({ format: 'cyclonedx', file, bytes: read(file) });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const [error] = outcome.diagnostics;
    expect(error?.code).toBe('import-invalid-source');
    expect(error?.position).toEqual({ line: 16, column: 19 });
    expect(error?.found).toBe('"bar"');
    expect(text(file).split('\n')[15]).toContain('"flow": "bar"');
  });

  it('OTM EXAMPLE.yaml, which is not valid YAML upstream (a quoted scalar under-indented)', async () => {
    const file = 'otm/EXAMPLE.yaml';
    const outcome = await importModel({ format: 'otm', file, bytes: read(file) });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.diagnostics[0]?.code).toBe('yaml-syntax');
    expect(outcome.diagnostics[0]?.position.line).toBe(132);
  });

  it.each([
    'threat-dragon/tmbom-multi-example.cdx.json',
    'threat-dragon/tmbom-otm-example.cdx.json',
  ])('a TM-BOM (%s): CycloneDX without services', async (file) => {
    const outcome = await importModel({ format: 'cyclonedx', file, bytes: read(file) });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.diagnostics[0]?.message).toMatch(/no services.*TM-BOM/);
    expect(outcome.diagnostics[0]?.position.line).toBe(1);
  });

  it('ArchiMate Sample1.xml (one role, one process) holds no provider, until a mapping file names one', async () => {
    const file = 'archimate/archi-tests/Sample1.xml';
    const refused = await importModel({ format: 'archimate', file, bytes: read(file) });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.diagnostics[0]?.code).toBe('import-no-providers');
    const mapped = await importModel({
      format: 'archimate',
      file,
      bytes: read(file),
      mapping: {
        nodes: [{ type: 'BusinessRole', kind: 'in_house', capabilities: ['brand_distribution'] }],
      },
    });
    if (!mapped.ok) throw new Error(JSON.stringify(mapped.diagnostics));
    expect(loadModel(mapped.text).ok).toBe(true);
    expect(mapped.draft.mapped + mapped.draft.unmapped.length).toBe(archimateElements(file));
  });

  it('a Structurizr OpenAPI description is not a workspace', async () => {
    const file = 'structurizr/structurizr.yaml';
    const outcome = await importModel({ format: 'structurizr', file, bytes: read(file) });
    expect(outcome.ok).toBe(false);
  });
});
