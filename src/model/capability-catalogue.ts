/**
 * The built-in catalogue of capabilities an MVNO's service needs, with stable ids.
 *
 * Source: shared/research/mvno-domain.md §3.1 (functions, standards, typical owners) and §1.2
 * (who owns what per operator type). `critical` means: if every supplier of the capability
 * fails, subscribers lose data, voice or SMS service. Functions whose loss stops new sales or
 * back-office work but not the running service (billing runs, SIM logistics, CRM) are not
 * critical. `hosting` is not critical in itself: a hosting failure reaches the service through
 * the `hosted_on` links of what it hosts, and counting it twice would overstate it.
 */
import type { Layer } from './layers.js';

/** Who typically holds a capability for each operator type (§1.2: host, MVNO or varies). */
export type TypicalOwner = 'host' | 'operator' | 'varies' | 'none';

export interface CatalogueCapability {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly layers: readonly Layer[];
  readonly critical: boolean;
  readonly standards: readonly string[];
  /** Typical owner for branded reseller, light, enhanced and full MVNOs (mvno-domain.md §3.1). */
  readonly typicalOwner: {
    readonly branded_reseller: TypicalOwner;
    readonly light: TypicalOwner;
    readonly enhanced: TypicalOwner;
    readonly full: TypicalOwner;
  };
}

function owners(
  branded_reseller: TypicalOwner,
  light: TypicalOwner,
  enhanced: TypicalOwner,
  full: TypicalOwner,
): CatalogueCapability['typicalOwner'] {
  return { branded_reseller, light, enhanced, full };
}

