import { describe, expect, it } from 'vitest';
import { secUnencryptedSensitiveLink } from '../../src/rules/builtin/sec-unencrypted-sensitive-link.js';
import { BASE, findingsOf } from './support.js';

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`snippet not in the model: ${from}`);
  return text.replace(from, to);
}

describe('sec-unencrypted-sensitive-link', () => {
  it('fires on confidential records crossing a private link in clear text', () => {
    const text = edit('encryption: ssh', 'encryption: none');
    const [finding] = findingsOf(secUnencryptedSensitiveLink, text);
    expect(finding).toMatchObject({
      id: 'sec-unencrypted-sensitive-link/usage-feed',
      severity: 'high',
    });
    expect(finding?.message).toContain('usage (confidential)');
    expect(finding?.evidence.map((e) => e.path)).toEqual([
      'integrations[2].encryption',
      'integrations[2].data',
    ]);
  });

  it('is critical over the internet', () => {
    const text = edit(
      'authentication: oauth2, encryption: tls',
      'authentication: oauth2, encryption: none',
    );
    expect(findingsOf(secUnencryptedSensitiveLink, text)[0]).toMatchObject({
      id: 'sec-unencrypted-sensitive-link/crm-sync',
      severity: 'critical',
    });
  });

  it('stays quiet on encrypted links and on clear-text links with internal data only', () => {
    expect(findingsOf(secUnencryptedSensitiveLink, BASE)).toEqual([]);
    const internal = edit(
      'category: usage_records, sensitivity: confidential',
      'category: usage_records, sensitivity: internal',
      edit('encryption: ssh', 'encryption: none'),
    );
    expect(findingsOf(secUnencryptedSensitiveLink, internal)).toEqual([]);
  });
});
