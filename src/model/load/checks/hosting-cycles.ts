/**
 * `hosted_on` must not loop: a provider cannot run, directly or through others, on itself.
 * A cycle would make every failure analysis ill-defined. Iterative depth-first search with
 * three colours, so a long chain cannot overflow the stack.
 */

import { listField, stringField } from '../value-view.js';
import type { CheckContext, ModelCheck } from './check-context.js';

export const checkHostingCycles: ModelCheck = (context: CheckContext) => {
  const providers = listField(context.root, 'providers');
  const indexOf = new Map<string, number>();
  providers.forEach((provider, index) => {
    const id = stringField(provider, 'id');
    if (id !== undefined && !indexOf.has(id)) indexOf.set(id, index);
  });
  const hosts = providers.map((provider) =>
    listField(provider, 'hosted_on')
      .map((host) => (typeof host === 'string' ? indexOf.get(host) : undefined))
      .filter((index): index is number => index !== undefined),
  );

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
      const edges = hosts[frame.node] ?? [];
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
        reportCycle(context, providers, [...cycle, target]);
      }
    }
  }
};

function reportCycle(
  context: CheckContext,
  providers: readonly unknown[],
  cycle: readonly number[],
): void {
  const names = cycle.map((index) => stringField(providers[index], 'id') ?? `#${index}`);
  const first = cycle[0] ?? 0;
  context.error(['providers', first, 'hosted_on'], {
    code: 'hosting-cycle',
    message: `hosted_on forms a cycle: ${names.join(' → ')}`,
    expected: 'hosting that ends at providers hosted on nothing',
    found: `a cycle of ${cycle.length - 1} provider${cycle.length === 2 ? '' : 's'}`,
    suggestion: 'remove the hosted_on entry that points back up the chain',
  });
}
