import { describe, expect, it } from 'vitest';
import { netSingleRoamingRoute } from '../../src/rules/builtin/net-single-roaming-route.js';
import { BASE, findingsOf } from './support.js';

describe('net-single-roaming-route', () => {
  it('fires low for a consumer operator roaming only through its host', () => {
    const [finding, ...rest] = findingsOf(netSingleRoamingRoute, BASE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'net-single-roaming-route/host', severity: 'low' });
    expect(finding?.evidence[0]).toMatchObject({ path: 'providers[0].supplies[10]' });
  });

  it('is medium for a travel operator', () => {
    const text = BASE.replace('segments: [consumer]', 'segments: [travel, consumer]');
    expect(findingsOf(netSingleRoamingRoute, text)[0]).toMatchObject({ severity: 'medium' });
  });

  it('names the operator by its segments, with the article they take', () => {
    expect(findingsOf(netSingleRoamingRoute, BASE)[0]?.message).toContain(
      'roaming for a consumer operator runs only through group host-group',
    );
    const iot = BASE.replace('segments: [consumer]', 'segments: [iot]');
    expect(findingsOf(netSingleRoamingRoute, iot)[0]?.message).toContain(
      'roaming for an IoT operator runs only',
    );
    const enterprise = BASE.replace('segments: [consumer]', 'segments: [enterprise, iot]');
    expect(findingsOf(netSingleRoamingRoute, enterprise)[0]?.message).toContain(
      'roaming for an enterprise/IoT operator runs only',
    );
  });

  it('fires on the operator when nobody supplies roaming', () => {
    const text = BASE.replace(
      'interconnect, roaming, lawful_intercept',
      'interconnect, lawful_intercept',
    );
    const [finding] = findingsOf(netSingleRoamingRoute, text);
    expect(finding).toMatchObject({ id: 'net-single-roaming-route/op', severity: 'low' });
    expect(finding?.evidence[0]).toMatchObject({ path: 'operator.segments' });
  });

  it('stays quiet with a standby roaming hub from another group', () => {
    const text = BASE.replace(
      '  - id: team\n',
      '  - { id: hub, name: Hub, kind: ipx, availability: 99.9%, supplies: [{ capability: roaming, standby: true }] }\n  - id: team\n',
    );
    expect(findingsOf(netSingleRoamingRoute, text)).toEqual([]);
  });
});
