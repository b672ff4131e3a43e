/**
 * The design space hangs together: option ids are unique across all decisions (requirements
 * and interactions name options, not decisions), every named option exists, and whatever joins
 * two options joins options of different decisions, since a decision takes exactly one.
 */
import { didYouMean } from '../../suggest.js';
import type { ModelPath } from '../diagnostic.js';
import { field, listField, stringField } from '../value-view.js';
import type { CheckContext, ModelCheck } from './check-context.js';

interface OptionSite {
  readonly decision: string;
  readonly path: ModelPath;
}

export const checkDesignSpace: ModelCheck = (context: CheckContext) => {
  const space = field(context.root, 'design_space');
  const options = collectOptions(context, space);
  if (options.size === 0) return;
  listField(space, 'decisions').forEach((decision, d) => {
    listField(decision, 'options').forEach((option, o) => {
      const ownId = stringField(option, 'id');
      for (const link of ['requires', 'excludes'] as const) {
        listField(option, link).forEach((target, t) => {
          const path = ['design_space', 'decisions', d, 'options', o, link, t];
          checkLink(context, options, path, ownId, target);
        });
      }
    });
  });
  listField(space, 'interactions').forEach((interaction, i) => {
    const pair = listField(interaction, 'options');
    pair.forEach((target, t) => {
      const path = ['design_space', 'interactions', i, 'options', t];
      checkLink(context, options, path, t === 1 ? pair[0] : undefined, target);
    });
  });
};

/** Every option id with its decision, reporting ids used twice. */
function collectOptions(context: CheckContext, space: unknown): Map<string, OptionSite> {
  const options = new Map<string, OptionSite>();
  listField(space, 'decisions').forEach((decision, d) => {
    const decisionId = stringField(decision, 'id') ?? `#${d + 1}`;
    listField(decision, 'options').forEach((option, o) => {
      const id = stringField(option, 'id');
      if (id === undefined) return;
      const path = ['design_space', 'decisions', d, 'options', o, 'id'];
      const earlier = options.get(id);
      if (earlier === undefined) {
        options.set(id, { decision: decisionId, path });
        return;
      }
      context.error(path, {
        code: 'duplicate-id',
        message: `the option id \`${id}\` is already used at line ${context.lineOf(earlier.path)}`,
        expected: 'an option id unique across all decisions of the design space',
        found: `\`${id}\``,
        suggestion: 'prefix option ids with their decision, such as `host.mno-a`',
      });
    });
  });
  return options;
}

/** A reference from `from` (an option id, when known) to `target` must name another decision's option. */
function checkLink(
  context: CheckContext,
  options: ReadonlyMap<string, OptionSite>,
  path: ModelPath,
  from: unknown,
  target: unknown,
): void {
  if (typeof target !== 'string') return;
  const site = options.get(target);
  if (site === undefined) {
    context.error(path, {
      code: 'unknown-reference',
      message: `\`${target}\` does not name an option of the design space`,
      expected: 'the id of an option under `design_space.decisions[].options`',
      found: `\`${target}\``,
      suggestion: () => didYouMean(target, options.keys()),
    });
    return;
  }
  if (typeof from !== 'string' || options.get(from)?.decision !== site.decision) return;
  context.error(path, {
    code: 'same-decision-link',
    message: `\`${from}\` and \`${target}\` are options of the same decision \`${site.decision}\`, which takes exactly one`,
    expected: 'an option of another decision',
    found: `\`${target}\` (decision \`${site.decision}\`)`,
    suggestion: 'options of one decision already exclude each other: remove this entry',
  });
}
