/**
 * The dependency diagram in Mermaid (a flowchart), for `mvnoscope export --format mermaid` and
 * the Markdown report: GitHub, GitLab and most wikis draw it in place. The same marks as the
 * DOT drawing: single points of failure outlined in red, blast radius in each provider's label.
 */
import type { DependencyDiagram, DiagramEdge, DiagramNode } from './dependency-diagram.js';

/**
 * Text inside a Mermaid double-quoted label. Mermaid reads `#…;` as an entity and passes
 * labels on as HTML, so every ASCII character that is not a letter, digit, space or plain
 * punctuation becomes a numeric entity (`"` → `#34;`, `<` → `#60;`, `%` → `#37;`), as do
 * control characters: no quote can end the label, no `-->` or `%%` can be read as syntax, and
 * no markup reaches the page. Line breaks become spaces; other non-ASCII text is kept.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(
      /[\p{Cc}\p{Zl}\p{Zp}]|[^\p{L}\p{N}\u0080-\u{10FFFF} .,_'/+\-!?@*~^$=]/gu,
      (c) => `#${c.codePointAt(0)};`,
    );
}

export function diagramMermaid(diagram: DependencyDiagram): string {
  const clustered = new Set(diagram.clusters.flatMap((c) => c.members));
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const lines = ['flowchart LR'];
  for (const node of diagram.nodes) if (!clustered.has(node.id)) lines.push(`  ${nodeLine(node)}`);
  for (const cluster of diagram.clusters) {
    const label = `${cluster.label} (group${cluster.singlePoint ? ': single point of failure' : ''})`;
    lines.push(`  subgraph ${cluster.id}["${mermaidText(label)}"]`);
    for (const member of cluster.members) {
      const node = byId.get(member);
      if (node !== undefined) lines.push(`    ${nodeLine(node)}`);
    }
    lines.push('  end');
  }
  for (const edge of diagram.edges) lines.push(`  ${edgeLine(edge)}`);
  lines.push(
    '  classDef capability fill:#f5f7fa,stroke:#5b6675',
    '  classDef critical fill:#e8eef7,stroke:#1d232b,stroke-width:2px',
    '  classDef provider fill:#ffffff,stroke:#5b6675',
    '  classDef spof fill:#fbd9bf,stroke:#b91c1c,stroke-width:3px',
  );
  const byClass = new Map<string, string[]>();
  for (const node of diagram.nodes) {
    const name = classOf(node);
    byClass.set(name, [...(byClass.get(name) ?? []), node.id]);
  }
  for (const [name, ids] of byClass) lines.push(`  class ${ids.join(',')} ${name}`);
  for (const cluster of diagram.clusters.filter((c) => c.singlePoint))
    lines.push(`  style ${cluster.id} stroke:#b91c1c,stroke-width:2px`);
  return `${lines.join('\n')}\n`;
}

function nodeLine(node: DiagramNode): string {
  const text = [node.label, node.detail].filter((s) => s !== '').map(mermaidText);
  const label = `"${text.join('<br/>')}"`;
  return node.kind === 'capability' ? `${node.id}[${label}]` : `${node.id}(${label})`;
}

function edgeLine(edge: DiagramEdge): string {
  const arrow = edge.dashed ? '-.->' : '-->';
  return edge.label === ''
    ? `${edge.from} ${arrow} ${edge.to}`
    : `${edge.from} ${arrow}|"${mermaidText(edge.label)}"| ${edge.to}`;
}

function classOf(node: DiagramNode): string {
  if (node.kind === 'capability') return node.critical ? 'critical' : 'capability';
  return node.singlePoint ? 'spof' : 'provider';
}
