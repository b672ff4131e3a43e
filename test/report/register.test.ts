import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { assessModel } from '../../src/assessment.js';
import { neutraliseFormula } from '../../src/report/register/formula-injection.js';
import { registerCsv } from '../../src/report/register/register-csv.js';
import { registerXlsx } from '../../src/report/register/register-xlsx.js';
import {
  REGISTER_COLUMNS,
  type SupplierRegister,
  type SupplierRow,
  supplierRegister,
} from '../../src/report/register/supplier-register.js';
import { hostileModel, INJECTION_CORPUS } from '../support/hostile-model.js';
import { exampleFiles, loadOk, readExample } from '../support/load.js';

function registerOf(example: string) {
  const loaded = loadOk(readExample(example), example);
  const assessment = assessModel(loaded);
  return { loaded, assessment, register: supplierRegister(loaded.model, assessment) };
}

function row(register: SupplierRegister, id: string): SupplierRow {
  const found = register.rows.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no row for ${id}`);
  return found;
}

/** A minimal RFC 4180 reader: quoted fields with doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || fields.length > 0) throw new Error('the last record does not end in CRLF');
  return records;
}

const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

describe('formula-injection guard', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+SUM(1)', "'+SUM(1)"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    [' =1', "' =1"],
    ['\n @x', "'\n @x"],
    ['\tplain', "'\tplain"],
  ])('neutralises %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each(['Pennine Telecom', 'a=b', 'x-1', '<script>', '', '2026-01-01', "'already quoted"])(
    'leaves %j alone',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
    },
  );
});

describe('supplier register rows', () => {
  it('has one row per provider of every shipped example, with the lock-in figures', () => {
    for (const example of exampleFiles()) {
      const { loaded, assessment, register } = registerOf(example);
      expect(register.rows.map((r) => r.id)).toEqual(loaded.model.providers.map((p) => p.id));
      for (const dependency of assessment.lockin.dependencies) {
        const r = row(register, dependency.provider);
        expect(r.exitCost).toBe(dependency.today.cost);
        expect(r.exitMonths).toBe(dependency.today.months);
        expect(r.pointOfNoReturn).toBe(dependency.pointOfNoReturn?.date ?? null);
      }
      const openIds = new Set(
        assessment.run.findings.filter((f) => f.status === 'open').map((f) => f.id),
      );
      for (const r of register.rows) {
        const ids = r.findingIds === '' ? [] : r.findingIds.split('; ').map((s) => s.split(' ')[1]);
        expect(ids).toHaveLength(r.openFindings);
        for (const id of ids) expect(openIds.has(id ?? '')).toBe(true);
      }
    }
  });

  it('records the host network of the light MVNO as the model and analyses say', () => {
    const { assessment, register } = registerOf('light-mvno-on-enabler.yaml');
    const host = row(register, 'pennine-telecom');
    expect(host).toMatchObject({
      name: 'Pennine Telecom',
      group: 'pennine-group',
      groupName: 'Pennine Telecom Group',
      kind: 'mno',
      relationship: 'direct supplier',
      jurisdiction: 'GB',
      contracts: 'pennine-wholesale',
      contractStart: '2023-04-01',
      // 60-month term from 2023-04-01; the model's as_of is 2026-11-01, notice 12 months.
      initialTermEnd: '2028-04-01',
      nextExit: '2028-04-01',
      noticeMonths: 12,
      noticeBy: '2027-04-01',
      autoRenewal: true,
      securityTerms: true,
      incidentNoticeHours: 24,
      dataReturn: false,
      serviceCritical: true,
      singlePointOfFailure: true,
      lastAssessed: '2025-03-18',
    });
    expect(host.capabilities).toContain('radio_access');
    expect(host.capabilities).toContain('messaging 90%');
    expect(host.layers).toContain('network_routes');
    expect(host.failurePath).toContain('sole supplier');
    expect(host.findingIds).toContain('net-single-host-exclusive/pennine-telecom');
    expect(host.highestSeverity).toBe('critical');
    const lockin = assessment.lockin.dependencies.find((d) => d.provider === 'pennine-telecom');
    expect(host.exitCost).toBe(lockin?.today.cost);
    expect(host.monthlySpend).toBe(assessment.analysis.costs.byProvider.get('pennine-telecom'));
  });

  it('names fourth parties, hosting, data reach and the operator’s own functions', () => {
    const { register } = registerOf('light-mvno-on-enabler.yaml');
    const enabler = row(register, 'lattice-mvne');
    expect(enabler.fourthParties).toBe('runs on stratus-cloud');
    expect(enabler.failurePath).toContain('with its group lattice-group');
    expect(enabler.managementAccess).toBe(true);
    // The cloud hosts the enabler: a compromise reaches what the enabler holds.
    const cloud = row(register, 'stratus-cloud');
    expect(cloud.criticalFor).toContain('hosts lattice-mvne');
    expect(cloud.dataReachable).toContain('subscriber-identity');
    expect(row(register, 'corvid-cards').relationship).toBe('fourth party');
    expect(row(register, 'kestrel-team').relationship).toBe("operator's own function");
    expect(row(register, 'kestrel-team').exitCost).toBeNull();
  });

  it('sees a standby host as the alternative that makes the main host substitutable', () => {
    const { register } = registerOf('full-mvno-switchable.yaml');
    const hosts = register.rows.filter((r) => r.kind === 'mno');
    expect(hosts.length).toBeGreaterThan(1);
    for (const host of hosts) expect(host.substitutability).not.toContain('radio_access');
  });
});

describe('supplier register as CSV', () => {
  it('starts with the UTF-8 BOM, ends records in CRLF and parses back to the same cells', () => {
    const { register } = registerOf('light-mvno-on-enabler.yaml');
    const csv = registerCsv(register);
    expect(csv.startsWith('\uFEFFSupplier id,')).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(records[0]).toEqual(REGISTER_COLUMNS.map((c) => c.header));
    expect(records).toHaveLength(register.rows.length + 1);
    const host = records.find((r) => r[0] === 'pennine-telecom') ?? [];
    const cell = (key: keyof SupplierRow) => host[REGISTER_COLUMNS.findIndex((c) => c.key === key)];
    expect(cell('notes')).toBe(row(register, 'pennine-telecom').notes);
    expect(cell('capabilities')).toContain(', ');
    expect(cell('exitCost')).toBe(
      String(Math.round(row(register, 'pennine-telecom').exitCost ?? 0)),
    );
    expect(cell('contractStart')).toBe('2023-04-01');
    expect(cell('serviceCritical')).toBe('yes');
    expect(registerCsv(register, { bom: false }).startsWith('Supplier id,')).toBe(true);
  });

  it('round-trips commas, quotes and line breaks', () => {
    const { register } = registerOf('light-mvno-on-enabler.yaml');
    const tricky = 'Smith & "Sons", Ltd\r\nline two\nline "three"';
    const edited = {
      ...register,
      rows: register.rows.map((r, i) => (i === 0 ? { ...r, name: tricky, notes: '"' } : r)),
    };
    const records = parseCsv(registerCsv(edited, { bom: false }));
    expect(records[1]?.[1]).toBe(tricky);
    expect(records[1]?.at(-1)).toBe('"');
    expect(records.every((r) => r.length === REGISTER_COLUMNS.length)).toBe(true);
  });

  it('keeps a negative amount a number and neutralises text that looks like one', () => {
    const { register } = registerOf('light-mvno-on-enabler.yaml');
    const edited = {
      ...register,
      rows: register.rows.map((r, i) =>
        i === 0 ? { ...r, monthlySpend: -1234, name: '-2+3' } : r,
      ),
    };
    const record = parseCsv(registerCsv(edited, { bom: false }))[1] ?? [];
    const at = (key: keyof SupplierRow) => REGISTER_COLUMNS.findIndex((c) => c.key === key);
    expect(record[at('monthlySpend')]).toBe('-1234');
    expect(record[at('name')]).toBe("'-2+3");
  });
});

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's load type wants a Node Buffer.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function allCells(workbook: ExcelJS.Workbook): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((r) => r.eachCell({ includeEmpty: false }, (cell) => cells.push(cell))),
  );
  return cells;
}

describe('supplier register as XLSX', () => {
  it('has a styled, frozen header with an autofilter, numbers, dates and no formulas', async () => {
    const { register } = registerOf('light-mvno-on-enabler.yaml');
    const workbook = await readBack(await registerXlsx(register, 'test'));
    const sheet = workbook.getWorksheet('Suppliers');
    if (sheet === undefined) throw new Error('no Suppliers sheet');
    expect(sheet.getRow(1).values).toEqual([undefined, ...REGISTER_COLUMNS.map((c) => c.header)]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeDefined();
    expect(sheet.rowCount).toBe(register.rows.length + 1);

    const column = (key: keyof SupplierRow) => REGISTER_COLUMNS.findIndex((c) => c.key === key) + 1;
    const hostRow = register.rows.findIndex((r) => r.id === 'pennine-telecom') + 2;
    const exitCell = sheet.getRow(hostRow).getCell(column('exitCost'));
    expect(exitCell.type).toBe(ExcelJS.ValueType.Number);
    expect(exitCell.value).toBe(Math.round(row(register, 'pennine-telecom').exitCost ?? 0));
    expect(exitCell.numFmt).toContain('GBP');
    const startCell = sheet.getRow(hostRow).getCell(column('contractStart'));
    expect(startCell.type).toBe(ExcelJS.ValueType.Date);
    expect((startCell.value as Date).toISOString().slice(0, 10)).toBe('2023-04-01');
    expect(sheet.getRow(hostRow).getCell(column('noticeMonths')).value).toBe(12);
    expect(sheet.getRow(hostRow).getCell(column('serviceCritical')).value).toBe('yes');
    for (const c of REGISTER_COLUMNS.keys())
      expect(sheet.getColumn(c + 1).width ?? 0).toBeGreaterThanOrEqual(8);

    const cells = allCells(workbook);
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(workbook.getWorksheet('Columns')?.getRow(2).getCell(1).value).toBe('Supplier id');
  });
});

describe.each(INJECTION_CORPUS)('%j in every text field', (attack) => {
  const hostile = hostileModel('light-mvno-on-enabler.yaml', attack);
  const register = supplierRegister(hostile.loaded.model, assessModel(hostile.loaded));
  const expected = FORMULA_START.test(attack) ? `'${attack}` : attack;

  it('reaches the register through names, group names and notes', () => {
    expect(hostile.fields).toContain('providers/0/name');
    expect(register.rows.every((r) => r.name === attack)).toBe(true);
    expect(register.rows.some((r) => r.groupName === attack)).toBe(true);
  });

  it('is neutralised in CSV, where no other cell could start a formula', () => {
    const cells = parseCsv(registerCsv(register, { bom: false })).flat();
    expect(cells.filter((c) => c === expected)).toHaveLength(
      register.rows.length +
        register.rows.filter((r) => r.groupName === attack).length +
        register.rows.filter((r) => r.notes === attack).length,
    );
    // Numbers may be negative; every other cell that could start a formula is quoted.
    const risky = cells.filter((c) => FORMULA_START.test(c) && !/^-?\d+(\.\d+)?$/.test(c));
    expect(risky).toEqual([]);
  });

  it('is a plain, neutralised string cell in XLSX, never a formula', async () => {
    const cells = allCells(await readBack(await registerXlsx(register, 'test')));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const strings = cells.filter((c) => c.type === ExcelJS.ValueType.String).map((c) => c.text);
    // XML turns a carriage return into a line feed on reading; the quote prefix is what counts.
    expect(strings).toContain(expected.replace(/\r/g, '\n'));
    expect(strings.filter((s) => FORMULA_START.test(s))).toEqual([]);
  });
});

describe('negative numbers', () => {
  it('stay numbers in XLSX', async () => {
    const { register } = registerOf('light-mvno-on-enabler.yaml');
    const edited = {
      ...register,
      rows: register.rows.map((r, i) => (i === 0 ? { ...r, monthlySpend: -1234 } : r)),
    };
    const workbook = await readBack(await registerXlsx(edited, 'test'));
    const column = REGISTER_COLUMNS.findIndex((c) => c.key === 'monthlySpend') + 1;
    const cell = workbook.getWorksheet('Suppliers')?.getRow(2).getCell(column);
    expect(cell?.type).toBe(ExcelJS.ValueType.Number);
    expect(cell?.value).toBe(-1234);
  });
});
