/**
 * The supplier register as a table of text cells with their line (CSV) or row (XLSX), read
 * from the files `mvnoscope register` writes and a spreadsheet program saves back: CSV per
 * RFC 4180 (quoted fields may span lines; a UTF-8 byte-order mark is dropped), XLSX through
 * exceljs (the "Suppliers" sheet, and the operator, as-of date and currency from "Columns").
 */
import type ExcelJS from 'exceljs';
import type { LoadLimits } from '../../model/load/limits.js';
import { decodeText } from '../decode-text.js';
import { refusal } from '../import-refusal.js';

export interface TableRow {
  /** The line (CSV) or sheet row (XLSX) the row starts on, 1-based. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface RegisterTable {
  readonly header: TableRow;
  readonly rows: readonly TableRow[];
  /** Facts only the workbook carries (its Columns sheet). */
  readonly operator?: string;
  readonly asOf?: string;
  readonly currency?: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function readRegisterTable(
  bytes: Uint8Array,
  file: string,
  limits: LoadLimits,
): Promise<RegisterTable> {
  if (bytes.length > limits.maxChars)
    throw refusal(
      file,
      { line: 1, column: 1 },
      `the file is ${bytes.length.toLocaleString('en')} bytes; the limit is ${limits.maxChars.toLocaleString('en')}`,
      {
        code: 'limit-exceeded',
      },
    );
  const isZip = ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
  return isZip ? readXlsx(bytes, file) : readCsv(decodeText(bytes, file), file);
}

/** RFC 4180 records with the line each one starts on. */
export function readCsv(text: string, file: string): RegisterTable {
  const records: TableRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += ch;
    i++;
  }
  if (quoted)
    throw refusal(file, { line: start, column: 1 }, 'a quoted field is not closed', {
      code: 'csv-syntax',
    });
  if (cell !== '' || cells.length > 0) endRecord();
  const [header, ...rows] = records;
  if (header === undefined)
    throw refusal(file, { line: 1, column: 1 }, 'the file is empty', {
      code: 'import-wrong-format',
    });
  return { header, rows };
}

async function readXlsx(bytes: Uint8Array, file: string): Promise<RegisterTable> {
  // Loaded here, not at start-up: exceljs costs every command about a second to load.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    throw refusal(
      file,
      { line: 1, column: 1 },
      `not a readable XLSX workbook: ${(error as Error).message}`,
      { code: 'xlsx-unreadable' },
    );
  }
  const sheet = workbook.getWorksheet('Suppliers') ?? workbook.worksheets[0];
  if (sheet === undefined)
    throw refusal(file, { line: 1, column: 1 }, 'the workbook has no sheet', {
      code: 'import-wrong-format',
    });
  const records: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++)
      cells.push(cellText(row.getCell(c).value, file, number, c));
    records.push({ line: number, cells });
  });
  const [header, ...rows] = records;
  if (header === undefined)
    throw refusal(file, { line: 1, column: 1 }, 'the Suppliers sheet is empty', {
      code: 'import-wrong-format',
    });
  const facts = new Map<string, string>();
  workbook.getWorksheet('Columns')?.eachRow((row, number) => {
    facts.set(
      cellText(row.getCell(1).value, file, number, 1),
      cellText(row.getCell(2).value, file, number, 2),
    );
  });
  return {
    header,
    rows,
    ...(facts.get('Operator') ? { operator: facts.get('Operator') } : {}),
    ...(facts.get('As of') ? { asOf: facts.get('As of') } : {}),
    ...(facts.get('Currency') ? { currency: facts.get('Currency') } : {}),
  };
}

/** A cell as the text the CSV would hold: dates as YYYY-MM-DD, rich text joined, formulas by their result. */
function cellText(value: ExcelJS.CellValue, file: string, row: number, column: number): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) {
      if (value.result === undefined || value.result === null || typeof value.result === 'object')
        throw refusal(file, { line: row, column }, 'a formula without a saved result', {
          code: 'xlsx-formula',
          suggestion: 'type the value in, or save the workbook after it has calculated',
        });
      return String(value.result);
    }
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}
