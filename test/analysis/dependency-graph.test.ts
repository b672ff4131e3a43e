import { describe, expect, it } from 'vitest';
import {
  buildDependencyGraph,
  graphSize,
  nodeKey,
  outTargets,
} from '../../src/analysis/dependency-graph.js';
import { exampleFiles, loadOk, readExample } from '../support/load.js';

describe('the dependency graph', () => {
  it.each(exampleFiles())('%s: the counted size matches the graphology graph', (file) => {
    const { model } = loadOk(readExample(file), file);
    const graph = buildDependencyGraph(model);
    expect(graphSize(model)).toEqual({ nodes: graph.order, edges: graph.size });
  });

  it('links capabilities to suppliers, providers to hosts and groups', () => {
    const { model } = loadOk(readExample('light-mvno-on-enabler.yaml'));
    const graph = buildDependencyGraph(model);
    const enabler = model.providers.find((p) => p.kind === 'mvne');
    expect(enabler).toBeDefined();
    const key = nodeKey('provider', enabler?.id ?? '');
    expect(outTargets(graph, key, 'hosted_on')).toEqual(
      (enabler?.hosted_on ?? []).map((h) => nodeKey('provider', h)),
    );
    expect(outTargets(graph, key, 'member_of')).toEqual([nodeKey('group', enabler?.group ?? '')]);
    expect(outTargets(graph, nodeKey('capability', 'billing'), 'supplied_by')).toContain(key);
  });
});
