/**
 * Control characters made visible. Text that came from a user (a file name, a key quoted in a
 * message, a line of the model in a code frame, a cell of the register) is shown with each
 * C0, DEL and C1 control character as a `\xNN` escape, so it can never move a terminal's
 * cursor, clear its screen, set its title or recolour what follows, nor hide in a spreadsheet.
 * With `keepLayout`, tabs and line breaks stay what they are (a code frame, a multi-line note).
 */
export function visibleControls(text: string, options: { keepLayout?: boolean } = {}): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    if (!control) continue;
    if (options.keepLayout === true && (code === 0x09 || code === 0x0a || code === 0x0d)) continue;
    out += `${text.slice(from, i)}\\x${code.toString(16).padStart(2, '0')}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Whether `text` holds a control character (with `keepLayout`, other than tabs and line breaks). */
export function hasControlCharacters(
  text: string,
  options: { keepLayout?: boolean } = {},
): boolean {
  return visibleControls(text, options) !== text;
}
