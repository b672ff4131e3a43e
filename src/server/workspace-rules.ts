/**
 * A workspace's user rules on the server: the stored text loaded into the rule set every
 * analysis, report, register and comparison of the workspace runs, or refused with 422
 * `invalid_rules` and positioned diagnostics (on save; a stored text was valid when saved).
 */
import type { Kysely } from 'kysely';
import { ApiError } from '../api/errors.js';
import type { WorkspaceRulesDocument } from '../api/rules.js';
import type { Rule } from '../rules/rule.js';
import { loadRuleFile, type RuleFileLoad } from '../rules/rule-file.js';
import type { Tables } from '../storage/tables.js';
import { findWorkspaceRules, type StoredRules } from '../storage/workspace-rules.js';
import { diagnosticJson } from './diagnostics-json.js';

/** The name diagnostics of a workspace's rules are reported against. */
export const RULES_FILE = 'rules.yaml';

/** The loaded rules; 422 `invalid_rules` with every diagnostic (line and column) otherwise. */
export function loadRulesOrReject(text: string): Extract<RuleFileLoad, { ok: true }> {
  const loaded = loadRuleFile(text, RULES_FILE);
  if (loaded.ok) return loaded;
  const first = loaded.diagnostics.find((d) => d.severity === 'error');
  const where =
    first === undefined ? '' : ` (first at line ${first.position.line}: ${first.message})`;
  throw new ApiError(
    422,
    'invalid_rules',
    `the rules are invalid: ${loaded.diagnostics.length} problem${loaded.diagnostics.length === 1 ? '' : 's'}${where}`,
    { diagnostics: loaded.diagnostics.map(diagnosticJson) },
  );
}

/** The rules a run applies given a workspace's rules text: the built-in ones when there is none. */
export function rulesOf(text: string | undefined): readonly Rule[] | undefined {
  return text === undefined ? undefined : loadRulesOrReject(text).rules;
}

/** The stored rules text of a workspace, if it has one. */
export async function workspaceRulesText(
  db: Kysely<Tables>,
  workspaceId: string,
): Promise<string | undefined> {
  return (await findWorkspaceRules(db, workspaceId))?.text;
}

export function rulesDocument(stored: StoredRules | undefined): WorkspaceRulesDocument {
  const text = stored?.text ?? '';
  return {
    text,
    rules: loadRulesOrReject(text).user.map(({ meta }) => ({
      id: meta.id,
      title: meta.title,
      severity: meta.severity,
      category: meta.category,
      detects: meta.detects,
    })),
    author: stored?.author ?? null,
    updatedAt: stored?.updatedAt ?? null,
  };
}
