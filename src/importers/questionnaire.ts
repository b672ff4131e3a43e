/**
 * A starting model from a few answers (the web app's "New model" questionnaire): how many host
 * networks, whether an enabler (MVNE) sits between the operator and them, who issues the IMSIs
 * and who holds Ki/OPc (whoever holds the keys runs the HSS/AuC), who runs billing, which cloud
 * the systems run on, and which AI use cases the operator has. The answers decide the
 * structure — who supplies what, who holds which data, what the SIMs carry — and nothing else:
 * every figure and date is a placeholder marked `# TODO placeholder`, so `validate` lists each
 * one to replace. Pure: answers in, commented model YAML out.
 */

export type Party = 'host' | 'enabler' | 'operator';
export type Billing = 'enabler' | 'saas' | 'in_house';
export type Cloud = 'none' | 'one' | 'two';
export type AiUseCase = 'care' | 'churn' | 'fraud';

export interface StarterAnswers {
  /** The operator's name; empty for "My MVNO". */
  readonly name: string;
  readonly hosts: 1 | 2 | 3;
  readonly enabler: boolean;
  readonly imsiIssuer: Party;
  readonly keyHolder: Party;
  readonly billing: Billing;
  readonly cloud: Cloud;
  readonly ai: readonly AiUseCase[];
}

export const DEFAULT_ANSWERS: StarterAnswers = {
  name: '',
  hosts: 1,
  enabler: true,
  imsiIssuer: 'host',
  keyHolder: 'host',
  billing: 'enabler',
  cloud: 'one',
  ai: [],
};

interface Choice<T> {
  readonly value: T;
  readonly label: string;
}

/** The questions' choices, in the order the questionnaire asks them (labels for the form). */
export const STARTER_CHOICES = {
  hosts: [
    { value: 1, label: 'one host network' },
    { value: 2, label: 'two (one active, one standby)' },
    { value: 3, label: 'three (one active, two standby)' },
  ] as readonly Choice<1 | 2 | 3>[],
  enabler: [
    { value: true, label: 'yes, an MVNE runs our platform' },
    { value: false, label: 'no, we contract the host directly' },
  ] as readonly Choice<boolean>[],
  imsiIssuer: [
    { value: 'host', label: 'the host network' },
    { value: 'enabler', label: 'the enabler' },
    { value: 'operator', label: 'we do (our own MNC)' },
  ] as readonly Choice<Party>[],
  keyHolder: [
    { value: 'host', label: "the host network's HSS" },
    { value: 'enabler', label: "the enabler's HSS" },
    { value: 'operator', label: 'we do (our own HSS/AuC)' },
  ] as readonly Choice<Party>[],
  billing: [
    { value: 'enabler', label: 'the enabler' },
    { value: 'saas', label: 'a SaaS billing vendor' },
    { value: 'in_house', label: 'we run it ourselves' },
  ] as readonly Choice<Billing>[],
  cloud: [
    { value: 'none', label: 'no cloud (our own or suppliers’ data centres)' },
    { value: 'one', label: 'one cloud provider' },
    { value: 'two', label: 'two cloud providers' },
  ] as readonly Choice<Cloud>[],
  ai: [
    { value: 'care', label: 'a customer-care assistant' },
    { value: 'churn', label: 'churn prediction' },
    { value: 'fraud', label: 'fraud and SIM-swap scoring' },
  ] as readonly Choice<AiUseCase>[],
} as const;

/**
 * Why a set of answers cannot be a model, or undefined when it can: the enabler can issue
 * IMSIs, hold keys or run billing only if there is one.
 */
export function answersProblem(answers: StarterAnswers): string | undefined {
  if (answers.enabler) return undefined;
  if (answers.imsiIssuer === 'enabler') return 'without an enabler, the enabler issues no IMSIs';
  if (answers.keyHolder === 'enabler') return 'without an enabler, the enabler holds no keys';
  if (answers.billing === 'enabler') return 'without an enabler, the enabler runs no billing';
  return undefined;
}

