/**
 * The shares of one capability across its suppliers cannot add up to more than 100%, and a
 * standby supplier carries no share (it is the alternative, not the traffic).
 */
import type { ModelPath } from '../diagnostic.js';
import { field, fractionValue, stringField } from '../value-view.js';
import { type CheckContext, type ModelCheck, select } from './check-context.js';

/** Rounding slack: shares written as thirds ("33.3%") may add to 99.9% or 100.0000001%. */
const TOLERANCE = 1e-6;

interface ShareEntry {
  readonly provider: string;
  readonly share: number;
  readonly path: ModelPath;
}

export const checkSupplyShares: ModelCheck = (context: CheckContext) => {
  const byCapability = new Map<string, ShareEntry[]>();
  for (const [path, supply] of select(context.root, ['providers', '*', 'supplies', '*'])) {
    const capability = typeof supply === 'string' ? supply : stringField(supply, 'capability');
    const share = fractionValue(field(supply, 'share'));
    if (capability === undefined) continue;
    if (field(supply, 'standby') === true && share !== undefined && share > 0) {
      context.error([...path, 'share'], {
        code: 'standby-share',
        message: 'a standby supplier carries no share of the capability today',
        expected: 'no share, or 0',
        found: `${formatPercent(share)}`,
        suggestion: 'remove `standby: true` if it carries traffic, or remove the share',
      });
    }
    if (share === undefined) continue;
    const provider = stringField(providerOf(context.root, path), 'id') ?? '?';
    const entries = byCapability.get(capability) ?? [];
    entries.push({ provider, share, path: [...path, 'share'] });
    byCapability.set(capability, entries);
  }
  for (const [capability, entries] of byCapability) {
    const total = entries.reduce((sum, entry) => sum + entry.share, 0);
    if (total <= 1 + TOLERANCE) continue;
    const last = entries[entries.length - 1];
    if (last === undefined) continue;
    context.error(last.path, {
      code: 'shares-exceed-total',
      message: `the shares of \`${capability}\` add up to ${formatPercent(total)}`,
      expected: 'shares that add up to at most 100%',
      found: entries.map((e) => `${e.provider} ${formatPercent(e.share)}`).join(' + '),
      suggestion: 'shares are fractions of one whole: lower one of them',
    });
  }
};

function providerOf(root: unknown, path: ModelPath): unknown {
  const index = path[1];
  const providers = field(root, 'providers');
  return Array.isArray(providers) && typeof index === 'number' ? providers[index] : undefined;
}

function formatPercent(value: number): string {
  return `${Number((value * 100).toFixed(2))}%`;
}
