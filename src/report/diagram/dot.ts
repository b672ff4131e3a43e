/**
 * The dependency diagram in Graphviz DOT: for `mvnoscope export --format dot`, and laid out
 * to SVG by Graphviz (WebAssembly) for the HTML report. Capabilities sit on the left, the
 * providers that supply them to the right; single points of failure are drawn in red, and a
 * provider's fill darkens with the share of subscribers its failure affects.
 */
import type { DependencyDiagram, DiagramEdge, DiagramNode } from './dependency-diagram.js';

/** Beyond this many nodes, crossing minimisation is bounded so that layout stays quick. */
const LARGE_DIAGRAM_NODES = 150;

export const SINGLE_POINT = '#b91c1c';
export const BLAST_FILLS = ['#ffffff', '#fdf2e9', '#fbd9bf', '#f6b48a', '#ee8b5a'] as const;
export const LINK_COLOUR = '#1f5fae';

/**
 * A DOT double-quoted string. Inside one `"` and `\` are special (`\` starts escapes such as
 * `\N` that Graphviz expands in labels), and Graphviz reads `&…;` as a character entity, so `&`
 * is written `&amp;`; line breaks and other control characters are made spaces so that one
 * label stays one line of DOT.
 */
export function dotString(text: string): string {
  return `"${dotText(text)}"`;
}

function dotText(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/&/g, '&amp;')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"');
}

/** Lines of user text as one DOT label: each escaped, joined by DOT's own line break `\n`. */
function dotLines(lines: readonly string[]): string {
  return `"${lines.map(dotText).join('\\n')}"`;
}

export function diagramDot(diagram: DependencyDiagram): string {
  const large = diagram.nodes.length > LARGE_DIAGRAM_NODES;
  const clustered = new Set(diagram.clusters.flatMap((c) => c.members));
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const lines = [
    'digraph dependencies {',
    `  graph [label=${dotString(diagram.title)}, labelloc=t, rankdir=LR, fontname="Helvetica", fontsize=16, nodesep=0.25, ranksep=0.9${large ? ', mclimit=0.1, nslimit=2, nslimit1=2' : ''}];`,
    '  node [fontname="Helvetica", fontsize=11, style="filled", fillcolor="#ffffff", color="#5b6675"];',
    '  edge [fontname="Helvetica", fontsize=9, color="#8a94a3", arrowsize=0.6];',
  ];
  for (const node of diagram.nodes) if (!clustered.has(node.id)) lines.push(`  ${nodeLine(node)}`);
  for (const cluster of diagram.clusters) {
    lines.push(
      `  subgraph cluster_${cluster.id} {`,
      `    label=${dotString(cluster.singlePoint ? `${cluster.label} (group: single point of failure)` : `${cluster.label} (group)`)};`,
      `    style="rounded,dashed"; color="${cluster.singlePoint ? SINGLE_POINT : '#8a94a3'}"; fontcolor="${cluster.singlePoint ? SINGLE_POINT : '#1d232b'}"; fontsize=11;`,
    );
    for (const member of cluster.members) {
      const node = byId.get(member);
      if (node !== undefined) lines.push(`    ${nodeLine(node)}`);
    }
    lines.push('  }');
  }
  for (const edge of diagram.edges) lines.push(`  ${edgeLine(edge)}`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function nodeLine(node: DiagramNode): string {
  const text = dotLines(node.detail === '' ? [node.label] : [node.label, node.detail]);
  const attributes =
    node.kind === 'capability'
      ? [
          'shape=box',
          `style="${node.critical ? 'filled,bold' : 'filled'}"`,
          `fillcolor="${node.critical ? '#e8eef7' : '#f5f7fa'}"`,
        ]
      : [
          'shape=box',
          'style="filled,rounded"',
          `fillcolor="${blastFill(node.blastShare)}"`,
          ...(node.singlePoint ? [`color="${SINGLE_POINT}"`, 'penwidth=2.5'] : []),
        ];
  return `${node.id} [label=${text}, ${attributes.join(', ')}];`;
}

function edgeLine(edge: DiagramEdge): string {
  const attributes = [
    ...(edge.label === '' ? [] : [`label=${dotString(edge.label)}`]),
    ...(edge.dashed ? ['style=dashed'] : []),
    ...(edge.kind === 'supplied_by'
      ? []
      : [`color="${LINK_COLOUR}"`, `fontcolor="${LINK_COLOUR}"`]),
  ];
  return `${edge.from} -> ${edge.to}${attributes.length === 0 ? '' : ` [${attributes.join(', ')}]`};`;
}

/** The fill of a provider by its blast radius: five steps from none to every subscriber. */
function blastFill(share: number): string {
  const step = share <= 0 ? 0 : Math.min(BLAST_FILLS.length - 1, 1 + Math.floor(share * 3.999));
  return BLAST_FILLS[step] ?? BLAST_FILLS[0];
}
