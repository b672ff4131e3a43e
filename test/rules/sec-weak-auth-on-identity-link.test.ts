import { describe, expect, it } from 'vitest';
import { secWeakAuthOnIdentityLink } from '../../src/rules/builtin/sec-weak-auth-on-identity-link.js';
import { BASE, findingsOf } from './support.js';

describe('sec-weak-auth-on-identity-link', () => {
  it('fires on an API key guarding a link with subscriber identity, critical when internet-facing', () => {
    const text = BASE.replace(
      'protocol: rest, authentication: oauth2',
      'protocol: rest, authentication: api_key',
    );
    const [finding] = findingsOf(secWeakAuthOnIdentityLink, text);
    expect(finding).toMatchObject({
      id: 'sec-weak-auth-on-identity-link/crm-sync',
      severity: 'critical',
    });
  });

  it('is high on a private link', () => {
    const text = BASE.replace(
      'protocol: rest, authentication: mtls',
      'protocol: rest, authentication: basic',
    );
    expect(findingsOf(secWeakAuthOnIdentityLink, text)[0]).toMatchObject({
      id: 'sec-weak-auth-on-identity-link/provisioning',
      severity: 'high',
    });
  });

  it('stays quiet on mutual TLS and OAuth2, and on links without identity or keys', () => {
    expect(findingsOf(secWeakAuthOnIdentityLink, BASE)).toEqual([]);
    const usageOnly = BASE.replace('authentication: ssh_key', 'authentication: api_key');
    expect(findingsOf(secWeakAuthOnIdentityLink, usageOnly)).toEqual([]);
  });
});
