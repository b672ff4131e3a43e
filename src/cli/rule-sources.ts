/**
 * Where findings' inputs come from on disk: user rules in a folder, and accepted risks in the
 * model or in a register file of their own.
 */
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { acceptancesInModel } from '../assessment.js';
import type { Diagnostic, ModelPath } from '../model/load/diagnostic.js';
import { DEFAULT_LIMITS } from '../model/load/limits.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import { parseText } from '../model/load/parse-text.js';
import { checkAgainst } from '../model/load/schema-issues.js';
import { SuppressionsFileSchema } from '../model/schema/suppressions.js';
import type { Rule } from '../rules/rule.js';
import { ruleSet } from '../rules/rule-set.js';
import type { AcceptedRisk, EvaluationProblem } from '../rules/run-rules.js';
import { loadUserRule, type UserRule } from '../rules/user-rules.js';
import type { CliContext } from './context.js';
import { UsageError } from './exit-codes.js';
import { reportInvalid } from './load-for-command.js';
import { readModelFile } from './model-file.js';

export type Loaded<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly diagnostics: readonly Diagnostic[];
      readonly sources: ReadonlyMap<string, string>;
    };

const RULE_FILE_BYTES = 1024 * 1024;

export async function loadUserRules(dir: string): Promise<Loaded<UserRule[]>> {
  let names: string[];
  try {
    names = (await readdir(dir))
      .filter((n) => ['.yaml', '.yml'].includes(extname(n).toLowerCase()))
      .sort();
  } catch {
    return failure({
      severity: 'error',
      code: 'file-not-found',
      message: 'no such folder of rules',
      file: dir,
      path: [],
      position: { line: 1, column: 1 },
    });
  }
  const rules: UserRule[] = [];
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const name of names) {
    const path = join(dir, name);
    const read = await readModelFile(path, RULE_FILE_BYTES);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    sources.set(path, read.file.text);
    const loaded = loadUserRule(read.file.text, path);
    if (loaded.ok) rules.push(loaded.rule);
    else diagnostics.push(...loaded.diagnostics);
  }
  return diagnostics.some((d) => d.severity === 'error')
    ? { ok: false, diagnostics, sources }
    : { ok: true, value: rules };
}

/** The rules a command runs: the built-in ones, and the user rules in `folder` when given. */
export interface CommandRules {
  readonly rules: readonly Rule[];
  /** The file each user rule came from, by rule id, for its warnings. */
  readonly files: ReadonlyMap<string, string>;
}

/**
 * The built-in rules and any user rules in a folder, merged by `ruleSet`: the same for every
 * command that takes `--rules`. A clashing id is a usage error.
 */
export async function loadRuleSet(folder: string | undefined): Promise<Loaded<CommandRules>> {
  const user =
    folder === undefined ? { ok: true as const, value: [] } : await loadUserRules(folder);
  if (!user.ok) return user;
  const set = ruleSet(user.value);
  if (!set.ok) throw new UsageError(set.problem, set.suggestion);
  return {
    ok: true,
    value: { rules: set.rules, files: new Map(user.value.map((r) => [r.meta.id, r.file])) },
  };
}

/**
 * The rules of a command with `--rules`: undefined (after reporting the folder's problems with
 * positions, as an invalid model is reported) when a rule file does not load.
 */
export async function rulesForCommand(
  context: CliContext,
  folder: string | undefined,
): Promise<CommandRules | undefined> {
  const loaded = await loadRuleSet(folder);
  if (loaded.ok) return loaded.value;
  reportInvalid(context, loaded.diagnostics, loaded.sources, folder ?? '');
  return undefined;
}

/** A user rule that could not be evaluated on some element: a warning, the run goes on. */
export function warnEvaluationProblems(
  context: CliContext,
  problems: readonly EvaluationProblem[],
  rules: CommandRules,
): void {
  for (const problem of problems)
    context.stderr.write(
      `warning: user rule ${rules.files.get(problem.ruleId) ?? problem.ruleId}: ${problem.message}\n`,
    );
}

/** Acceptances written in the model, then those in a register file, if one is given. */
export async function loadAcceptances(
  loaded: LoadSuccess,
  registerFile: string | undefined,
): Promise<Loaded<AcceptedRisk[]>> {
  const inModel = acceptancesInModel(loaded);
  if (registerFile === undefined) return { ok: true, value: inModel };
  const read = await readModelFile(registerFile, DEFAULT_LIMITS.maxChars);
  if (!read.ok) return failure(read.diagnostic);
  const parsed = parseText(read.file.text, registerFile, DEFAULT_LIMITS);
  const sources = new Map([[registerFile, read.file.text]]);
  if (!parsed.readable) return { ok: false, diagnostics: parsed.diagnostics, sources };
  const checked = checkAgainst(
    SuppressionsFileSchema,
    parsed.value,
    registerFile,
    parsed.sourceMap,
  );
  if (checked.model === undefined) return { ok: false, diagnostics: checked.diagnostics, sources };
  const fromFile = checked.model.suppressions.map((s, i) => {
    const path: ModelPath = ['suppressions', i];
    return {
      ...s,
      source: { file: registerFile, path, position: parsed.sourceMap.spanOf(path).start },
    };
  });
  return { ok: true, value: [...inModel, ...fromFile] };
}

function failure(diagnostic: Diagnostic): Loaded<never> {
  return { ok: false, diagnostics: [diagnostic], sources: new Map() };
}
