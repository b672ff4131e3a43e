/**
 * The dependency graph: capabilities, providers, groups and data laid out left to right by
 * ELK (layered), drawn by React Flow. Selecting a provider shows its blast radius and the
 * findings that name it.
 */
import { Background, Controls, type Edge, type Node, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import type { LiveAssessment } from '../assessment/live-result.js';
import { count, money, share } from '../figures.js';
import { FindingsPanel } from './findings.js';

const NODE_WIDTH = 170;
const NODE_HEIGHT = 40;

/** Ownership and data edges would double the picture; the panel shows who supplies and runs what. */
const DRAWN_EDGES = new Set(['needs', 'supplied_by', 'hosted_on', 'subcontractor_of']);

async function layout(assessment: LiveAssessment): Promise<Map<string, { x: number; y: number }>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const nodes = assessment.graph.nodes.filter((n) => n.kind !== 'data' && n.kind !== 'group');
  const keys = new Set(nodes.map((n) => n.key));
  const edges = assessment.graph.edges.filter(
    (e) => DRAWN_EDGES.has(e.kind) && keys.has(e.source) && keys.has(e.target),
  );
  const laid = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.nodeNode': '14',
    },
    children: nodes.map((n) => ({ id: n.key, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: edges.map((e) => ({ id: e.key, sources: [e.source], targets: [e.target] })),
  });
  return new Map((laid.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}

export function GraphPanel({ assessment }: { assessment: LiveAssessment }) {
  const [positions, setPositions] = useState<Map<string, { x: number; y: number }> | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void layout(assessment).then((p) => {
      if (live) setPositions(p);
    });
    return () => {
      live = false;
    };
  }, [assessment]);

  const { nodes, edges } = useMemo(() => {
    if (positions === null) return { nodes: [], edges: [] };
    const nodes: Node[] = assessment.graph.nodes
      .filter((n) => positions.has(n.key))
      .map((n) => ({
        id: n.key,
        position: positions.get(n.key) ?? { x: 0, y: 0 },
        data: { label: n.label },
        className: `graph-node graph-node--${n.kind}${n.key === selected ? ' graph-node--selected' : ''}`,
        ariaLabel: `${n.kind} ${n.label}`,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        connectable: false,
        draggable: false,
      }));
    const edges: Edge[] = assessment.graph.edges
      .filter((e) => DRAWN_EDGES.has(e.kind) && positions.has(e.source) && positions.has(e.target))
      .map((e) => ({
        id: e.key,
        source: e.source,
        target: e.target,
        className: `graph-edge graph-edge--${e.kind}`,
      }));
    return { nodes, edges };
  }, [assessment, positions, selected]);

  const providerId = selected?.startsWith('provider:') ? selected.slice('provider:'.length) : null;
  return (
    <section className="card graph-card" aria-label="Dependency graph">
      <h2>Dependency graph</h2>
      <p className="muted">
        Select a provider (click, or Tab to it and press Enter) to see its blast radius.
      </p>
      <div className="graph-layout">
        <div className="graph" data-testid="graph">
          {positions !== null && (
            <ReactFlow
              nodes={nodes}
              edges={edges}
              fitView
              nodesConnectable={false}
              nodesDraggable={false}
              onNodeClick={(_event, node) => setSelected(node.id)}
              proOptions={{ hideAttribution: true }}
              minZoom={0.1}
            >
              <Background />
              <Controls showInteractive={false} />
            </ReactFlow>
          )}
        </div>
        <aside className="graph-side" aria-live="polite">
          {providerId === null ? (
            <p className="muted">No provider selected.</p>
          ) : (
            <ProviderDetail assessment={assessment} provider={providerId} />
          )}
        </aside>
      </div>
    </section>
  );
}

function ProviderDetail({
  assessment,
  provider,
}: {
  assessment: LiveAssessment;
  provider: string;
}) {
  const radius = assessment.analysis.failure.providerBlastRadius.find(
    (b) => b.subject === provider,
  );
  const findings = assessment.findings.filter((f) =>
    f.id.split('/')[1]?.split('+').includes(provider),
  );
  return (
    <div>
      <h3>{provider}</h3>
      {radius === undefined ? (
        <p className="muted">No blast radius computed.</p>
      ) : (
        <dl className="facts" data-testid="blast-radius">
          <dt>Subscribers affected</dt>
          <dd>
            {count(radius.subscribersAffected)} ({share(radius.subscriberShare)})
          </dd>
          <dt>Revenue affected per month</dt>
          <dd>{money(radius.revenueAffectedPerMonth, assessment.currency)}</dd>
          <dt>Providers down with it</dt>
          <dd>{radius.providersDown.join(', ')}</dd>
          <dt>Capabilities lost</dt>
          <dd>
            {radius.capabilities
              .filter((c) => c.lost)
              .map((c) => c.capability)
              .join(', ') || 'none'}
          </dd>
          <dt>Data it holds</dt>
          <dd>{radius.dataClasses.join(', ') || 'none'}</dd>
        </dl>
      )}
      <FindingsPanel findings={findings} title={`Findings naming ${provider}`} />
    </div>
  );
}