export const CAPABILITY_CATALOGUE: readonly CatalogueCapability[] = [
  {
    id: 'radio_access',
    name: 'Radio access',
    description:
      'Radio access network and spectrum: the host network (or owned small cells, Wi-Fi, CBRS for a hybrid).',
    layers: ['network_routes'],
    critical: true,
    standards: [],
    typicalOwner: owners('host', 'host', 'host', 'host'),
  },
  {
    id: 'mobility_core',
    name: 'Mobility core',
    description: 'MSC/VLR, SGSN, MME/AMF and SGW in the host network.',
    layers: ['network_routes'],
    critical: true,
    standards: ['S1-MME', 'S11'],
    typicalOwner: owners('host', 'host', 'host', 'host'),
  },
  {
    id: 'subscriber_data',
    name: 'Subscriber data and authentication',
    description: "HLR/HSS/UDM with the AuC: holds every subscriber's Ki/OPc and authorises attach.",
    layers: ['edge_control', 'network_routes'],
    critical: true,
    standards: ['MAP', 'S6a (Diameter)', 'UDM/AUSF (SBI)'],
    typicalOwner: owners('host', 'host', 'host', 'operator'),
  },
  {
    id: 'packet_gateway',
    name: 'Packet gateway',
    description: 'GGSN/PGW/SMF+UPF: where data sessions are anchored and routed.',
    layers: ['network_routes'],
    critical: true,
    standards: ['S8 home-routed', 'N9/N16 (5G roaming)'],
    typicalOwner: owners('host', 'host', 'varies', 'operator'),
  },
  {
    id: 'policy',
    name: 'Policy control',
    description: 'PCRF/PCF: quality-of-service and usage policy per session.',
    layers: ['network_routes'],
    critical: true,
    standards: ['Gx', 'S9', 'Npcf'],
    typicalOwner: owners('host', 'host', 'varies', 'operator'),
  },
  {
    id: 'charging',
    name: 'Online charging and rating',
    description: 'OCS / 5G CHF: authorises usage against balances in real time and rates it.',
    layers: ['cost_structure'],
    critical: true,
    standards: ['Gy/Ro (TS 32.299)', 'Nchf (TS 32.291)'],
    typicalOwner: owners('host', 'varies', 'operator', 'operator'),
  },
  {
    id: 'mediation',
    name: 'Mediation',
    description: 'Collects and normalises usage records (CDRs) for billing and settlement.',
    layers: ['cost_structure'],
    critical: false,
    standards: ['CHF-CDR (TS 32.298)', 'Bx'],
    typicalOwner: owners('host', 'varies', 'operator', 'operator'),
  },
  {
    id: 'messaging',
    name: 'Messaging',
    description: 'SMSC, MMSC and A2P SMS.',
    layers: ['network_routes'],
    critical: true,
    standards: [],
    typicalOwner: owners('host', 'host', 'varies', 'operator'),
  },
  {
    id: 'voice_ims',
    name: 'Voice and IMS',
    description: 'GMSC, VoLTE/IMS voice and its application servers.',
    layers: ['network_routes'],
    critical: true,
    standards: ['IMS', 'VoLTE'],
    typicalOwner: owners('host', 'host', 'varies', 'operator'),
  },
  {
    id: 'signalling_edge',
    name: 'Signalling edge',
    description: 'STP, DRA/DEA and SEPP: the signalling border with hosts and roaming partners.',
    layers: ['network_routes', 'edge_control'],
    critical: true,
    standards: ['SS7', 'Diameter DEA (GSMA IR.88)', 'SEPP'],
    typicalOwner: owners('host', 'host', 'host', 'operator'),
  },
  {
    id: 'numbering',
    name: 'Numbering resources',
    description: 'IMSI range (MCC+MNC), MSISDN ranges and global titles.',
    layers: ['edge_control'],
    critical: true,
    standards: ['ITU-T E.212', 'ITU-T E.164'],
    typicalOwner: owners('host', 'host', 'varies', 'operator'),
  },
  {
    id: 'sim_supply',
    name: 'SIM supply',
    description:
      'SIM cards, Ki/OPc generation and OTA keys; loss stops new activations, not running service.',
    layers: ['edge_control'],
    critical: false,
    standards: ['transport-key encrypted key files'],
    typicalOwner: owners('host', 'varies', 'operator', 'operator'),
  },
  {
    id: 'esim_rsp',
    name: 'eSIM remote provisioning',
    description:
      'SM-DP+, SM-DS, eIM (SGP.22/.32) or SM-SR (SGP.02): who can put a profile on a device.',
    layers: ['edge_control'],
    critical: false,
    standards: ['GSMA SGP.02', 'GSMA SGP.22', 'GSMA SGP.32'],
    typicalOwner: owners('none', 'varies', 'operator', 'operator'),
  },
  {
    id: 'product_order',
    name: 'Product catalogue and ordering',
    description: 'Catalogue, order handling and inventory.',
    layers: ['capital_coordination'],
    critical: false,
    standards: ['TMF620', 'TMF622', 'TMF637', 'TMF641'],
    typicalOwner: owners('host', 'operator', 'operator', 'operator'),
  },
  {
    id: 'billing',
    name: 'Billing',
    description: 'Invoicing, balances and the bill run (offline).',
    layers: ['cost_structure'],
    critical: false,
    standards: ['TMF635', 'TMF678'],
    typicalOwner: owners('host', 'operator', 'operator', 'operator'),
  },
  {
    id: 'crm_care',
    name: 'CRM and customer care',
    description:
      'Customer records, tickets and the contact centre: where customer knowledge accumulates.',
    layers: ['intelligence'],
    critical: false,
    standards: ['TMF629', 'TMF621'],
    typicalOwner: owners('varies', 'operator', 'operator', 'operator'),
  },
  {
    id: 'porting',
    name: 'Number porting',
    description: 'Mobile number portability and switching requests.',
    layers: ['edge_control'],
    critical: false,
    standards: ['EECC Art. 106', 'national CRDB'],
    typicalOwner: owners('host', 'varies', 'operator', 'operator'),
  },
  {
    id: 'roaming',
    name: 'Roaming',
    description: 'Roaming agreements, IPX and hubs for service abroad.',
    layers: ['network_routes'],
    critical: false,
    standards: ['GSMA IR.34 (IPX)'],
    typicalOwner: owners('host', 'host', 'host', 'operator'),
  },
  {
    id: 'interconnect',
    name: 'Interconnect',
    description: 'Voice and SMS termination to and from other networks.',
    layers: ['network_routes'],
    critical: true,
    standards: [],
    typicalOwner: owners('host', 'host', 'host', 'operator'),
  },
  {
    id: 'lawful_intercept',
    name: 'Lawful intercept',
    description: 'Interception handover and data retention required by law.',
    layers: ['capital_coordination'],
    critical: false,
    standards: ['ETSI TS 102 656'],
    typicalOwner: owners('host', 'host', 'varies', 'operator'),
  },
  {
    id: 'payments',
    name: 'Payments',
    description: 'Card payments, top-ups and payment methods.',
    layers: ['cost_structure'],
    critical: false,
    standards: ['TMF670', 'TMF676'],
    typicalOwner: owners('operator', 'operator', 'operator', 'operator'),
  },
  {
    id: 'hosting',
    name: 'Hosting',
    description:
      'Data centres, private cloud or a hyperscaler; failures propagate through hosted_on.',
    layers: ['cost_structure', 'intelligence'],
    critical: false,
    standards: [],
    typicalOwner: owners('none', 'operator', 'operator', 'operator'),
  },
  {
    id: 'analytics_ai',
    name: 'Analytics and AI',
    description: "NWDAF, fraud, churn and care automation: where the operator's intelligence runs.",
    layers: ['intelligence'],
    critical: false,
    standards: ['3GPP TS 23.288 (NWDAF)'],
    typicalOwner: owners('none', 'varies', 'operator', 'operator'),
  },
  {
    id: 'security_ops',
    name: 'Security operations',
    description: 'SOC, signalling firewall and fraud management.',
    layers: ['edge_control', 'network_routes'],
    critical: false,
    standards: ['GSMA FS.31'],
    typicalOwner: owners('host', 'varies', 'operator', 'operator'),
  },
  {
    id: 'brand_distribution',
    name: 'Brand and distribution',
    description: 'Brand, marketing, sales channels and retail distribution.',
    layers: ['capital_coordination'],
    critical: false,
    standards: [],
    typicalOwner: owners('operator', 'operator', 'operator', 'operator'),
  },
];

const BY_ID: ReadonlyMap<string, CatalogueCapability> = new Map(
  CAPABILITY_CATALOGUE.map((capability) => [capability.id, capability]),
);

export function catalogueCapability(id: string): CatalogueCapability | undefined {
  return BY_ID.get(id);
}

export const CATALOGUE_IDS: readonly string[] = CAPABILITY_CATALOGUE.map((c) => c.id);
