/**
 * The dependency graph with the report diagram's encoding (src/report/diagram): capabilities
 * on the left, the providers that supply them to the right, ownership groups of two or more
 * members framed around them, hosting and subcontracting as dashed links, and single points
 * of failure (the failure analysis's, hidden ones included) outlined in red, a group's frame
 * too. Laid out by ELK (layered, groups as compound nodes), drawn by React Flow at a zoom that
 * reads (never below MIN_ZOOM: pan or zoom out for the rest), with a legend and a mini map.
 * The operator, which needs every capability, is left out: its links say nothing. Selecting a
 * provider shows its blast radius and the findings that name it.
 */
import {
  Background,
  Controls,
  type Edge,
  MarkerType,
  MiniMap,
  type Node,
  ReactFlow,
  type ReactFlowInstance,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import type { GraphNode, LiveAssessment } from '../assessment/live-result.js';
import { count, money, share } from '../figures.js';
import { nameFinder } from '../overview/overview-facts.js';
import { FindingsPanel } from './findings.js';

const NODE_WIDTH = 180;
const NODE_HEIGHT = 34;
/** The first view's zoom is at least this: labels of 12 px read at 9 px or more. */
export const MIN_ZOOM = 0.75;

/**
 * The first view: the whole graph when it fits at MIN_ZOOM or more, else its top left corner
 * (the first capabilities and their suppliers) at MIN_ZOOM, which reads; the mini map shows
 * the rest.
 */
function openView(flow: ReactFlowInstance): void {
  void flow.fitView({ maxZoom: 1.1 }).then(() => {
    if (flow.getZoom() < MIN_ZOOM) void flow.setViewport({ x: 12, y: 12, zoom: MIN_ZOOM });
  });
}

/** Who supplies and runs what; ownership is drawn as frames, data is left to the report. */
const DRAWN_EDGES = new Set(['supplied_by', 'hosted_on', 'subcontractor_of']);

interface Drawing {
  readonly nodes: readonly GraphNode[];
  /** Each framed group's key and its drawn members' keys. */
  readonly groups: ReadonlyMap<string, readonly string[]>;
  readonly edges: LiveAssessment['graph']['edges'];
  readonly singlePoints: ReadonlySet<string>;
}

/** What is drawn: capabilities and providers, groups of two or more as frames, SPOFs marked. */
export function drawingOf(assessment: LiveAssessment): Drawing {
  const nodes = assessment.graph.nodes.filter(
    (n) => n.kind === 'capability' || n.kind === 'provider',
  );
  const keys = new Set(nodes.map((n) => n.key));
  const members = new Map<string, string[]>();
  for (const e of assessment.graph.edges)
    if (e.kind === 'member_of' && keys.has(e.source))
      members.set(e.target, [...(members.get(e.target) ?? []), e.source]);
  const groups = new Map([...members].filter(([, list]) => list.length >= 2));
  const singlePoints = new Set(
    assessment.analysis.failure.singlePoints
      .filter((s) => s.kind === 'provider' || s.kind === 'group')
      .map((s) => `${s.kind}:${s.subject}`),
  );
  const edges = assessment.graph.edges.filter(
    (e) => DRAWN_EDGES.has(e.kind) && keys.has(e.source) && keys.has(e.target),
  );
  return { nodes, groups, edges, singlePoints };
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Positions from ELK: a framed provider's relative to its group's frame, as React Flow wants. */
async function layout(drawing: Drawing): Promise<Map<string, Box>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const framed = new Set([...drawing.groups.values()].flat());
  const leaf = (key: string) => ({ id: key, width: NODE_WIDTH, height: NODE_HEIGHT });
  const laid = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '70',
      'elk.spacing.nodeNode': '10',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: [
      ...drawing.nodes.filter((n) => !framed.has(n.key)).map((n) => leaf(n.key)),
      ...[...drawing.groups].map(([group, list]) => ({
        id: group,
        layoutOptions: { 'elk.padding': '[top=26,left=10,bottom=10,right=10]' },
        children: list.map(leaf),
      })),
    ],
    edges: drawing.edges.map((e) => ({ id: e.key, sources: [e.source], targets: [e.target] })),
  });
  const boxes = new Map<string, Box>();
  for (const child of laid.children ?? []) {
    const box = {
      x: child.x ?? 0,
      y: child.y ?? 0,
      width: child.width ?? NODE_WIDTH,
      height: child.height ?? NODE_HEIGHT,
    };
    boxes.set(child.id, box);
    for (const member of child.children ?? [])
      boxes.set(member.id, {
        x: member.x ?? 0,
        y: member.y ?? 0,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
      });
  }
  return boxes;
}

const EDGE_LABELS: Record<string, string | undefined> = {
  hosted_on: 'hosted on',
  subcontractor_of: 'subcontractor of',
};

