/**
 * A rule: one check of the model, with everything a reader needs to act on what it finds. Rules
 * are small modules, one per file under builtin/, registered in builtin/index.ts; their
 * metadata generates docs/rules/<id>.md.
 */
import type { StructuralAnalysis } from '../analysis/analyse.js';
import { LAYERS, type Layer } from '../model/layers.js';
import type { ModelPath } from '../model/load/diagnostic.js';
import type { PartyRoles } from '../model/party-roles.js';
import type { ResolvedModel } from '../model/resolved-model.js';

/** From most to least severe. SARIF levels: critical and high → error, medium → warning, low → note. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Where a rule belongs: one of the five layers, or one of the concerns that cut across them
 * (security, contracts, regulation, decisions, and the governance of accepted risks).
 */
export const RULE_CATEGORIES = [
  ...LAYERS,
  'security',
  'contracts',
  'regulation',
  'decisions',
  'governance',
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/**
 * The areas a built-in rule's id starts with (`net-single-host-exclusive`): network, edge,
 * AI, cost, capital, contracts, security, regulation, decisions, governance.
 */
export const RULE_ID_PREFIXES = [
  'net',
  'edge',
  'ai',
  'cost',
  'cap',
  'con',
  'sec',
  'reg',
  'dec',
  'gov',
] as const;
export type RuleIdPrefix = (typeof RULE_ID_PREFIXES)[number];

/**
 * The model's lists of elements with ids: what a rule's evidence indexes into, and (with the
 * operator) what a user rule can look at one element at a time.
 */
export const ELEMENT_SECTIONS = [
  'providers',
  'contracts',
  'integrations',
  'data',
  'sims',
  'intelligence',
  'costs',
  'decisions',
  'groups',
] as const;
export type ElementSection = (typeof ELEMENT_SECTIONS)[number];

export interface RuleMeta {
  /** Stable, kebab-case, prefixed by area (RULE_ID_PREFIXES): `net-`, `edge-`, `ai-`, `cost-`… */
  readonly id: string;
  readonly title: string;
  readonly category: RuleCategory;
  /** The layers whose scores the finding speaks to. */
  readonly layers: readonly Layer[];
  readonly severity: Severity;
  /** Why it matters, in a sentence or two. */
  readonly rationale: string;
  /** Sources: the domain research section, the law or standard and its clause. */
  readonly references: readonly string[];
  /** What exactly the rule looks for in the model, including any threshold. */
  readonly detects: string;
  readonly recommendation: string;
}

/** What a rule reports; the runner adds the rule, the stable id and file positions. */
export interface RuleFinding {
  /**
   * The ids of the model elements involved (providers, contracts, integrations, data classes,
   * SIM groups, decisions…). They make the finding's id, so it survives unrelated edits.
   */
  readonly elements: readonly string[];
  readonly message: string;
  /** The model lines behind the finding, first the one to look at. */
  readonly evidence: readonly ModelPath[];
  /** A finding may be more or less severe than the rule's default. */
  readonly severity?: Severity;
}

export interface RuleContext {
  readonly model: ResolvedModel;
  readonly analysis: StructuralAnalysis;
  readonly roles: PartyRoles;
  /** Index of each element in its section, for evidence paths. */
  readonly indexOf: (section: ElementSection, id: string) => number;
  /**
   * Records that the rule could not be evaluated on an element (a user rule's expression that
   * reads a field the element lacks, say). The run reports it; the rule goes on.
   */
  readonly noteProblem: (message: string) => void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): readonly RuleFinding[];
}
