/**
 * Certainties the model states without saying so get a warning at the line that causes them:
 * a capability nobody carries, a critical capability nobody supplies, SIMs that reach no
 * network. Before this check the failure analysis read each as availability 0 in silence.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/load/diagnostic.js';
import { loadOk } from '../support/load.js';
import { operatorSection } from '../support/operator.js';

const OPERATOR = operatorSection();

const CODES = new Set([
  'capability-not-carried',
  'critical-capability-unsupplied',
  'sims-reach-no-network',
]);

function certainties(text: string): Diagnostic[] {
  return loadOk(text).diagnostics.filter((d) => CODES.has(d.code));
}

describe('certain losses', () => {
  it('warns at the share of a sole supplier with share 0 and no standby', () => {
    const text = `${OPERATOR}providers:
  - id: host
    name: Host
    kind: mno
    availability: 0.999
    supplies:
      - { capability: radio_access, share: 0 }
`;
    const [warning, ...rest] = certainties(text);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      severity: 'warning',
      code: 'capability-not-carried',
      path: ['providers', 0, 'supplies', 0, 'share'],
      position: { line: 20, column: 44 },
      message:
        'nobody carries `radio_access`: its sole supplier host has share 0 and none is on standby, so it is lost with certainty, and the service with it',
    });
    expect(warning?.suggestion).toContain('standby: true');
  });

  it('warns once when every supplier has share 0, naming the others with their lines', () => {
    const text = `${OPERATOR}providers:
  - { id: a, name: A, kind: saas, availability: 0.999, supplies: [{ capability: billing, share: 0 }] }
  - { id: b, name: B, kind: saas, availability: 0.999, supplies: [{ capability: billing, share: 0% }] }
`;
    const warnings = certainties(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toBe(
      'nobody carries `billing`: every supplier has share 0 and none is on standby, so it is lost with certainty',
    );
    expect(warnings[0]?.found).toBe('share 0 here and at b (line 16)');
  });

  it('says nothing when another supplier carries a share or stands by, or a share is left to fill', () => {
    const carried = [
      '[{ capability: charging, share: 0 }] }\n  - { id: b, name: B, kind: saas, availability: 0.999, supplies: [{ capability: charging, share: 100% }] }',
      '[{ capability: charging, share: 0 }] }\n  - { id: b, name: B, kind: saas, availability: 0.999, supplies: [{ capability: charging, standby: true }] }',
      '[{ capability: charging, share: 0 }] }\n  - { id: b, name: B, kind: saas, availability: 0.999, supplies: [charging] }',
    ];
    for (const tail of carried) {
      const text = `${OPERATOR}providers:\n  - { id: a, name: A, kind: saas, availability: 0.999, supplies: ${tail}\n`;
      expect(certainties(text), tail).toEqual([]);
    }
  });

  it('warns at a declared critical capability that no provider supplies, not at a non-critical one', () => {
    const text = `${OPERATOR}capabilities:
  - { id: charging }
  - { id: billing }
  - { id: messaging, critical: false }
providers:
  - { id: host, name: Host, kind: mno, availability: 0.999, supplies: [radio_access] }
`;
    const warnings = certainties(text);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['critical-capability-unsupplied', ['capabilities', 0, 'id']],
    ]);
    expect(warnings[0]?.position.line).toBe(15);
    expect(warnings[0]?.suggestion).toContain('critical: false');
  });

  it('warns at SIMs that reach no network carrying radio access', () => {
    const text = `${OPERATOR}providers:
  - { id: host-a, name: Host A, kind: mno, availability: 0.999, supplies: [{ capability: radio_access, share: 100% }] }
  - { id: host-b, name: Host B, kind: mno, availability: 0.999, supplies: [{ capability: radio_access, share: 0 }] }
sims:
  - { id: stated, kind: physical, count: 10, imsi_issuers: [op], key_holders: [op], attaches_to: [host-b] }
  - { id: derived, kind: physical, count: 10, imsi_issuers: [host-b], key_holders: [host-b] }
  - { id: fine, kind: physical, count: 10, imsi_issuers: [host-a], key_holders: [host-a] }
`;
    const warnings = certainties(text).filter((w) => w.code === 'sims-reach-no-network');
    expect(warnings.map((w) => w.path)).toEqual([
      ['sims', 0, 'attaches_to'],
      ['sims', 1, 'imsi_issuers'],
    ]);
    expect(warnings[0]?.message).toBe(
      'the SIMs of `stated` can attach to no host network that carries radio access, so their subscribers are without service with certainty',
    );
    expect(warnings.map((w) => w.position.line)).toEqual([18, 19]);
  });
});
