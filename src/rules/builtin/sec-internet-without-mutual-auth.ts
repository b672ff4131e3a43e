import type { Integration } from '../../model/schema/model.js';
import type { Rule } from '../rule.js';

/** Authentication that proves both ends, or delegates it to short-lived tokens. */
const STRONG: ReadonlySet<string> = new Set(['mtls', 'oauth2']);

/** An internet-facing link that anyone holding a shared secret, or an allowed address, can use. */
export const secInternetWithoutMutualAuth: Rule = {
  meta: {
    id: 'sec-internet-without-mutual-auth',
    title: 'Internet-facing link without mutual TLS or OAuth2',
    category: 'security',
    layers: ['edge_control'],
    severity: 'high',
    rationale:
      'A link reachable from the public internet is attacked by anyone; an API key, password, SSH key or address allow-list is one secret or one spoofed route away from letting them in, and proves nothing about the caller.',
    references: [
      'UK Telecoms Security CoP M10.10 (encrypted and authenticated channels with suppliers)',
      'NIS2 Art. 21(2)(j) (multi-factor authentication and secured communications)',
      'mvno-domain.md §5.4 SUP-REG-07',
    ],
    detects:
      'An integration with internet_facing: true whose authentication is anything but mtls or oauth2 (api_key, ssh_key, basic, ip_allowlist or none). Critical when the link carries a restricted data class or authentication keys.',
    recommendation:
      'Put the link behind mutual TLS (or OAuth2 with client certificates), or take it off the internet onto a private line or IPsec tunnel.',
  },
  check({ model, indexOf }) {
    const restricted = new Set(
      (model.data ?? [])
        .filter((d) => d.sensitivity === 'restricted' || d.category === 'authentication_keys')
        .map((d) => d.id),
    );
    return (model.integrations ?? [])
      .filter((i) => i.internet_facing && !STRONG.has(i.authentication))
      .map((integration) => {
        const index = indexOf('integrations', integration.id);
        const sensitive = (integration.data ?? []).filter((id) => restricted.has(id));
        return {
          elements: [integration.id],
          message: `${integration.id} (${integration.from} → ${integration.to}) faces the internet and authenticates with ${integration.authentication}${carried(integration, sensitive)}`,
          evidence: [
            ['integrations', index, 'authentication'],
            ['integrations', index, 'internet_facing'],
          ],
          ...(sensitive.length > 0 ? { severity: 'critical' as const } : {}),
        };
      });
  },
};

function carried(integration: Integration, restricted: readonly string[]): string {
  const data = integration.data ?? [];
  if (data.length === 0) return '';
  const note = restricted.length > 0 ? ` (restricted: ${restricted.join(', ')})` : '';
  return `; it carries ${data.join(', ')}${note}`;
}
