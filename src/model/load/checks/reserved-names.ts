/**
 * `__proto__`, `constructor` and `prototype` are refused as ids and as keys of any mapping
 * (fx_rates, floats_with, control, …). The loader cannot be polluted by them (the parsers
 * define such keys as own properties), but everything downstream keeps ids and map keys in
 * plain objects, where `__proto__` is silently dropped or reads an inherited value: a currency
 * `__proto__` would vanish from fx_rates, and a provider `constructor` would find a function.
 * Refusing them here, with a clear message, is simpler and safer than guarding every lookup.
 */
import { isRecord } from '../value-view.js';
import type { CheckContext, ModelCheck } from './check-context.js';

export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export const checkReservedNames: ModelCheck = (context: CheckContext) => {
  // One path, extended and shortened on the way, copied only for a report.
  const path: (string | number)[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
      return;
    }
    if (!isRecord(node)) return;
    for (const key of Object.keys(node)) {
      const value = node[key];
      path.push(key);
      if (RESERVED_NAMES.has(key)) {
        context.error([...path], {
          code: 'reserved-name',
          message: `\`${key}\` is reserved and cannot be used as a key`,
          expected: 'a key the schema names (for maps such as fx_rates: a currency code)',
          found: `\`${key}\``,
          suggestion: 'remove this entry',
        });
      } else if (key === 'id' && typeof value === 'string' && RESERVED_NAMES.has(value)) {
        context.error([...path], {
          code: 'reserved-name',
          message: `\`${value}\` is reserved and cannot be used as an id`,
          expected: 'an id other than __proto__, constructor or prototype',
          found: `\`${value}\``,
          suggestion: `rename it, for example \`${value.replace(/_/g, '')}-1\``,
        });
      }
      walk(value);
      path.pop();
    }
  };
  walk(context.root);
};
