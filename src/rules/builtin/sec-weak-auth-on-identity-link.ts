import type { Rule } from '../rule.js';

const WEAK: ReadonlySet<string> = new Set(['api_key', 'basic', 'none']);
const SENSITIVE_CATEGORIES: ReadonlySet<string> = new Set([
  'subscriber_identity',
  'authentication_keys',
]);

/** A shared secret (or nothing) guards a link that carries subscriber identity or keys. */
export const secWeakAuthOnIdentityLink: Rule = {
  meta: {
    id: 'sec-weak-auth-on-identity-link',
    title: 'API key or no authentication on a link carrying subscriber identity or keys',
    category: 'security',
    layers: ['edge_control'],
    severity: 'high',
    rationale:
      'A static API key or password is copied, logged and leaked far more easily than a certificate; on a link that carries IMSIs, numbers or Ki/OPc it opens the subscriber base to whoever holds it.',
    references: [
      'UK Telecoms Security CoP M10.10 (encrypted and authenticated channels)',
      'NIS2 Art. 21(2)(j) (secured communications)',
    ],
    detects:
      'An integration whose authentication is api_key, basic or none and that carries a data class of category subscriber_identity or authentication_keys.',
    recommendation:
      'Move the link to mutual TLS (or OAuth2 with client certificates), and rotate the key now.',
  },
  check({ model, indexOf }) {
    const sensitive = new Map(
      (model.data ?? []).filter((d) => SENSITIVE_CATEGORIES.has(d.category)).map((d) => [d.id, d]),
    );
    return (model.integrations ?? []).flatMap((integration) => {
      const carried = (integration.data ?? []).filter((id) => sensitive.has(id));
      if (!WEAK.has(integration.authentication) || carried.length === 0) return [];
      const index = indexOf('integrations', integration.id);
      return [
        {
          elements: [integration.id],
          message: `${integration.id} (${integration.from} → ${integration.to}) authenticates with ${integration.authentication} and carries ${carried.join(', ')}`,
          evidence: [
            ['integrations', index, 'authentication'],
            ['integrations', index, 'data'],
          ],
          severity:
            carried.some((id) => sensitive.get(id)?.category === 'authentication_keys') ||
            integration.internet_facing
              ? 'critical'
              : 'high',
        },
      ];
    });
  },
};
