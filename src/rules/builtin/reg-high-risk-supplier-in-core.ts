import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Rule } from '../rule.js';

/**
 * Core network and management functions in the sense of SM03's "key assets": the core, the
 * subscriber database, signalling at the edge, security operations, and the hosting under them.
 */
const CORE_CAPABILITIES: ReadonlySet<string> = new Set([
  'mobility_core',
  'subscriber_data',
  'packet_gateway',
  'policy',
  'signalling_edge',
  'security_ops',
  'hosting',
]);

/** A designated high-risk supplier inside the core or management of the network. */
export const regHighRiskSupplierInCore: Rule = {
  meta: {
    id: 'reg-high-risk-supplier-in-core',
    title: 'High-risk supplier in core or management functions',
    category: 'regulation',
    layers: ['network_routes', 'edge_control'],
    severity: 'critical',
    rationale:
      'The EU 5G Toolbox asks member states to restrict high-risk suppliers from key assets: core network functions, network management and orchestration. A high-risk supplier there can see, stop or redirect all traffic, and may be ordered to by a foreign state.',
    references: [
      'EU 5G Toolbox (29 Jan 2020) SM03 (restrictions on high-risk suppliers for key assets)',
      'mvno-domain.md §5.3; §5.4 SUP-REG-12',
    ],
    detects: `A provider with high_risk: true that supplies (in any share, standby included) one of ${[...CORE_CAPABILITIES].join(', ')}. One finding per provider.`,
    recommendation:
      'Plan the supplier out of core and management functions (national rules may set a deadline); until then restrict and monitor its access, and keep a replacement qualified.',
  },
  check({ model, indexOf }) {
    return model.providers.flatMap((provider) => {
      if (provider.high_risk !== true) return [];
      const index = indexOf('providers', provider.id);
      const core = provider.supplies.flatMap((supply, j) =>
        CORE_CAPABILITIES.has(supply.capability) ? [{ capability: supply.capability, j }] : [],
      );
      if (core.length === 0) return [];
      return [
        {
          elements: [provider.id],
          message: `${provider.id} (${provider.kind}${provider.jurisdiction === undefined ? '' : `, ${provider.jurisdiction}`}) is a designated high-risk supplier and supplies ${core.map((c) => c.capability).join(', ')}`,
          evidence: [
            ['providers', index, 'high_risk'],
            ...core.map((c) => ['providers', index, 'supplies', c.j] as ModelPath),
          ],
        },
      ];
    });
  },
};
