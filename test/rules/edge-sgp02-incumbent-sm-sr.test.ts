import { describe, expect, it } from 'vitest';
import { edgeSgp02IncumbentSmSr } from '../../src/rules/builtin/edge-sgp02-incumbent-sm-sr.js';
import { BASE, findingsOf } from './support.js';

const withFleet = (smsr: string) =>
  BASE.replace(
    'numbering:\n',
    `  - { id: m2m, kind: esim_iot_sgp02, count: 5000, imsi_issuers: [host], key_holders: [host], sm_sr_operator: ${smsr} }\nnumbering:\n`,
  );

describe('edge-sgp02-incumbent-sm-sr', () => {
  it('fires on an SGP.02 fleet whose SM-SR the host runs', () => {
    const [finding, ...rest] = findingsOf(edgeSgp02IncumbentSmSr, withFleet('host'));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'edge-sgp02-incumbent-sm-sr/m2m+host', severity: 'high' });
    expect(finding?.message).toContain('5,000 SGP.02 eSIMs');
    expect(finding?.evidence[0]).toMatchObject({ path: 'sims[2].sm_sr_operator' });
  });

  it('stays quiet when the operator runs the SM-SR, and without SGP.02 SIMs', () => {
    expect(findingsOf(edgeSgp02IncumbentSmSr, withFleet('team'))).toEqual([]);
    expect(findingsOf(edgeSgp02IncumbentSmSr, BASE)).toEqual([]);
  });
});
