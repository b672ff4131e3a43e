/**
 * A workspace's user rules as the API takes and returns them: one YAML text of `rules:` (the
 * rule files of a `--rules` folder, listed; src/rules/rule-file.ts), and the rules it defines,
 * which every analysis, report, register and comparison in the workspace runs beside the
 * built-in catalogue. A text that does not load is refused with 422 `invalid_rules` and its
 * positioned diagnostics, as an invalid model is.
 */
import { z } from '@hono/zod-openapi';
import { SEVERITIES } from '../rules/rule.js';

/** Room for a few hundred rules; the text is loaded again by every analysis. */
export const MAX_RULES_CHARS = 256 * 1024;

export const WorkspaceRulesBodySchema = z
  .object({
    text: z.string().max(MAX_RULES_CHARS).openapi({
      description: 'YAML: `rules:` and a list of user rules; empty for none',
    }),
  })
  .openapi('WorkspaceRulesBody');

export const UserRuleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    severity: z.enum(SEVERITIES),
    category: z.string(),
    detects: z.string(),
  })
  .openapi('UserRuleSummary');

export const WorkspaceRulesSchema = z
  .object({
    text: z.string(),
    /** The rules the text defines, in its order; empty when it defines none. */
    rules: z.array(UserRuleSummarySchema),
    /** Who saved the text and when; null when the workspace has never had rules. */
    author: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi('WorkspaceRules');

export type WorkspaceRulesDocument = z.infer<typeof WorkspaceRulesSchema>;

/** The rule-evaluation problems of an analysis: a user rule that failed on an element. */
export const RuleProblemSchema = z
  .object({ ruleId: z.string(), message: z.string() })
  .openapi('RuleProblem');
