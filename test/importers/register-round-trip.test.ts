/**
 * The supplier register round trip: `register` of every shipped example, imported back with
 * `import register` (CSV and XLSX), gives a model whose register is the original's in every
 * column the register states — the same cells, in the same order — while the columns
 * mvnoscope computes (exit cost, findings …) are recomputed from the imported model. Some of
 * those depend only on stated facts and come back identical too.
 */
import { describe, expect, it } from 'vitest';
import { assessModel } from '../../src/assessment.js';
import { STATED_COLUMNS } from '../../src/importers/formats/register.js';
import { importModel } from '../../src/importers/import-model.js';
import { registerCsv } from '../../src/report/register/register-csv.js';
import { registerXlsx } from '../../src/report/register/register-xlsx.js';
import {
  REGISTER_COLUMNS,
  type SupplierRegister,
  supplierRegister,
} from '../../src/report/register/supplier-register.js';
import { exampleFiles, loadOk, readExample } from '../support/load.js';

function registerOf(text: string): SupplierRegister {
  const loaded = loadOk(text);
  return supplierRegister(loaded.model, assessModel(loaded));
}

/** The CSV cells of some columns, row by row: what a person comparing the files would see. */
function cells(register: SupplierRegister, keys: readonly string[]): string[][] {
  const picked = REGISTER_COLUMNS.filter((c) => keys.includes(c.key));
  const only: SupplierRegister = { ...register, columns: picked };
  return registerCsv(only, { bom: false })
    .split('\r\n')
    .map((line) => [line]);
}

/** Columns that are computed but depend only on facts the register states. */
const RECOMPUTED_FROM_STATED = ['relationship', 'layers', 'substitutability'];

describe.each(exampleFiles())('register of %s imported back', (example) => {
  const original = registerOf(readExample(example));

  it.each(['csv', 'xlsx'] as const)('from %s: the stated columns are identical', async (kind) => {
    const bytes =
      kind === 'csv'
        ? new TextEncoder().encode(registerCsv(original))
        : await registerXlsx(original, 'mvnoscope test');
    const outcome = await importModel({ format: 'register', file: `suppliers.${kind}`, bytes });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
    const back = registerOf(outcome.text);
    expect(back.rows.map((r) => r.id)).toEqual(original.rows.map((r) => r.id));
    expect(cells(back, STATED_COLUMNS)).toEqual(cells(original, STATED_COLUMNS));
    expect(cells(back, RECOMPUTED_FROM_STATED)).toEqual(cells(original, RECOMPUTED_FROM_STATED));
    expect(outcome.draft.mapped).toBe(original.rows.length);
    expect(outcome.draft.unmapped).toEqual([]);
    if (kind === 'xlsx') {
      // The workbook states the operator, its as-of date and currency; the CSV does not.
      expect(back.operator).toBe(original.operator);
      expect(back.asOf).toBe(original.asOf);
      expect(back.currency).toBe(original.currency);
    }
  });
});

describe('import register refusals', () => {
  const csv = registerCsv(registerOf(readExample('light-mvno-on-enabler.yaml')));

  it('refuses a supplier type the model does not know, at its row and column', async () => {
    const edited = csv.replace(',mno,', ',telco,');
    const outcome = await importModel({
      format: 'register',
      file: 's.csv',
      bytes: new TextEncoder().encode(edited),
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const line = edited.split('\r\n').findIndex((l) => l.includes(',telco,')) + 1;
    expect(outcome.diagnostics[0]?.position).toEqual({ line, column: 5 });
    expect(outcome.diagnostics[0]?.message).toContain('"telco" is not a supplier type');
  });

  it('refuses a file without the register header', async () => {
    const outcome = await importModel({
      format: 'register',
      file: 's.csv',
      bytes: new TextEncoder().encode('a,b\r\n1,2\r\n'),
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.diagnostics[0]?.message).toContain('"Supplier id"');
  });

  it('reads a supplier edited in the spreadsheet: a new jurisdiction comes back', async () => {
    const row = csv.split('\r\n').find((line) => line.startsWith('pennine-telecom,')) ?? '';
    const edited = csv.replace(row, row.replace(',GB,', ',IE,'));
    expect(edited).not.toBe(csv);
    const outcome = await importModel({
      format: 'register',
      file: 's.csv',
      bytes: new TextEncoder().encode(edited),
    });
    if (!outcome.ok) throw new Error('refused');
    expect(
      registerOf(outcome.text).rows.find((r) => r.id === 'pennine-telecom')?.jurisdiction,
    ).toBe('IE');
  });
});
