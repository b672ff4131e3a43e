/**
 * The dependency diagram as a picture sees it: capabilities on one side, the providers that
 * supply them on the other, ownership groups drawn around their members, hosting and
 * subcontracting between providers. Single points of failure (from the failure analysis:
 * dominators of service delivery, hidden ones included) and each provider's blast radius are
 * marked on it. The DOT and Mermaid writers beside this module draw the same diagram.
 *
 * Node ids are generated (`c0`, `p3`, `g1`), never taken from the model, so no user string
 * reaches a position where a diagram language reads syntax; user text appears only in labels.
 */
import type { StructuralAnalysis } from '../../analysis/analyse.js';
import type { ResolvedModel } from '../../model/resolved-model.js';

export interface DiagramNode {
  readonly id: string;
  readonly kind: 'capability' | 'provider';
  /** The capability's or provider's name. */
  readonly label: string;
  /** A second line: the provider's kind and blast radius, or "critical" for a capability. */
  readonly detail: string;
  readonly critical: boolean;
  /** A single point of failure: its failure alone loses a service-critical capability. */
  readonly singlePoint: boolean;
  /** Share of subscribers a failure of this provider affects (0 for capabilities). */
  readonly blastShare: number;
}

export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: 'supplied_by' | 'hosted_on' | 'subcontractor_of';
  /** Share carried, "standby", "hosted on" or "subcontractor of". */
  readonly label: string;
  readonly dashed: boolean;
}

export interface DiagramCluster {
  readonly id: string;
  readonly label: string;
  readonly members: readonly string[];
  /** The group's common-cause failure alone loses a service-critical capability. */
  readonly singlePoint: boolean;
}

export interface DependencyDiagram {
  readonly title: string;
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  readonly clusters: readonly DiagramCluster[];
}

export function dependencyDiagram(
  model: ResolvedModel,
  analysis: StructuralAnalysis,
): DependencyDiagram {
  const { failure } = analysis;
  const singleProviders = new Set(
    failure.singlePoints.filter((s) => s.kind === 'provider').map((s) => s.subject),
  );
  const singleGroups = new Set(
    failure.singlePoints.filter((s) => s.kind === 'group').map((s) => s.subject),
  );
  const blast = new Map(failure.providerBlastRadius.map((b) => [b.subject, b]));
  const capabilityId = new Map(model.capabilities.map((c, i) => [c.id, `c${i}`]));
  const providerId = new Map(model.providers.map((p, i) => [p.id, `p${i}`]));

  const nodes: DiagramNode[] = [
    ...model.capabilities.map((c) => ({
      id: capabilityId.get(c.id) ?? '',
      kind: 'capability' as const,
      label: c.name,
      detail: c.critical ? 'service-critical' : '',
      critical: c.critical,
      singlePoint: false,
      blastShare: 0,
    })),
    ...model.providers.map((p) => {
      const radius = blast.get(p.id);
      const lost = radius?.capabilities.filter((c) => c.lost).length ?? 0;
      const share = radius?.subscriberShare ?? 0;
      const parts = [p.kind, share > 0 ? `blast radius ${percent(share)} of subscribers` : ''];
      if (lost > 0) parts.push(`${lost} ${lost === 1 ? 'capability' : 'capabilities'} lost`);
      return {
        id: providerId.get(p.id) ?? '',
        kind: 'provider' as const,
        label: p.name,
        detail: parts.filter((s) => s !== '').join(' · '),
        critical: false,
        singlePoint: singleProviders.has(p.id),
        blastShare: share,
      };
    }),
  ];

  const edges: DiagramEdge[] = [];
  for (const provider of model.providers) {
    const to = providerId.get(provider.id) ?? '';
    for (const supply of provider.supplies) {
      const from = capabilityId.get(supply.capability);
      if (from === undefined) continue;
      const label = supply.standby ? 'standby' : supply.share < 1 ? percent(supply.share) : '';
      edges.push({ from, to, kind: 'supplied_by', label, dashed: supply.standby });
    }
    for (const host of provider.hosted_on) {
      const target = providerId.get(host);
      if (target !== undefined)
        edges.push({ from: to, to: target, kind: 'hosted_on', label: 'hosted on', dashed: true });
    }
    const engager = provider.subcontractor_of;
    const target = engager === undefined ? undefined : providerId.get(engager);
    if (target !== undefined)
      edges.push({
        from: to,
        to: target,
        kind: 'subcontractor_of',
        label: 'subcontractor of',
        dashed: true,
      });
  }

  // A group of one provider is the provider itself: only groups of two or more are drawn.
  const clusters = model.groups
    .filter((g) => g.members.length >= 2)
    .map((g, i) => ({
      id: `g${i}`,
      label: g.name,
      members: g.members.flatMap((m) => {
        const id = providerId.get(m);
        return id === undefined ? [] : [id];
      }),
      singlePoint: singleGroups.has(g.id),
    }));

  return { title: `Dependency diagram: ${model.operator.name}`, nodes, edges, clusters };
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
