/** The core's load and assessment of one text, reduced to the plain data the UI draws. */
import { buildDependencyGraph } from '../../../src/analysis/dependency-graph.js';
import { assessModel } from '../../../src/assessment.js';
import {
  alikeAssumptions,
  parametersStatedInModel,
  statedAssumptions,
} from '../../../src/assumptions.js';
import { loadModel } from '../../../src/model/load/load-model.js';
import { loadRuleFile } from '../../../src/rules/rule-file.js';
import type { GraphEdge, GraphNode, LiveResult } from './live-result.js';

/** `rules`: the workspace's user rules text, run beside the built-in rules as the server does. */
export function assessText(text: string, rules?: string): LiveResult {
  const started = performance.now();
  const loaded = loadModel(text, { file: 'model.yaml' });
  if (!loaded.ok)
    return { diagnostics: loaded.diagnostics, milliseconds: performance.now() - started };
  // The server refused the text on save unless it loaded, so a stored text loads here too.
  const ruleFile = rules === undefined ? undefined : loadRuleFile(rules, 'rules.yaml');
  const { analysis, run, lockin } = assessModel(
    loaded,
    ruleFile?.ok === true ? { rules: ruleFile.rules } : {},
  );
  const graph = buildDependencyGraph(loaded.model);
  const nodes: GraphNode[] = graph.mapNodes((key, attributes) => ({
    key,
    kind: attributes.kind,
    label: attributes.label,
  }));
  const edges: GraphEdge[] = graph.mapEdges((key, attributes, source, target) => ({
    key,
    source,
    target,
    kind: attributes.kind,
  }));
  return {
    diagnostics: loaded.diagnostics,
    assessment: {
      operator: loaded.model.operator.name,
      currency: loaded.model.operator.currency,
      analysis,
      findings: run.findings,
      lockin,
      assumptions: alikeAssumptions(
        statedAssumptions({ model: loaded.model, assumptions: loaded.assumptions, lockin }),
      ),
      statedInModel: parametersStatedInModel(lockin.parameters, loaded.model.operator.currency),
      graph: { nodes, edges },
    },
    milliseconds: performance.now() - started,
  };
}
