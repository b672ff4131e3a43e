import { describe, expect, it } from 'vitest';
import { classify } from '../../src/model/classification.js';
import { exampleFiles, loadOk, MINIMAL, readExample } from '../support/load.js';

/** A model whose providers are given as YAML list items; the operator is `op`. */
function model(providers: string, extra = ''): string {
  const head = MINIMAL.slice(0, MINIMAL.indexOf('providers:'));
  return `${head}providers:\n${providers}${extra}`;
}

const HOST = `  - id: host
    name: Host
    kind: mno
    group: host-group
    availability: 0.999
    supplies: [radio_access, mobility_core, subscriber_data, packet_gateway, charging, billing, crm_care, sim_supply, numbering]
`;

function classifyText(text: string) {
  return classify(loadOk(text).model);
}

describe('operator type from the elements held (mvno-domain.md §1.2)', () => {
  it('calls an operator that holds only its brand a branded reseller', () => {
    const result = classifyText(model(HOST));
    expect(result.type).toBe('branded_reseller');
    expect(result.hostNetworks).toEqual(['host']);
    expect(result.nextRung?.type).toBe('light');
    expect(result.nextRung?.missing[0]).toContain('CRM and care or billing');
  });

  it('calls an operator with its own CRM and care a light MVNO', () => {
    const text = model(
      `${HOST.replace('crm_care, ', '')}  - id: crm
    name: CRM SaaS
    kind: saas
    availability: 0.999
    supplies: [crm_care]
`,
    );
    const result = classifyText(text);
    expect(result.type).toBe('light');
    expect(result.reasons[0]).toContain('crm (third party)');
  });

  it('counts an enabler running billing for the operator toward light, not enhanced', () => {
    const text = model(
      `${HOST.replace('charging, billing, crm_care, sim_supply, ', '')}  - id: mvne
    name: Enabler
    kind: mvne
    availability: 0.999
    supplies: [charging, billing, crm_care, sim_supply]
`,
    );
    const result = classifyText(text);
    expect(result.type).toBe('light');
    expect(result.nextRung?.missing).toEqual([
      expect.stringContaining('issues its own SIMs'),
      expect.stringContaining('runs its own billing'),
      expect.stringContaining('rates and charges usage itself'),
    ]);
  });

  it('calls an operator with its own SIMs, billing and rating an enhanced service provider', () => {
    const text = model(
      `${HOST.replace('charging, billing, crm_care, sim_supply, ', '')}  - id: bss
    name: BSS
    kind: bss_vendor
    availability: 0.999
    supplies: [charging, billing, crm_care]
  - id: sims
    name: SIM vendor
    kind: sim_vendor
    availability: 0.999
    supplies: [sim_supply]
`,
    );
    expect(classifyText(text).type).toBe('enhanced');
  });

  it('calls an operator with its own IMSIs, HSS, gateway and SIMs a full MVNO', () => {
    const text = model(
      `  - id: host
    name: Host
    kind: mno
    group: host-group
    availability: 0.999
    supplies: [radio_access, mobility_core]
  - id: core
    name: Own core
    kind: in_house
    availability: 0.999
    supplies: [subscriber_data, packet_gateway, charging, billing, crm_care]
  - id: sims
    name: SIM vendor
    kind: sim_vendor
    availability: 0.999
    supplies: [sim_supply]
`,
      `sims:
  - id: own
    kind: physical
    count: 1000
    imsi_issuers: [op]
    key_holders: [core]
`,
    );
    const result = classifyText(text);
    expect(result.type).toBe('full');
    expect(result.hybrid).toBe(false);
    expect(result.reasons).toEqual(
      expect.arrayContaining([expect.stringContaining('100% of 1,000 SIMs carry an IMSI')]),
    );
    expect(result.nextRung).toBeUndefined();
  });

  it('does not call an operator full while most SIMs carry the host IMSI', () => {
    const text = model(
      `${HOST.replace('subscriber_data, packet_gateway, charging, billing, crm_care, sim_supply, ', '')}  - id: core
    name: Own core
    kind: core_vendor
    availability: 0.999
    supplies:
      - { capability: subscriber_data, arrangement: managed }
      - { capability: packet_gateway, arrangement: managed }
      - charging
      - billing
      - crm_care
      - sim_supply
`,
      `sims:
  - { id: own, kind: physical, count: 400, imsi_issuers: [op], key_holders: [core] }
  - { id: legacy, kind: physical, count: 600, imsi_issuers: [host], key_holders: [host] }
`,
    );
    const result = classifyText(text);
    expect(result.type).toBe('enhanced');
    expect(result.nextRung?.missing).toEqual([expect.stringContaining('40% of 1,000 SIMs')]);
  });

  it('marks an operator that also runs radio as a hybrid', () => {
    const text = model(
      `${HOST.replace('supplies: [radio_access,', 'supplies: [{ capability: radio_access, share: 70% },')}  - id: cbrs
    name: Own small cells
    kind: in_house
    availability: 0.99
    supplies: [{ capability: radio_access, share: 30% }, crm_care]
`.replace('billing, crm_care,', 'billing,'),
    );
    const result = classifyText(text);
    expect(result.hybrid).toBe(true);
    expect(result.reasons.at(-1)).toContain('hybrid');
  });

  it('flags an MNO sub-brand and a joint venture with the host', () => {
    const owned = (stake: string) =>
      model(HOST).replace(
        '  discount_rate: 8%\n',
        `  discount_rate: 8%\n  owners: [{ group: host-group, stake: ${stake} }]\n`,
      );
    expect(classifyText(owned('100%')).hostAffiliation).toEqual({
      kind: 'sub_brand',
      group: 'host-group',
      stake: 1,
    });
    expect(classifyText(owned('50%')).hostAffiliation?.kind).toBe('joint_venture');
    expect(classifyText(owned('10%')).hostAffiliation?.kind).toBe('minority_stake');
    expect(classifyText(model(HOST)).hostAffiliation).toBeUndefined();
  });

  it('counts an MVNA reselling host access as an enabler, not a host', () => {
    const text = model(`  - id: mvna
    name: Aggregator
    kind: mvna
    availability: 0.999
    supplies: [radio_access, mobility_core, subscriber_data, charging, billing, sim_supply]
`);
    const result = classifyText(text);
    expect(result.hostNetworks).toEqual(['mvna']);
    expect(result.elements.find((e) => e.element === 'billing')?.holder).toBe('enabler');
    expect(result.type).toBe('light');
  });

  it("counts a subcontractor's supplies as its principal's", () => {
    const text = model(
      `${HOST.replace('sim_supply, ', '')}  - id: cards
    name: Host's card maker
    kind: sim_vendor
    subcontractor_of: host
    availability: 0.999
    supplies: [sim_supply]
`,
    );
    expect(classifyText(text).elements.find((e) => e.element === 'sim_supply')?.holder).toBe(
      'host',
    );
  });

  it('treats a provider of the host group as the host', () => {
    const text = model(
      `${HOST.replace('crm_care, ', '')}  - id: host-bss
    name: Host's BSS arm
    kind: bss_vendor
    group: host-group
    availability: 0.999
    supplies: [crm_care]
`,
    );
    expect(classifyText(text).type).toBe('branded_reseller');
  });
});

