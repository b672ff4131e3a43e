/**
 * Control characters and reserved names (issue 19): a NUL or an escape in the text is refused
 * at its line and column before parsing; one written as an escape in a quoted string is refused
 * at its value; `__proto__`, `constructor` and `prototype` are refused as ids and map keys.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load/load-model.js';
import { MINIMAL } from '../support/load.js';

function errorsOf(text: string) {
  const result = loadModel(text, { file: 'm.yaml' });
  expect(result.ok).toBe(false);
  return result.diagnostics.filter((d) => d.severity === 'error');
}

/** Line (1-based) of the first line of MINIMAL containing `needle`. */
function lineOf(needle: string): number {
  return MINIMAL.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('control characters', () => {
  it.each([
    ['NUL', '\u0000', 'U+0000 (NUL)'],
    ['ESC', '\u001b[2J', 'U+001B (ESC)'],
    ['BEL', '\u0007', 'U+0007 (BEL)'],
    ['DEL', '\u007f', 'U+007F (DEL)'],
    ['C1 CSI', '\u009b', 'U+009B'],
  ])('refuses a raw %s in the text at its position', (_, char, name) => {
    const text = MINIMAL.replace('name: Host A', `name: Host${char}A`);
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ code: 'control-character', found: name });
    expect(error?.position).toEqual({ line: lineOf('name: Host A'), column: 15 });
  });

  it('counts the others after the first', () => {
    const [error] = errorsOf(`${MINIMAL}\u0000\u0000\u0000`);
    expect(error?.message).toContain('(and 2 more)');
  });

  it('allows tabs in quoted text, line breaks and NEL', () => {
    const text = MINIMAL.replace('name: Host A', 'name: "Host\tA\u0085"');
    expect(loadModel(text).ok).toBe(true);
  });

  it.each([
    ['"Host\\e[31mA"', 'U+001B (ESC)'],
    ['"Host\\0A"', 'U+0000 (NUL)'],
  ])('refuses an escape %s at its value', (value, name) => {
    const [error] = errorsOf(MINIMAL.replace('name: Host A', `name: ${value}`));
    expect(error).toMatchObject({
      code: 'control-character',
      found: name,
      path: ['providers', 0, 'name'],
    });
    expect(error?.position.line).toBe(lineOf('name: Host A'));
  });

  it('refuses a JSON \\u0000 escape in a key', () => {
    const json = JSON.stringify({ operator: { 'id\u0000': 'x' } });
    const errors = errorsOf(json);
    expect(errors.some((e) => e.code === 'control-character' && e.path.at(-1) === 'id\u0000')).toBe(
      true,
    );
  });
});

describe('reserved names', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses %s as an fx_rates key', (key) => {
    const text = MINIMAL.replace(
      'currency: GBP',
      `currency: GBP\n  fx_rates: { ${key}: 1, USD: 1 }`,
    );
    const errors = errorsOf(text);
    const error = errors.find((e) => e.code === 'reserved-name');
    expect(error?.message).toBe(`\`${key}\` is reserved and cannot be used as a key`);
    expect(error?.position.line).toBe(lineOf('currency: GBP') + 1);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses %s as an id', (id) => {
    const errors = errorsOf(MINIMAL.replace('id: mno-b', `id: ${id}`));
    const error = errors.find((e) => e.code === 'reserved-name');
    expect(error).toMatchObject({ path: ['providers', 1, 'id'] });
    expect(error?.message).toContain('cannot be used as an id');
    expect(error?.position.line).toBe(lineOf('id: mno-b'));
  });

  it('pollutes nothing on the way', () => {
    errorsOf(
      MINIMAL.replace('currency: GBP', 'currency: GBP\n  fx_rates: { __proto__: { polluted: 1 } }'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
