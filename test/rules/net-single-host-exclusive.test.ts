import { describe, expect, it } from 'vitest';
import { netSingleHostExclusive } from '../../src/rules/builtin/net-single-host-exclusive.js';
import { BASE, findingsOf } from './support.js';

describe('net-single-host-exclusive', () => {
  it('fires when one host carries everything under an exclusive contract', () => {
    const [finding] = findingsOf(netSingleHostExclusive, BASE);
    expect(finding).toMatchObject({
      id: 'net-single-host-exclusive/host',
      severity: 'high',
      status: 'open',
    });
    expect(finding?.evidence[0]).toMatchObject({ path: 'contracts[0].exclusive' });
    expect(finding?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('stays quiet when the contract is not exclusive', () => {
    expect(findingsOf(netSingleHostExclusive, BASE.replace('    exclusive: true\n', ''))).toEqual(
      [],
    );
  });

  it('stays quiet when a second network from another group stands by', () => {
    const text = BASE.replace(
      '  - id: team\n',
      '  - { id: host-b, name: Host B, kind: mno, availability: 99.9%, supplies: [{ capability: radio_access, standby: true }] }\n  - id: team\n',
    );
    expect(findingsOf(netSingleHostExclusive, text)).toEqual([]);
  });
});