/** Whether a choice fits the other answers (the form disables those that do not). */
export function choiceAllowed<K extends 'imsiIssuer' | 'keyHolder' | 'billing'>(
  answers: StarterAnswers,
  question: K,
  value: StarterAnswers[K],
): boolean {
  return answersProblem({ ...answers, [question]: value }) === undefined;
}

/** The operator id a name gives: lower-case words joined by "-", "my-mvno" when none. */
export function operatorId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const id = slug === '' ? 'my-mvno' : slug;
  // Provider ids below are fixed; an operator called "Host 1" must not take one of them.
  return RESERVED_IDS.test(id) ? `${id}-operator` : id;
}

const RESERVED_IDS =
  /^(host-\d|enabler|cloud-\d|bss-saas|crm-saas|sim-vendor|.*-(team|core|it)|subscriber-identity|auth-keys|customer-profile|usage-records|care-assistant|churn-model|fraud-scoring)$/;

const PLACEHOLDER = '# TODO placeholder';

/** One figure or date the questionnaire cannot know: the value with its placeholder mark. */
function ph(value: string | number): string {
  return `${value}  ${PLACEHOLDER}`;
}

/** The parties the answers name, by role. */
interface Cast {
  readonly operator: string;
  readonly hosts: readonly string[];
  readonly enabler?: string;
  readonly billing: string;
  readonly crm: string;
  readonly team: string;
  readonly core?: string;
  readonly simVendor?: string;
  readonly clouds: readonly string[];
}

function castOf(answers: StarterAnswers): Cast {
  const operator = operatorId(answers.name);
  const hosts = Array.from({ length: answers.hosts }, (_, i) => `host-${i + 1}`);
  const enabler = answers.enabler ? 'enabler' : undefined;
  const billing =
    answers.billing === 'enabler'
      ? 'enabler'
      : answers.billing === 'saas'
        ? 'bss-saas'
        : `${operator}-it`;
  return {
    operator,
    hosts,
    ...(enabler === undefined ? {} : { enabler }),
    billing,
    crm: 'crm-saas',
    team: `${operator}-team`,
    ...(answers.keyHolder === 'operator' ? { core: `${operator}-core` } : {}),
    ...(enabler === undefined ? { simVendor: 'sim-vendor' } : {}),
    clouds:
      answers.cloud === 'none'
        ? []
        : answers.cloud === 'one'
          ? ['cloud-1']
          : ['cloud-1', 'cloud-2'],
  };
}

/** The party id an answer names. */
function partyId(party: Party, cast: Cast): string {
  if (party === 'host') return cast.hosts[0] ?? 'host-1';
  if (party === 'enabler') return cast.enabler ?? 'enabler';
  return cast.operator;
}

/** Capabilities of the home core: where the subscriber data (and so the keys) sit. */
const HOME_CORE = ['subscriber_data', 'packet_gateway', 'policy', 'signalling_edge'];
/** What the host network supplies whatever else the answers say. */
const HOST_ALWAYS = ['radio_access', 'mobility_core'];
/** What the host supplies unless the operator's own core does (voice, SMS, interconnect …). */
const HOST_SERVICES = [
  'messaging',
  'voice_ims',
  'numbering',
  'interconnect',
  'roaming',
  'lawful_intercept',
];
/** What an enabler supplies; without one, the billing platform and a SIM vendor do. */
const ENABLER_PLATFORM = ['charging', 'mediation', 'product_order', 'porting'];
const SIM_SERVICES = ['sim_supply', 'esim_rsp'];

/**
 * The model for a set of answers, as commented YAML that validates (its warnings are the
 * placeholders). `asOf` is the model's as-of date, `YYYY-MM-DD`; contracts start a year before.
 * Refuses answers that {@link answersProblem} refuses.
 */
