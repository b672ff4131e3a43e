/**
 * Minimal cut sets of a capability's loss up to a given order, read straight off the failure
 * sets. The capability is lost when every provider serving it is down, and a provider is down
 * when any event of its failure set occurs, so its loss is an AND of ORs of basic events and
 * its cut sets are exactly the hitting sets of its servers' failure sets: the sets of events
 * that meet every one of them. The same sets `minimalCutSets` (reliability/cut-sets.ts) finds
 * on the fault tree, by bounded search over the event indices instead of families of sets.
 *
 * Search: take the first failure set the chosen events do not meet yet; any hitting set holds
 * one of its events, so branch on each, to at most `maxOrder` events. Every minimal hitting set
 * within the order is reached this way (each branch stays inside it); a set reached that holds
 * another one reached is not minimal. The tree has at most d^k leaves for failure sets of at
 * most d events, each costing one pass over the servers.
 */
import type { CutSetEvents } from '../reliability/cut-sets.js';
import type { FailureModel } from './failure-model.js';

/**
 * Minimal cut sets of "every one of `servers` is down" with at most `maxOrder` events, each
 * sorted, sorted by size then lexicographically by event id (as `minimalCutSets` gives them).
 * No servers: the capability is lost with certainty, and the empty set is its one cut set.
 */
export function capabilityCutSets(
  failure: FailureModel,
  servers: Int32Array,
  maxOrder: number,
): CutSetEvents[] {
  const { setStart, setEvents } = failure;
  // How many chosen events each event is (0 or 1), by event index.
  const chosen = new Map<number, number>();
  const path: number[] = [];
  const found = new Map<string, number[]>();
  const meets = (server: number): boolean => {
    for (let k = setStart[server] as number; k < (setStart[server + 1] as number); k++)
      if (chosen.has(setEvents[k] as number)) return true;
    return false;
  };
  const search = (from: number): void => {
    let next = from;
    while (next < servers.length && meets(servers[next] as number)) next++;
    if (next === servers.length) {
      const set = [...path].sort((a, b) => a - b);
      found.set(set.join(','), set);
      return;
    }
    if (path.length >= maxOrder) return;
    const server = servers[next] as number;
    for (let k = setStart[server] as number; k < (setStart[server + 1] as number); k++) {
      const e = setEvents[k] as number;
      chosen.set(e, 1);
      path.push(e);
      search(next + 1);
      path.pop();
      chosen.delete(e);
    }
  };
  search(0);
  const ids = failure.eventList;
  return [...found.values()]
    .filter((set) => !holdsAnother(set, found))
    .map((set) => set.map((e) => ids[e]?.id ?? '').sort())
    .sort((a, b) => a.length - b.length || compareLexicographically(a, b));
}

/** Whether a proper subset of `set` was reached too (then `set` is not minimal). */
function holdsAnother(set: readonly number[], found: ReadonlyMap<string, unknown>): boolean {
  const proper = (1 << set.length) - 1;
  for (let mask = 0; mask < proper; mask++) {
    if (found.has(set.filter((_, bit) => (mask >> bit) & 1).join(','))) return true;
  }
  return false;
}

function compareLexicographically(a: CutSetEvents, b: CutSetEvents): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
