/**
 * Mapping rules as data: per format, which source types become which mvnoscope provider kind
 * and capabilities, and which protocols mean which mvnoscope protocol. The first rule that
 * matches a node wins; a mapping file's rules are tried before the format's own, so a user can
 * say "our ApplicationComponents called *Rating* are the charging system" without code.
 */
import { z } from 'zod';
import { CATALOGUE_IDS } from '../model/capability-catalogue.js';
import { PROTOCOLS } from '../model/schema/integrations.js';
import { PROVIDER_KINDS } from '../model/schema/providers.js';
import type { SourceNode } from './source-graph.js';

export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export type Protocol = (typeof PROTOCOLS)[number];

export interface NodeRule {
  /** The source type it applies to; omitted: any type. */
  readonly type?: string;
  /** A case-insensitive regular expression the name (or description) must match. */
  readonly name?: string;
  /** A property that must be present, with a value matching the regular expression. */
  readonly property?: { readonly key: string; readonly value: string };
  /** The provider kind, or `unmapped` for source types with no mvnoscope counterpart. */
  readonly kind: ProviderKind | 'unmapped';
  readonly capabilities?: readonly string[];
  /** Why, for `unmapped` rules: shown in the unmapped list. */
  readonly reason?: string;
}

export interface MappingRules {
  readonly nodes: readonly NodeRule[];
  /** Source protocol (lower case) → mvnoscope protocol. */
  readonly protocols: Readonly<Record<string, Protocol>>;
}

/** The protocols most sources spell the same way; each format adds its own. */
export const COMMON_PROTOCOLS: Readonly<Record<string, Protocol>> = {
  // mvnoscope's own names stand for themselves.
  ...(Object.fromEntries(PROTOCOLS.map((p) => [p, p])) as Record<Protocol, Protocol>),
  http: 'rest',
  https: 'rest',
  rest: 'rest',
  openapi: 'rest',
  graphql: 'rest',
  grpc: 'rest',
  soap: 'soap',
  sftp: 'sftp',
  ftp: 'sftp',
  ssh: 'sftp',
  jdbc: 'database',
  odbc: 'database',
  sql: 'database',
  'sql-access-protocol': 'database',
  'nosql-access-protocol': 'database',
  'sql-access-protocol-encrypted': 'database',
  'nosql-access-protocol-encrypted': 'database',
  'jdbc-encrypted': 'database',
  'odbc-encrypted': 'database',
  amqp: 'messaging_queue',
  mqtt: 'messaging_queue',
  kafka: 'messaging_queue',
  jms: 'messaging_queue',
  'message-queue': 'messaging_queue',
  'message-queue-encrypted': 'messaging_queue',
  diameter: 'diameter',
  gtp: 'gtp',
  sip: 'sip',
  smpp: 'smpp',
  radius: 'radius',
};

/**
 * Name patterns that say which MVNO capability a system serves, shared by the formats whose
 * element types say nothing about it (an ArchiMate ApplicationComponent, a Structurizr
 * container). Tried after a format's type rules have said the element is a system.
 */
export const CAPABILITY_BY_NAME: readonly {
  readonly name: string;
  readonly capabilities: readonly string[];
}[] = [
  { name: 'billing|invoice|\\bbill\\b|account receivable', capabilities: ['billing'] },
  { name: 'charging|rating|\\bocs\\b|\\bchf\\b', capabilities: ['charging'] },
  { name: 'mediation|\\bcdr\\b|usage', capabilities: ['mediation'] },
  {
    name: '\\bcrm\\b|customer (care|relationship|service)|contact cent',
    capabilities: ['crm_care'],
  },
  { name: 'order|catalog', capabilities: ['product_order'] },
  { name: 'payment', capabilities: ['payments'] },
  { name: 'porting|\\bmnp\\b', capabilities: ['porting'] },
  { name: '\\bhss\\b|\\budm\\b|\\bhlr\\b|subscriber data', capabilities: ['subscriber_data'] },
  { name: '\\bsm-?dp|esim|\\brsp\\b', capabilities: ['esim_rsp'] },
  { name: '\\bsms\\b|messag', capabilities: ['messaging'] },
  { name: 'analytic|machine learning|\\bai\\b|\\bml\\b|recommend', capabilities: ['analytics_ai'] },
  { name: 'fraud|security|siem|\\bsoc\\b', capabilities: ['security_ops'] },
];

/** The mapping file a user may pass with --mapping: rules tried before the format's own. */
export const MappingFileSchema = z.strictObject({
  nodes: z
    .array(
      z.strictObject({
        type: z.string().optional(),
        name: z.string().refine(isRegExp, { error: 'expected a regular expression' }).optional(),
        property: z
          .strictObject({
            key: z.string(),
            value: z.string().refine(isRegExp, { error: 'expected a regular expression' }),
          })
          .optional(),
        kind: z.enum([...PROVIDER_KINDS, 'unmapped']),
        capabilities: z.array(z.string()).optional(),
        reason: z.string().optional(),
      }),
    )
    .optional(),
  protocols: z.record(z.string(), z.enum(PROTOCOLS)).optional(),
});

export type MappingFile = z.output<typeof MappingFileSchema>;

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

/** The format's rules with a mapping file's in front of them. */
export function withOverrides(rules: MappingRules, file: MappingFile | undefined): MappingRules {
  if (file === undefined) return rules;
  const protocols = Object.fromEntries(
    Object.entries(file.protocols ?? {}).map(([key, value]) => [key.toLowerCase(), value]),
  );
  return {
    nodes: [...(file.nodes ?? []), ...rules.nodes],
    protocols: { ...rules.protocols, ...protocols },
  };
}

/** The first rule that applies to a node, if any. */
export function ruleFor(rules: MappingRules, node: SourceNode): NodeRule | undefined {
  return rules.nodes.find((rule) => matches(rule, node));
}

function matches(rule: NodeRule, node: SourceNode): boolean {
  if (rule.type !== undefined && rule.type !== node.type) return false;
  if (rule.name !== undefined) {
    const pattern = new RegExp(rule.name, 'i');
    if (!pattern.test(node.name) && !pattern.test(node.description ?? '')) return false;
  }
  if (rule.property !== undefined) {
    const value = node.properties[rule.property.key];
    if (value === undefined || !new RegExp(rule.property.value, 'i').test(value)) return false;
  }
  return true;
}

/** Capabilities a system's name suggests (empty when none does). */
export function capabilitiesByName(node: SourceNode): string[] {
  const text = `${node.name} ${node.description ?? ''}`;
  const found = CAPABILITY_BY_NAME.filter((entry) => new RegExp(entry.name, 'i').test(text));
  return [...new Set(found.flatMap((entry) => entry.capabilities))].filter((id) =>
    CATALOGUE_IDS.includes(id),
  );
}
