import { describe, expect, it } from 'vitest';
import { findExcessiveNesting } from '../../src/model/load/limits.js';
import { loadModel } from '../../src/model/load/load-model.js';
import { MINIMAL, STARTER } from '../support/load.js';

const BILLION_LAUGHS = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

describe('limits on hostile input', () => {
  it('refuses an alias bomb with a clear message and a position', () => {
    const result = loadModel(BILLION_LAUGHS, { file: 'bomb.yaml' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'limit-exceeded',
      message: expect.stringContaining('aliases expand beyond the limit of 100'),
      position: { line: 2, column: 8 },
    });
  });

  it('still accepts ordinary use of anchors and aliases', () => {
    const text = MINIMAL.replace(
      '  - id: host-group\n    name: Host Group',
      '  - &g\n    id: host-group\n    name: Host Group',
    );
    expect(loadModel(text).ok).toBe(true);
  });

  it('refuses text over the size limit before parsing it', () => {
    const result = loadModel(STARTER, { limits: { maxChars: 1000 } });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'limit-exceeded',
        message: expect.stringContaining('the limit is 1,000'),
      }),
    ]);
  });

  it('refuses deep flow nesting that would exhaust the YAML lexer', () => {
    const depth = 100_000;
    const result = loadModel(`operator: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'limit-exceeded',
      message: 'nesting deeper than 64 levels',
      position: { line: 1, column: 74 },
    });
  });

  it('refuses deep block nesting and compact sequences', () => {
    expect(loadModel(`${'- '.repeat(5000)}x\n`).diagnostics[0]?.code).toBe('limit-exceeded');
    let nested = '';
    for (let i = 0; i < 100; i++) nested += `${' '.repeat(i)}k${i}:\n`;
    expect(loadModel(nested).diagnostics[0]?.code).toBe('limit-exceeded');
  });
});

describe('nesting estimate', () => {
  it('is never below the real depth of flow and block collections', () => {
    expect(findExcessiveNesting('a: [[[1]]]', 3)).toEqual({ depth: 4, offset: 5 });
    expect(findExcessiveNesting('a:\n  b:\n    c: 1\n', 2)?.depth).toBe(3);
    expect(findExcessiveNesting('- - - x\n', 2)?.depth).toBeGreaterThanOrEqual(3);
  });

  it('ignores brackets inside quotes and comments', () => {
    expect(
      findExcessiveNesting(`a: "[[[[[[[[[["\nb: '{{{{{{{{{'\n# [[[[[[[[[[[\n`, 3),
    ).toBeUndefined();
  });

  it('reads escapes in double quotes and apostrophes inside words as YAML does', () => {
    // An escaped quote does not close the scalar; an even run of backslashes ends in one.
    expect(findExcessiveNesting(String.raw`a: "\"[[[[[[" b: 1`, 2)).toBeUndefined();
    expect(findExcessiveNesting(String.raw`a: "x\\" [[[`, 3)).toEqual({ depth: 4, offset: 11 });
    // An apostrophe inside a word opens nothing, so the brackets after it count.
    expect(findExcessiveNesting("a: it's [[[", 3)?.depth).toBe(4);
    // A '#' inside a word starts no comment.
    expect(findExcessiveNesting('a: b#[[[', 3)?.depth).toBe(4);
    expect(findExcessiveNesting('a: b #[[[', 3)).toBeUndefined();
  });

  it('passes every shipped model shape at the default limit', () => {
    expect(findExcessiveNesting(STARTER, 64)).toBeUndefined();
  });
});