export function questionnaireModel(
  answers: StarterAnswers,
  asOf = '2026-11-01',
  schemaPath = './mvnoscope.schema.json',
): string {
  const problem = answersProblem(answers);
  if (problem !== undefined) throw new RangeError(problem);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    throw new RangeError(`as-of date ${asOf} is not YYYY-MM-DD`);
  const cast = castOf(answers);
  const start = `${Number(asOf.slice(0, 4)) - 1}-01-01`;
  const name = answers.name.trim() === '' ? 'My MVNO' : answers.name.trim();
  return [
    `# yaml-language-server: $schema=${schemaPath}`,
    `# A starting model from the questionnaire: ${summary(answers)}.`,
    '# The structure follows the answers; every figure and date is a placeholder, marked',
    '# "TODO placeholder": replace each with yours (mvnoscope validate lists them), and name',
    '# the suppliers.',
    'mvnoscope: 1',
    '',
    ...operatorSection(cast, name, asOf),
    ...providersSection(answers, cast),
    ...contractsSection(cast, start),
    ...integrationsSection(cast),
    ...dataSection(answers, cast),
    ...simsSection(answers, cast),
    ...intelligenceSection(answers, cast),
    ...costsSection(cast),
    '# Cash in hand and the monthly burn, for the runway under stress.',
    'capital:',
    `  cash: ${ph(3000000)}`,
    `  monthly_burn: ${ph(150000)}`,
    '',
  ].join('\n');
}

/** The answers in one line, for the model's opening comment. */
function summary(answers: StarterAnswers): string {
  const hosts = ['one host network', 'two host networks', 'three host networks'];
  const imsis = {
    host: 'IMSIs from the host',
    enabler: 'IMSIs from the enabler',
    operator: 'own IMSIs',
  };
  const keys = {
    host: "keys in the host's HSS",
    enabler: "keys in the enabler's HSS",
    operator: 'own HSS/AuC and keys',
  };
  const billing = {
    enabler: 'billing by the enabler',
    saas: 'SaaS billing',
    in_house: 'own billing',
  };
  const cloud = { none: 'no cloud', one: 'one cloud', two: 'two clouds' };
  return [
    hosts[answers.hosts - 1],
    answers.enabler ? 'an enabler' : 'no enabler',
    imsis[answers.imsiIssuer],
    keys[answers.keyHolder],
    billing[answers.billing],
    cloud[answers.cloud],
    answers.ai.length === 0 ? 'no AI use case' : `AI: ${answers.ai.join(', ')}`,
  ].join(', ');
}

function operatorSection(cast: Cast, name: string, asOf: string): string[] {
  return [
    '# The operator whose architecture this is.',
    'operator:',
    `  id: ${cast.operator}`,
    `  name: ${JSON.stringify(name)}`,
    `  country: ${ph('GB')}`,
    '  segments: [consumer]',
    `  subscribers: ${ph(50000)}`,
    `  monthly_growth: ${ph('2%')}`,
    `  monthly_churn: ${ph('1.8%')}`,
    `  arpu: ${ph(10)}`,
    `  currency: ${ph('GBP')}`,
    '  horizon_months: 60',
    `  discount_rate: ${ph('10%')}`,
    `  as_of: ${asOf}`,
    '',
  ];
}

interface ProviderLines {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly note: string;
  readonly hostedOn?: readonly string[];
  readonly supplies: readonly string[];
}

