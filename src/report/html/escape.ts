/**
 * Escaping for user-written text placed in HTML. Every string that comes from a model (names,
 * notes, ids, evidence) goes through `escapeHtml` before it reaches a page; attribute values
 * are always double-quoted, so the same escape serves both text and attributes.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string | number | boolean | null | undefined): string {
  if (text === null || text === undefined) return '';
  return String(text).replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Text placed inside an inline `<script type="application/json">` block: `<` is escaped so
 * that no `</script>` or `<!--` in a model string can end the block early.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
