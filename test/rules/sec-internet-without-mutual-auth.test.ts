import { describe, expect, it } from 'vitest';
import { secInternetWithoutMutualAuth } from '../../src/rules/builtin/sec-internet-without-mutual-auth.js';
import { BASE, findingsOf } from './support.js';

/** BASE with one exact snippet replaced; fails loudly if the snippet is not there. */
function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

describe('sec-internet-without-mutual-auth', () => {
  it('fires on an internet-facing link guarded by an API key', () => {
    const text = edit(
      'protocol: rest, authentication: oauth2',
      'protocol: rest, authentication: api_key',
    );
    const findings = findingsOf(secInternetWithoutMutualAuth, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'sec-internet-without-mutual-auth/crm-sync',
      severity: 'high',
    });
    expect(findings[0]?.message).toContain('api_key');
    expect(findings[0]?.evidence[0]).toMatchObject({ path: 'integrations[1].authentication' });
    expect(findings[0]?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('is critical when the link carries keys or restricted data', () => {
    const text = edit(
      'authentication: mtls, encryption: tls, internet_facing: false, data: [identity]',
      'authentication: ip_allowlist, encryption: tls, internet_facing: true, data: [identity, keys]',
    );
    expect(findingsOf(secInternetWithoutMutualAuth, text)[0]).toMatchObject({
      id: 'sec-internet-without-mutual-auth/provisioning',
      severity: 'critical',
    });
  });

  it('stays quiet on OAuth2 or mutual TLS, and on weak links off the internet', () => {
    expect(findingsOf(secInternetWithoutMutualAuth, BASE)).toEqual([]);
    const privateBasic = edit('authentication: ssh_key', 'authentication: basic');
    expect(findingsOf(secInternetWithoutMutualAuth, privateBasic)).toEqual([]);
  });
});