function providersSection(answers: StarterAnswers, cast: Cast): string[] {
  const providers: ProviderLines[] = [];
  const hostCore = answers.keyHolder === 'host';
  const enablerCore = answers.keyHolder === 'enabler';
  const hostServices = [...HOST_ALWAYS, ...(hostCore ? HOME_CORE : []), ...HOST_SERVICES];
  cast.hosts.forEach((id, i) => {
    providers.push({
      id,
      name: `Host network ${i + 1}`,
      kind: 'mno',
      note:
        i === 0 ? 'the active host network' : 'a standby host: contracted, carrying no traffic yet',
      supplies:
        i === 0 ? hostServices : hostServices.map((c) => `{ capability: ${c}, standby: true }`),
    });
  });
  // Systems the operator runs or rents sit on the first cloud; the enabler on the last.
  const ownCloud = cast.clouds.length === 0 ? undefined : [cast.clouds[0] ?? 'cloud-1'];
  const enablerCloud =
    cast.clouds.length === 0 ? undefined : [cast.clouds[cast.clouds.length - 1] ?? 'cloud-1'];
  if (cast.enabler !== undefined)
    providers.push({
      id: cast.enabler,
      name: 'Enabler (MVNE)',
      kind: 'mvne',
      note: 'the enabler between the operator and its hosts',
      ...(enablerCloud === undefined ? {} : { hostedOn: enablerCloud }),
      supplies: [
        ...(enablerCore ? HOME_CORE : []),
        ...ENABLER_PLATFORM,
        ...(answers.billing === 'enabler' ? ['billing'] : []),
        ...SIM_SERVICES,
      ],
    });
  if (cast.core !== undefined)
    providers.push({
      id: cast.core,
      name: 'Own core network',
      kind: 'in_house',
      note: 'the HSS/AuC and packet core the operator runs, so it holds the keys',
      ...(ownCloud === undefined ? {} : { hostedOn: ownCloud }),
      supplies: HOME_CORE,
    });
  if (answers.billing !== 'enabler')
    providers.push({
      id: cast.billing,
      name: answers.billing === 'saas' ? 'Billing SaaS vendor' : 'Own billing platform',
      kind: answers.billing === 'saas' ? 'saas' : 'in_house',
      note: 'charging and billing',
      ...(ownCloud === undefined ? {} : { hostedOn: ownCloud }),
      supplies: ['billing', ...(cast.enabler === undefined ? ENABLER_PLATFORM : [])],
    });
  if (cast.simVendor !== undefined)
    providers.push({
      id: cast.simVendor,
      name: 'SIM vendor',
      kind: 'sim_vendor',
      note: 'SIM cards and eSIM profiles',
      supplies: SIM_SERVICES,
    });
  providers.push({
    id: cast.crm,
    name: 'CRM SaaS vendor',
    kind: 'saas',
    note: 'customer care',
    ...(ownCloud === undefined ? {} : { hostedOn: ownCloud }),
    supplies: ['crm_care'],
  });
  for (const [i, id] of cast.clouds.entries())
    providers.push({
      id,
      name: `Cloud provider ${i + 1}`,
      kind: 'cloud',
      note: 'hosting',
      supplies: [cast.clouds.length > 1 ? '{ capability: hosting, share: 50% }' : 'hosting'],
    });
  providers.push({
    id: cast.team,
    name: 'Own team',
    kind: 'in_house',
    note: 'what the operator does itself',
    ...(ownCloud === undefined ? {} : { hostedOn: ownCloud }),
    supplies: [
      'brand_distribution',
      'payments',
      ...(answers.ai.includes('churn') || (answers.ai.includes('fraud') && !answers.enabler)
        ? ['analytics_ai']
        : []),
    ],
  });
  return [
    '# Who supplies what (capability ids from mvnoscope catalogue). Rename each supplier.',
    'providers:',
    ...providers.flatMap((p) => [
      `  - id: ${p.id}  # ${p.note}`,
      `    name: ${p.name}`,
      `    kind: ${p.kind}`,
      `    jurisdiction: ${ph('GB')}`,
      ...(p.hostedOn === undefined ? [] : [`    hosted_on: [${p.hostedOn.join(', ')}]`]),
      `    availability: ${ph(p.kind === 'cloud' ? '99.99%' : '99.9%')}`,
      '    supplies:',
      ...p.supplies.map((s) => `      - ${s}`),
    ]),
    '',
  ];
}

function contractsSection(cast: Cast, start: string): string[] {
  const contracts: { id: string; provider: string; exitFee: number; commitment?: number }[] = [
    ...cast.hosts.map((host, i) => ({
      id: `${host}-wholesale`,
      provider: host,
      exitFee: i === 0 ? 250000 : 50000,
      ...(i === 0 ? { commitment: 60000 } : {}),
    })),
    ...(cast.enabler === undefined
      ? []
      : [{ id: 'enabler-platform', provider: cast.enabler, exitFee: 150000 }]),
    ...(cast.billing === 'bss-saas'
      ? [{ id: 'billing-saas', provider: cast.billing, exitFee: 40000 }]
      : []),
    ...(cast.simVendor === undefined
      ? []
      : [{ id: 'sim-supply', provider: cast.simVendor, exitFee: 0 }]),
    { id: 'crm-subscription', provider: cast.crm, exitFee: 20000 },
    ...cast.clouds.map((cloud) => ({ id: `${cloud}-hosting`, provider: cloud, exitFee: 0 })),
  ];
  return [
    "# Contracts: term and notice in months, money in the operator's currency.",
    'contracts:',
    ...contracts.flatMap((c) => [
      `  - id: ${c.id}`,
      `    provider: ${c.provider}`,
      `    start: ${ph(start)}`,
      `    term_months: ${ph(36)}`,
      `    notice_months: ${ph(6)}`,
      `    auto_renewal: ${ph('true')}`,
      `    exit_fee: ${ph(c.exitFee)}`,
      ...(c.commitment === undefined
        ? []
        : [`    minimum_commitment_per_month: ${ph(c.commitment)}`]),
    ]),
    '',
  ];
}

