/**
 * Limits that keep a hostile or broken file from crashing or hanging the loader. The YAML
 * library bounds alias expansion itself, but deeply nested flow collections ([[[[…) can
 * exhaust memory inside its lexer before its own depth guard runs (seen with 10,000 levels),
 * so nesting is measured here first, in one linear pass over the text.
 */
export interface LoadLimits {
  /** Largest text accepted, in characters (the CLI checks bytes on disk before reading). */
  readonly maxChars: number;
  /** Deepest nesting of mappings and sequences accepted. */
  readonly maxDepth: number;
  /** Most alias expansions accepted (the defence against "billion laughs"). */
  readonly maxAliasCount: number;
}

export const DEFAULT_LIMITS: LoadLimits = {
  maxChars: 10 * 1024 * 1024,
  maxDepth: 64,
  maxAliasCount: 100,
};

export interface DepthExcess {
  readonly depth: number;
  /** 0-based offset where the limit was first exceeded. */
  readonly offset: number;
}

/**
 * Upper-bounds the nesting depth of a YAML text without parsing it: flow brackets outside
 * quotes and comments, plus block indentation levels and compact "- - -" sequence indicators.
 * It may overestimate (indentation of a block scalar counts), never underestimate, which is
 * the safe direction for a guard. Returns where the limit was first exceeded, if it was.
 */
export function findExcessiveNesting(text: string, maxDepth: number): DepthExcess | undefined {
  const indentLevels: number[] = [];
  let flowDepth = 0;
  let blockDepth = 0;
  let quote: '"' | "'" | undefined;
  let i = 0;
  let atLineStart = true;
  while (i < text.length) {
    if (atLineStart && flowDepth === 0 && quote === undefined) {
      i = skipBlockIndicators(text, i, indentLevels, (depth) => {
        blockDepth = depth;
      });
      if (blockDepth > maxDepth) return { depth: blockDepth, offset: i };
    }
    atLineStart = false;
    if (i >= text.length) break;
    const ch = text[i];
    if (ch === '\n') atLineStart = true;
    if (quote !== undefined) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      continue; // the newline itself is read next and starts the following line
    } else if (ch === '"' || ch === "'") {
      // A quote opens a scalar only at a token start; an apostrophe inside a word does not.
      if (/[\s[{,:]/.test(text[i - 1] ?? ' ')) quote = ch;
    } else if (ch === '[' || ch === '{') {
      flowDepth++;
      if (flowDepth + blockDepth > maxDepth) return { depth: flowDepth + blockDepth, offset: i };
    } else if (ch === ']' || ch === '}') {
      flowDepth = Math.max(0, flowDepth - 1);
    }
    i++;
  }
  return undefined;
}

/**
 * Reads the indentation and any compact sequence indicators ("- - ") that open a block line,
 * updates the stack of open indentation levels, reports the line's depth, and returns the
 * offset of the line's first content character.
 */
function skipBlockIndicators(
  text: string,
  start: number,
  indentLevels: number[],
  reportDepth: (depth: number) => void,
): number {
  let i = start;
  while (text[i] === ' ') i++;
  // Blank and comment-only lines open no level.
  if (text[i] === '\n' || text[i] === '\r' || text[i] === '#' || i >= text.length) return i;
  const column = i - start;
  while (indentLevels.length > 0 && (indentLevels.at(-1) ?? 0) >= column) indentLevels.pop();
  indentLevels.push(column);
  let dashes = 0;
  while (text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\n' || text[i + 1] === '\r')) {
    dashes++;
    i++;
    while (text[i] === ' ') i++;
  }
  reportDepth(indentLevels.length + dashes);
  return i;
}
