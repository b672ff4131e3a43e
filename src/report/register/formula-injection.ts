/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell whose text starts with `=`,
 * `+`, `-` or `@` is read by Excel, LibreOffice and Google Sheets as a formula, and a tab or
 * carriage return at the start can smuggle one past a naive check. Model text is written by
 * whoever wrote the model, so a provider called `=HYPERLINK(...)` or `=cmd|' /C calc'!A0` must
 * reach the register as text. Both register writers call this one function on every text cell;
 * numbers never pass through it, so a real negative amount stays a number.
 */

/** A leading tab or carriage return, or a formula sign after any leading whitespace. */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

/**
 * The text unchanged, or prefixed with a single quote when a spreadsheet would read it as a
 * formula. The quote is the OWASP-recommended neutraliser: spreadsheets show it as a text
 * marker, and it survives a re-export to CSV, where a cell type would not.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
