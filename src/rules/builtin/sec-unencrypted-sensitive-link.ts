import type { Rule } from '../rule.js';

/** Sensitivities that must not cross a link in clear text (the two upper levels). */
const SENSITIVE: ReadonlySet<string> = new Set(['confidential', 'restricted']);

/** Confidential or restricted data crossing a link in clear text. */
export const secUnencryptedSensitiveLink: Rule = {
  meta: {
    id: 'sec-unencrypted-sensitive-link',
    title: 'Confidential or restricted data on an unencrypted link',
    category: 'security',
    layers: ['edge_control'],
    severity: 'high',
    rationale:
      'Whatever crosses a link in clear text can be read, and often altered, by anyone on the path: a carrier, a compromised router, a misrouted signalling partner. Subscriber identities, locations and records are exactly what attackers on signalling and transit links look for.',
    references: [
      'UK Telecoms Security CoP M10.10 (encrypted and authenticated channels)',
      'NIS2 Art. 21(2)(h) (cryptography and encryption)',
      'mvno-domain.md §5.4 SUP-REG-07; §3.8 (signalling abuse through global titles)',
    ],
    detects:
      'An integration with encryption: none that carries a data class of sensitivity confidential or restricted. Critical when the link also faces the internet.',
    recommendation:
      'Encrypt the link (TLS, IPsec or a private line); where the protocol cannot be encrypted end to end (SS7 MAP), confine it to a private interconnect behind a signalling firewall and stop sending the data over it where possible.',
  },
  check({ model, indexOf }) {
    const sensitivity = new Map((model.data ?? []).map((d) => [d.id, d.sensitivity]));
    return (model.integrations ?? []).flatMap((integration) => {
      if (integration.encryption !== 'none') return [];
      const exposed = (integration.data ?? []).filter((id) =>
        SENSITIVE.has(sensitivity.get(id) ?? ''),
      );
      if (exposed.length === 0) return [];
      const index = indexOf('integrations', integration.id);
      const listed = exposed.map((id) => `${id} (${sensitivity.get(id)})`).join(', ');
      return [
        {
          elements: [integration.id],
          message: `${integration.id} (${integration.from} → ${integration.to}, ${integration.protocol}) is unencrypted and carries ${listed}${integration.internet_facing ? ', over the internet' : ''}`,
          evidence: [
            ['integrations', index, 'encryption'],
            ['integrations', index, 'data'],
          ],
          ...(integration.internet_facing ? { severity: 'critical' as const } : {}),
        },
      ];
    });
  },
};