export function GraphPanel({ assessment }: { assessment: LiveAssessment }) {
  const [boxes, setBoxes] = useState<Map<string, Box> | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const drawing = useMemo(() => drawingOf(assessment), [assessment]);
  const nameOf = useMemo(() => nameFinder(assessment), [assessment]);

  useEffect(() => {
    let live = true;
    void layout(drawing).then((laid) => {
      if (live) setBoxes(laid);
    });
    return () => {
      live = false;
    };
  }, [drawing]);

  const { nodes, edges } = useMemo(() => {
    if (boxes === null) return { nodes: [], edges: [] };
    const labels = new Map(assessment.graph.nodes.map((n) => [n.key, n.label]));
    const parentOf = new Map(
      [...drawing.groups].flatMap(([group, list]) => list.map((m) => [m, group] as const)),
    );
    // Frames first: React Flow draws a parent before its children.
    const frames: Node[] = [...drawing.groups.keys()].map((group) => {
      const box = boxes.get(group) ?? { x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT };
      return {
        id: group,
        type: 'group',
        position: { x: box.x, y: box.y },
        data: { label: labels.get(group) ?? group },
        className: `graph-group${drawing.singlePoints.has(group) ? ' graph-group--spof' : ''}`,
        style: { width: box.width, height: box.height },
        ariaLabel: `group ${labels.get(group) ?? group}${drawing.singlePoints.has(group) ? ', a single point of failure' : ''}`,
        selectable: false,
        draggable: false,
        connectable: false,
      };
    });
    const frameLabels: Node[] = [...drawing.groups.keys()].map((group) => ({
      id: `${group}#label`,
      parentId: group,
      position: { x: 8, y: 4 },
      data: { label: labels.get(group) ?? group },
      className: 'graph-group__label',
      width: NODE_WIDTH,
      height: 18,
      selectable: false,
      draggable: false,
      connectable: false,
      focusable: false,
    }));
    const parts: Node[] = drawing.nodes.map((n) => {
      const box = boxes.get(n.key) ?? { x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT };
      const spof = drawing.singlePoints.has(n.key);
      const parentId = parentOf.get(n.key);
      return {
        id: n.key,
        ...(parentId === undefined ? {} : { parentId, extent: 'parent' as const }),
        position: { x: box.x, y: box.y },
        data: { label: n.label },
        className: `graph-node graph-node--${n.kind}${spof ? ' graph-node--spof' : ''}${n.key === selected ? ' graph-node--selected' : ''}`,
        ariaLabel: `${n.kind} ${n.label}${spof ? ', a single point of failure' : ''}`,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        connectable: false,
        draggable: false,
      };
    });
    const edges: Edge[] = drawing.edges.map((e) => {
      const label = EDGE_LABELS[e.kind];
      return {
        id: e.key,
        source: e.source,
        target: e.target,
        className: `graph-edge graph-edge--${e.kind}`,
        ...(label === undefined ? {} : { label }),
        markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 },
      };
    });
    return { nodes: [...frames, ...frameLabels, ...parts], edges };
  }, [assessment, boxes, drawing, selected]);

  const providerId = selected?.startsWith('provider:') ? selected.slice('provider:'.length) : null;
  return (
    <section className="card graph-card" aria-label="Dependency graph">
      <h2>Dependency graph</h2>
      <p className="muted">
        Capabilities on the left, who supplies them to the right. Select a provider (click, or Tab
        to it and press Enter) to see its blast radius; drag or scroll to move, the buttons zoom.
      </p>
      <div className="graph-layout">
        <div className="graph" data-testid="graph">
          {boxes !== null && (
            <ReactFlow
              nodes={nodes}
              edges={edges}
              onInit={openView}
              nodesConnectable={false}
              nodesDraggable={false}
              onNodeClick={(_event, node) => {
                if (node.id.startsWith('provider:') || node.id.startsWith('capability:'))
                  setSelected(node.id);
              }}
              proOptions={{ hideAttribution: true }}
              minZoom={0.1}
            >
              <Background />
              <Controls showInteractive={false} />
              <MiniMap pannable zoomable ariaLabel="Mini map of the whole graph" />
            </ReactFlow>
          )}
        </div>
        <aside className="graph-side" aria-live="polite">
          {providerId === null ? (
            <p className="muted">No provider selected.</p>
          ) : (
            <ProviderDetail assessment={assessment} provider={providerId} nameOf={nameOf} />
          )}
        </aside>
      </div>
      <GraphLegend />
    </section>
  );
}

/** The encoding in words, as the report diagram's legend gives it. */
function GraphLegend() {
  return (
    <ul className="legend graph-legend" aria-label="Legend of the graph">
      <li className="legend__item">
        <span className="legend__node graph-node--capability" aria-hidden="true" /> capability
      </li>
      <li className="legend__item">
        <span className="legend__node graph-node--provider" aria-hidden="true" /> provider
      </li>
      <li className="legend__item">
        <span className="legend__node graph-node--provider graph-node--spof" aria-hidden="true" />{' '}
        single point of failure
      </li>
      <li className="legend__item">
        <span className="legend__frame" aria-hidden="true" /> ownership group
      </li>
      <li className="legend__item">
        <span className="legend__line" aria-hidden="true" /> supplies
      </li>
      <li className="legend__item">
        <span className="legend__line legend__line--dashed" aria-hidden="true" /> hosted on,
        subcontractor of
      </li>
    </ul>
  );
}

function ProviderDetail({
  assessment,
  provider,
  nameOf,
}: {
  assessment: LiveAssessment;
  provider: string;
  nameOf: (id: string, kind?: 'group' | 'provider') => string;
}) {
  const labels = new Map(assessment.graph.nodes.map((n) => [n.key, n.label]));
  const capabilityName = (id: string) => labels.get(`capability:${id}`) ?? id;
  const radius = assessment.analysis.failure.providerBlastRadius.find(
    (b) => b.subject === provider,
  );
  const findings = assessment.findings.filter((f) =>
    f.id.split('/')[1]?.split('+').includes(provider),
  );
  return (
    <div>
      <h3>{nameOf(provider, 'provider')}</h3>
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
          <dd>{radius.providersDown.map((p) => nameOf(p, 'provider')).join(', ')}</dd>
          <dt>Capabilities lost</dt>
          <dd>
            {radius.capabilities
              .filter((c) => c.lost)
              .map((c) => capabilityName(c.capability))
              .join(', ') || 'none'}
          </dd>
          <dt>Data it holds</dt>
          <dd>{radius.dataClasses.join(', ') || 'none'}</dd>
        </dl>
      )}
      <FindingsPanel
        findings={findings}
        title={`Findings naming ${nameOf(provider, 'provider')}`}
      />
    </div>
  );
}
