/**
 * The supplier register as an Excel workbook (exceljs): a "Suppliers" sheet with a styled,
 * frozen header row, an autofilter and widths fitted to the content, money as numbers in the
 * operator's currency, dates as dates; and a "Columns" sheet saying what each column holds and
 * which requirement asks for it. Every text cell is written as a plain string (never a formula)
 * and also passes the formula-injection guard, so it stays inert when re-exported to CSV.
 */

import type ExcelJS from 'exceljs';
import { wholeNumber } from '../../text/whole-number.js';
import { neutraliseFormula } from './formula-injection.js';
import type { CellValue, ColumnKind, SupplierRegister } from './supplier-register.js';

/** Columns stay readable but never wider than this many characters; longer text wraps. */
const MAX_WIDTH = 60;
const MIN_WIDTH = 8;

export async function registerXlsx(
  register: SupplierRegister,
  generator: string,
): Promise<Uint8Array> {
  // Loaded here, not at start-up: exceljs costs every command about a second to load.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = generator;
  // A fixed timestamp (the model's as-of date) keeps the file identical from run to run.
  workbook.created = isoDate(register.asOf);
  workbook.modified = workbook.created;
  suppliersSheet(workbook, register);
  columnsSheet(workbook, register);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function suppliersSheet(workbook: ExcelJS.Workbook, register: SupplierRegister): void {
  const { columns, rows, currency } = register;
  const sheet = workbook.addWorksheet('Suppliers', {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  const header = sheet.addRow(columns.map((c) => text(c.header)));
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F5FAE' } };
  });
  for (const row of rows) {
    const added = sheet.addRow(columns.map((c) => cellValue(row[c.key], c.kind)));
    added.alignment = { vertical: 'top', wrapText: true };
  }
  columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    const format = numberFormat(column.kind, currency);
    if (format !== undefined) sheetColumn.numFmt = format;
    const longest = Math.max(
      column.header.length,
      ...rows.map((row) => displayLength(row[column.key], column.kind)),
    );
    sheetColumn.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: columns.length },
  };
}

function columnsSheet(workbook: ExcelJS.Workbook, register: SupplierRegister): void {
  const sheet = workbook.addWorksheet('Columns');
  sheet.columns = [
    { header: 'Column', width: 34 },
    { header: 'Meaning', width: 100 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const column of register.columns) {
    const row = sheet.addRow([text(column.header), text(column.description)]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.addRow([]);
  sheet.addRow([text('Operator'), text(register.operator)]);
  sheet.addRow([text('As of'), isoDate(register.asOf)]).getCell(2).numFmt = 'yyyy-mm-dd';
  sheet.addRow([text('Currency'), text(register.currency)]);
}

/** A cell's value as exceljs writes it: text as a guarded plain string, dates as Date. */
function cellValue(value: CellValue, kind: ColumnKind): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return kind === 'money' ? Math.round(value) : value;
  if (kind === 'date') return isoDate(value);
  return text(value);
}

/** Text through the guard; exceljs stores a string value as a string cell, never a formula. */
function text(value: string): string {
  return neutraliseFormula(value);
}

function numberFormat(kind: ColumnKind, currency: string): string | undefined {
  switch (kind) {
    case 'money':
      return `#,##0 "${currency}";-#,##0 "${currency}"`;
    case 'date':
      return 'yyyy-mm-dd';
    case 'months':
    case 'number':
      return '0';
    default:
      return undefined;
  }
}

function displayLength(value: CellValue, kind: ColumnKind): number {
  if (value === null) return 0;
  if (kind === 'money' && typeof value === 'number') return wholeNumber(value).length + 4;
  return String(value).length;
}

/** A YYYY-MM-DD date at midnight UTC, which exceljs stores as that calendar day. */
function isoDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
