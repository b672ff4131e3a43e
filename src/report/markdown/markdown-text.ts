/**
 * User text placed in Markdown: it must read as text, never as syntax. Line breaks become
 * spaces (a table row or list item stays one line), and Markdown's inline punctuation, `|`,
 * `#` and `<` are backslash-escaped (CommonMark lets any ASCII punctuation be escaped), so no
 * emphasis, link, heading or HTML can be made from a model string.
 */
export function markdownInline(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\\`*_[\]<>|~&#]/g, '\\$&');
}

/**
 * Text that starts a line (a paragraph, a list item): also defuses a leading character that
 * would open a list or a rule. A digit cannot be escaped, so an ordered-list marker is defused
 * by escaping its "." or ")".
 */
export function markdownText(text: string): string {
  return markdownInline(text)
    .replace(/^(\s*)([+\-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
