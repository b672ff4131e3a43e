/**
 * The supplier register as CSV (RFC 4180): comma-separated, CRLF line ends, a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled inside. Text cells pass the
 * formula-injection guard; numbers are written plainly, so a negative amount stays a number.
 */
import { visibleControls } from '../../text/control-characters.js';
import { neutraliseFormula } from './formula-injection.js';
import type { CellValue, ColumnKind, SupplierRegister } from './supplier-register.js';

/**
 * Excel opens a CSV file without a byte-order mark in the machine's legacy code page
 * (Windows-1252 in much of Europe), turning "Telefónica" into "TelefÃ³nica"; with the UTF-8
 * BOM it reads the file as UTF-8. Other readers either expect or skip it.
 */
const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
  /** Start with the UTF-8 byte-order mark (default true: see UTF8_BOM). */
  readonly bom?: boolean;
}

export function registerCsv(register: SupplierRegister, options: CsvOptions = {}): string {
  const { columns, rows } = register;
  const lines = [
    columns.map((c) => csvField(neutraliseFormula(c.header))),
    ...rows.map((row) => columns.map((c) => csvField(cellText(row[c.key], c.kind)))),
  ].map((fields) => fields.join(','));
  return `${options.bom === false ? '' : UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** A cell as CSV text: flags as yes/no, numbers as they are, text through the guard. */
function cellText(value: CellValue, kind: ColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number')
    return kind === 'money' ? String(Math.round(value)) : String(value);
  // A control character from the model would be hidden in the cell: shown as a \x escape.
  return neutraliseFormula(visibleControls(value, { keepLayout: true }));
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
