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
 *
 * It reads character codes and jumps over quoted scalars and comments with indexOf: it runs on
 * every text before the parse, JSON included (a 19 MB model holds millions of quotes).
 */
export function findExcessiveNesting(text: string, maxDepth: number): DepthExcess | undefined {
  const indentLevels: number[] = [];
  const line = { depth: 0 };
  let flowDepth = 0;
  let blockDepth = 0;
  let i = 0;
  let atLineStart = true;
  const length = text.length;
  while (i < length) {
    if (atLineStart && flowDepth === 0) {
      i = skipBlockIndicators(text, i, indentLevels, line);
      blockDepth = line.depth;
      if (blockDepth > maxDepth) return { depth: blockDepth, offset: i };
    }
    atLineStart = false;
    if (i >= length) break;
    const code = text.charCodeAt(i);
    if (code === LINE_FEED) atLineStart = true;
    else if (code === HASH && isSpace(previousCode(text, i))) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? length : end;
      continue; // the newline itself is read next and starts the following line
    } else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      // A quote opens a scalar only at a token start; an apostrophe inside a word does not.
      if (opensScalar(previousCode(text, i))) i = closingQuote(text, i, code);
    } else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      flowDepth++;
      if (flowDepth + blockDepth > maxDepth) return { depth: flowDepth + blockDepth, offset: i };
    } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
      flowDepth = Math.max(0, flowDepth - 1);
    }
    i++;
  }
  return undefined;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const HASH = 0x23;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const DASH = 0x2d;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** The code before offset `i`; the start of the text reads as a space. */
function previousCode(text: string, i: number): number {
  return i === 0 ? SPACE : text.charCodeAt(i - 1);
}

/** Whether a quote after this character opens a scalar: white space, `[`, `{`, `,` or `:`. */
function opensScalar(code: number): boolean {
  return (
    isSpace(code) ||
    code === OPEN_BRACKET ||
    code === OPEN_BRACE ||
    code === COMMA ||
    code === COLON
  );
}

/**
 * The offset of the quote that closes the scalar opened at `open` (the text's length when none
 * does). In double quotes a backslash escapes the character after it; in single quotes the next
 * apostrophe closes (a doubled one reopens nothing: the guard only ever overestimates).
 */
function closingQuote(text: string, open: number, quote: number): number {
  const mark = quote === DOUBLE_QUOTE ? '"' : "'";
  let from = open + 1;
  for (;;) {
    const at = text.indexOf(mark, from);
    if (at === -1) return text.length;
    if (quote === SINGLE_QUOTE) return at;
    let backslashes = 0;
    while (at - 1 - backslashes > open && text.charCodeAt(at - 1 - backslashes) === BACKSLASH)
      backslashes++;
    if (backslashes % 2 === 0) return at;
    from = at + 1;
  }
}

/** JavaScript's `\s`: the white space and line terminators of ECMAScript. */
function isSpace(code: number): boolean {
  if (code <= SPACE) return code === SPACE || (code >= 0x09 && code <= CARRIAGE_RETURN);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Reads the indentation and any compact sequence indicators ("- - ") that open a block line,
 * updates the stack of open indentation levels, sets the line's depth in `line`, and returns
 * the offset of the line's first content character.
 */
function skipBlockIndicators(
  text: string,
  start: number,
  indentLevels: number[],
  line: { depth: number },
): number {
  let i = start;
  while (text.charCodeAt(i) === SPACE) i++;
  // Blank and comment-only lines open no level.
  const first = text.charCodeAt(i);
  if (i >= text.length || first === LINE_FEED || first === CARRIAGE_RETURN || first === HASH)
    return i;
  const column = i - start;
  while (indentLevels.length > 0 && (indentLevels.at(-1) ?? 0) >= column) indentLevels.pop();
  indentLevels.push(column);
  let dashes = 0;
  while (text.charCodeAt(i) === DASH && isIndicatorEnd(text.charCodeAt(i + 1))) {
    dashes++;
    i++;
    while (text.charCodeAt(i) === SPACE) i++;
  }
  line.depth = indentLevels.length + dashes;
  return i;
}

function isIndicatorEnd(code: number): boolean {
  return code === SPACE || code === LINE_FEED || code === CARRIAGE_RETURN;
}