/** The type the literature gives each shipped archetype (mvno-domain.md §1, §4, §7). */
const EXPECTED: Record<string, { type: string; hybrid?: boolean; affiliation?: string }> = {
  'branded-reseller-single-host.yaml': { type: 'branded_reseller' },
  'light-mvno-on-enabler.yaml': { type: 'light' },
  'retailer-joint-venture.yaml': { type: 'light', affiliation: 'joint_venture' },
  'full-mvno-switchable.yaml': { type: 'full' },
  'multi-country-full-mvno.yaml': { type: 'full' },
  'multi-network-consumer-mvno.yaml': { type: 'light' },
  'global-iot-multi-imsi.yaml': { type: 'full' },
  'hybrid-cable-mvno.yaml': { type: 'full', hybrid: true },
  'travel-esim-reseller.yaml': { type: 'light' },
};

describe('shipped archetypes', () => {
  it('ships at least eight archetypes, each with an expected type', () => {
    const files = exampleFiles();
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files)
      expect(Object.keys(EXPECTED), `${file} has no expected type`).toContain(file);
  });

  it.each(Object.entries(EXPECTED))('classifies %s as the literature does', (file, expected) => {
    const result = classifyText(readExample(file));
    expect(result.type).toBe(expected.type);
    expect(result.hybrid).toBe(expected.hybrid ?? false);
    expect(result.hostAffiliation?.kind).toBe(expected.affiliation);
    expect(result.reasons.length).toBeGreaterThan(0);
  });
});
