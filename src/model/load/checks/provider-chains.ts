/**
 * The chains between providers must not loop: a provider cannot run on itself (`hosted_on`)
 * or be its own subcontractor (`subcontractor_of`), directly or through others. A loop would
 * make failure and responsibility analyses ill-defined. Iterative depth-first search with
 * three colours, so a long chain cannot overflow the stack.
 */

import { field, listField, stringField } from '../value-view.js';
import type { CheckContext, ModelCheck } from './check-context.js';

type Chain = 'hosted_on' | 'subcontractor_of';

const CHAIN_WORDS: Record<Chain, { found: string; fix: string }> = {
  hosted_on: {
    found: 'hosting that ends at providers hosted on nothing',
    fix: 'remove the hosted_on entry that points back up the chain',
  },
  subcontractor_of: {
    found: 'subcontracting that ends at a provider the operator contracts directly',
    fix: 'remove the subcontractor_of that points back down the chain',
  },
};

export const checkProviderChains: ModelCheck = (context: CheckContext) => {
  for (const chain of ['hosted_on', 'subcontractor_of'] as const) checkChain(context, chain);
};

function checkChain(context: CheckContext, chain: Chain): void {
  const providers = listField(context.root, 'providers');
  const indexOf = new Map<string, number>();
  providers.forEach((provider, index) => {
    const id = stringField(provider, 'id');
    if (id !== undefined && !indexOf.has(id)) indexOf.set(id, index);
  });
  const next = providers.map((provider) => {
    const value = field(provider, chain);
    // hosted_on is a list; subcontractor_of a single id.
    const targets: readonly unknown[] = Array.isArray(value)
      ? value
      : value === undefined
        ? []
        : [value];
    return targets
      .map((target) => (typeof target === 'string' ? indexOf.get(target) : undefined))
      .filter((index): index is number => index !== undefined);
  });

  const WHITE = 0;
  const GREY = 1;
  const BLACK = 2;
  const colour = new Array<number>(providers.length).fill(WHITE);
  for (let start = 0; start < providers.length; start++) {
    if (colour[start] !== WHITE) continue;
    const stack: { node: number; next: number }[] = [{ node: start, next: 0 }];
    colour[start] = GREY;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame === undefined) break;
      const edges = next[frame.node] ?? [];
      if (frame.next >= edges.length) {
        colour[frame.node] = BLACK;
        stack.pop();
        continue;
      }
      const target = edges[frame.next++] ?? 0;
      if (colour[target] === WHITE) {
        colour[target] = GREY;
        stack.push({ node: target, next: 0 });
      } else if (colour[target] === GREY) {
        const cycle = stack.slice(stack.findIndex((f) => f.node === target)).map((f) => f.node);
        reportCycle(context, providers, chain, [...cycle, target]);
      }
    }
  }
}

function reportCycle(
  context: CheckContext,
  providers: readonly unknown[],
  chain: Chain,
  cycle: readonly number[],
): void {
  const names = cycle.map((index) => stringField(providers[index], 'id') ?? `#${index}`);
  const first = cycle[0] ?? 0;
  context.error(['providers', first, chain], {
    code: chain === 'hosted_on' ? 'hosting-cycle' : 'subcontracting-cycle',
    message: `${chain} forms a cycle: ${names.join(' → ')}`,
    expected: CHAIN_WORDS[chain].found,
    found: `a cycle of ${cycle.length - 1} provider${cycle.length === 2 ? '' : 's'}`,
    suggestion: CHAIN_WORDS[chain].fix,
  });
}