function integrationsSection(cast: Cast): string[] {
  const host = cast.hosts[0] ?? 'host-1';
  const platform = cast.enabler ?? cast.billing;
  const links = [
    {
      id: 'host-provisioning',
      from: platform,
      to: host,
      capability: 'subscriber_data',
      data: 'subscriber-identity',
    },
    ...(cast.billing === platform
      ? []
      : [
          {
            id: 'billing-feed',
            from: platform,
            to: cast.billing,
            capability: 'billing',
            data: 'usage-records',
          },
        ]),
    {
      id: 'crm-sync',
      from: cast.crm,
      to: cast.billing,
      capability: 'crm_care',
      data: 'customer-profile',
    },
  ];
  return [
    '# Links that carry data between the operator and providers (or between providers).',
    'integrations:',
    ...links.flatMap((l) => [
      `  - id: ${l.id}`,
      `    from: ${l.from}`,
      `    to: ${l.to}`,
      `    capability: ${l.capability}`,
      '    protocol: rest',
      '    authentication: mtls',
      '    encryption: tls',
      '    internet_facing: false',
      `    data: [${l.data}]`,
      `    custom_work_person_days: ${ph(40)}`,
    ]),
    '',
  ];
}

function dataSection(answers: StarterAnswers, cast: Cast): string[] {
  const keyHolder = partyId(answers.keyHolder, cast);
  const identity = unique([
    ...cast.hosts,
    ...(cast.enabler === undefined ? [] : [cast.enabler]),
    cast.billing,
    cast.crm,
  ]);
  const usage = unique([
    cast.hosts[0] ?? 'host-1',
    cast.billing,
    ...(cast.enabler === undefined ? [] : [cast.enabler]),
  ]);
  return [
    '# Data classes, who holds them and where they must stay.',
    'data:',
    '  - id: subscriber-identity',
    '    name: Subscriber identity (IMSI, MSISDN, name)',
    '    category: subscriber_identity',
    '    sensitivity: confidential',
    `    held_by: [${identity.join(', ')}]`,
    `    residency: [GB]  ${PLACEHOLDER}`,
    '  - id: auth-keys',
    '    name: Ki/OPc authentication keys',
    '    category: authentication_keys',
    '    sensitivity: restricted',
    `    held_by: [${keyHolder === cast.operator ? (cast.core ?? cast.operator) : keyHolder}]`,
    `    residency: [GB]  ${PLACEHOLDER}`,
    '  - id: usage-records',
    '    name: Usage and charging records',
    '    category: usage_records',
    '    sensitivity: confidential',
    `    held_by: [${usage.join(', ')}]`,
    '  - id: customer-profile',
    '    name: Customer profiles and care history',
    '    category: customer_profile',
    '    sensitivity: confidential',
    `    held_by: [${cast.crm}]`,
    '',
  ];
}

function simsSection(answers: StarterAnswers, cast: Cast): string[] {
  const hostIssued = answers.imsiIssuer === 'host';
  // Host IMSIs on several hosts need a SIM that carries each host's range.
  const multi = hostIssued && cast.hosts.length > 1;
  // The hosts whose IMSIs the SIMs carry (every host's for multi-IMSI), and whose HSS holds the keys.
  const hostParties = multi ? cast.hosts : [cast.hosts[0] ?? 'host-1'];
  const issuers = hostIssued ? hostParties : [partyId(answers.imsiIssuer, cast)];
  const keyHolders =
    answers.keyHolder === 'host' ? hostParties : [partyId(answers.keyHolder, cast)];
  return [
    '# SIMs in service: who issues the IMSIs and who holds the keys decides who can leave whom.',
    'sims:',
    '  - id: sims',
    `    kind: ${multi ? 'multi_imsi' : 'physical'}`,
    `    count: ${ph(50000)}`,
    `    imsi_issuers: [${issuers.join(', ')}]`,
    `    key_holders: [${keyHolders.join(', ')}]`,
    ...(cast.simVendor === undefined ? [] : [`    sim_vendor: ${cast.simVendor}`]),
    `    swap_unit_cost: ${ph(4)}`,
    '',
    'numbering:',
    `  msisdn_holder: ${answers.imsiIssuer === 'operator' ? cast.operator : (cast.hosts[0] ?? 'host-1')}`,
    `  msisdn_sub_allocated: ${answers.imsiIssuer === 'operator' ? 'false' : 'true'}`,
    '',
  ];
}

function intelligenceSection(answers: StarterAnswers, cast: Cast): string[] {
  if (answers.ai.length === 0) return [];
  const fraudOn = cast.enabler ?? cast.team;
  const uses = {
    care: {
      id: 'care-assistant',
      name: 'Customer-care assistant',
      decides: 'Answers first-line chats and routes the rest to an agent.',
      criticality: 'medium',
      on: cast.crm,
      data: ['customer-profile'],
    },
    churn: {
      id: 'churn-model',
      name: 'Churn prediction',
      decides: 'A churn score per subscriber that drives retention offers.',
      criticality: 'medium',
      on: cast.team,
      data: ['usage-records', 'customer-profile'],
    },
    fraud: {
      id: 'fraud-scoring',
      name: 'Fraud and SIM-swap scoring',
      decides: 'Blocks suspicious SIM swaps, port-outs and premium-rate traffic.',
      criticality: 'high',
      on: fraudOn,
      data: ['usage-records', 'subscriber-identity'],
    },
  } as const;
  return [
    '# AI use cases: where each runs and who controls its model and training data.',
    'intelligence:',
    ...STARTER_CHOICES.ai
      .filter((c) => answers.ai.includes(c.value))
      .flatMap(({ value }) => {
        const use = uses[value];
        return [
          `  - id: ${use.id}`,
          `    name: ${use.name}`,
          `    decides: ${use.decides}`,
          `    criticality: ${use.criticality}`,
          `    runs_on: ${use.on}`,
          `    model_controlled_by: ${use.on}`,
          `    training_data_controlled_by: ${use.on}`,
          '    trained_on_operator_data: true',
          `    model_export: ${ph(use.on === cast.team ? 'true' : 'false')}`,
          `    data: [${use.data.join(', ')}]`,
          `    inferences_per_month: ${ph(500000)}`,
          `    cost_per_1k_inferences: ${ph(0.5)}`,
        ];
      }),
    '',
  ];
}

function costsSection(cast: Cast): string[] {
  const host = cast.hosts[0] ?? 'host-1';
  const platform = cast.enabler ?? cast.billing;
  return [
    '# Cost lines: fixed, per subscriber, per unit of usage, or a share of revenue.',
    'costs:',
    '  - id: wholesale-data',
    '    name: Wholesale data',
    `    provider: ${host}`,
    '    driver: wholesale',
    '    basis: usage',
    '    unit: gb',
    `    unit_price: ${ph(0.55)}`,
    `    usage_per_subscriber_month: ${ph(9)}`,
    '  - id: platform-fee',
    '    name: Platform fee',
    `    provider: ${platform}`,
    '    driver: cloud',
    '    basis: per_subscriber',
    `    per_subscriber_month: ${ph(0.9)}`,
    '  - id: crm-fee',
    '    name: CRM subscription',
    `    provider: ${cast.crm}`,
    '    driver: labour',
    '    basis: fixed',
    `    monthly_amount: ${ph(8000)}`,
    '',
  ];
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
