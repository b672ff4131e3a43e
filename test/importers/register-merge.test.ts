/**
 * `import register SHEET --into MODEL`: the register merged back into the model it came from.
 * Unedited, every shipped example comes back with the same register in every column (stated
 * and computed) and the same text; an edited sheet changes exactly the edited cells (and what
 * mvnoscope computes from them), nothing else; a supplier missing from the sheet is kept and
 * reported; edits the register cannot state unambiguously are refused at their cell.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { assessModel } from '../../src/assessment.js';
import { STATED_COLUMNS } from '../../src/importers/formats/register.js';
import { readCsv } from '../../src/importers/formats/register-table.js';
import { mergeRegister, type RegisterMergeOutcome } from '../../src/importers/register-merge.js';
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

const csvOf = (register: SupplierRegister) => registerCsv(register, { bom: false });

/** The register as cells, header first: what a person comparing the two files sees. */
function cellsOf(csv: string): string[][] {
  const table = readCsv(csv, 'register.csv');
  return [table.header, ...table.rows].map((row) => [...row.cells]);
}

function csvText(cells: readonly (readonly string[])[]): string {
  const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return `${cells.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

function column(header: string): number {
  const index = REGISTER_COLUMNS.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index;
}

async function merge(sheet: string | Uint8Array, model: string, file = 'suppliers.csv') {
  return mergeRegister({
    sheetFile: file,
    sheetBytes: typeof sheet === 'string' ? new TextEncoder().encode(sheet) : sheet,
    modelFile: 'model.yaml',
    modelText: model,
  });
}

function merged(outcome: RegisterMergeOutcome) {
  if (!outcome.ok)
    throw new Error(
      outcome.diagnostics
        .map((d) => `${d.file}:${d.position.line}:${d.position.column} ${d.message}`)
        .join('\n'),
    );
  return outcome;
}

describe.each(exampleFiles())('register of %s merged back into it', (example) => {
  const text = readExample(example);
  const original = registerOf(text);

  it.each(['csv', 'xlsx'] as const)('from %s: the same register in every column', async (kind) => {
    const bytes =
      kind === 'csv'
        ? new TextEncoder().encode(registerCsv(original))
        : await registerXlsx(original, 'mvnoscope test');
    const outcome = merged(await merge(bytes, text, `suppliers.${kind}`));
    const back = registerOf(outcome.text);
    expect(csvOf(back)).toBe(csvOf(original));
    expect([back.operator, back.asOf, back.currency]).toEqual([
      original.operator,
      original.asOf,
      original.currency,
    ]);
    // Nothing to merge: the model's text is kept byte for byte.
    expect(outcome.text).toBe(text);
    expect(outcome.changes).toEqual([]);
    expect(outcome.added).toEqual([]);
    expect(outcome.warnings).toEqual([]);
  });
});

describe('an edited register merged into light-mvno-on-enabler', () => {
  const text = readExample('light-mvno-on-enabler.yaml');
  const original = registerOf(text);
  const cells = cellsOf(csvOf(original));
  const rowOf = (id: string) => cells.findIndex((row) => row[0] === id);

  /** Notice 12 → 9 months for the host, the MVNE's exit fee 420,000 → 500,000, a new supplier. */
  function edited(): string[][] {
    const sheet = cells.map((row) => [...row]);
    (sheet[rowOf('pennine-telecom')] as string[])[column('Notice period (months)')] = '9';
    (sheet[rowOf('lattice-mvne')] as string[])[column('Break cost today')] = '500000';
    const added = REGISTER_COLUMNS.map(() => '');
    const set = (header: string, value: string) => {
      added[column(header)] = value;
    };
    set('Supplier id', 'quill-kyc');
    set('Supplier name', 'Quill Identity Checks');
    set('Ownership group', 'quill-kyc');
    set('Supplier type', 'saas');
    set('Capabilities supplied', 'identity_checks');
    set('Layers', 'edge_control');
    set('Jurisdiction', 'GB');
    set('Contracts', 'quill-kyc-services');
    set('Contract start', '2026-01-01');
    set('Initial term end', '2027-01-01');
    set('Auto-renewal', 'yes');
    set('Notice period (months)', '3');
    set('Security requirements in contract', 'yes');
    set('Incident notice (hours)', '24');
    set('Data return at exit', 'yes');
    set('Monthly spend', '2500');
    set('Data held', 'subscriber-identity');
    set('High-risk supplier', 'no');
    set('Management access', 'no');
    set('Notes', 'Identity checks at sign-up.');
    sheet.splice(rowOf('stratus-cloud'), 0, added);
    return sheet;
  }

  it('changes exactly the edited cells, and the new supplier comes in after the row above it', async () => {
    const sheet = edited();
    const outcome = merged(await merge(csvText(sheet), text));
    expect(outcome.added).toEqual(['quill-kyc']);
    expect(outcome.changes.map((c) => [c.supplier, c.column, c.from, c.to])).toEqual([
      ['pennine-telecom', 'Notice period (months)', '12', '9'],
      ['lattice-mvne', 'Break cost today', '420000', '500000'],
    ]);
    expect(outcome.warnings).toEqual([]);
    const back = cellsOf(csvOf(registerOf(outcome.text)));
    expect(back.map((row) => row[0])).toEqual(sheet.map((row) => row[0]));
    const stated = REGISTER_COLUMNS.flatMap((c, i) =>
      [
        'relationship',
        'breakCost',
        'termInForce',
        'nextRenewal',
        'nextExit',
        'noticeBy',
        'exitCost',
        'exitMonths',
        'exitCostAtHorizon',
        'pointOfNoReturn',
        'substitutability',
        'layers',
        'dataReachable',
        'serviceCritical',
        'criticalFor',
        'singlePointOfFailure',
        'failurePath',
        'openFindings',
        'highestSeverity',
        'findingIds',
      ].includes(c.key)
        ? []
        : [i],
    );
    // Every stated cell (and the break cost) reads as the sheet does, the new row's too.
    back.forEach((row, r) => {
      for (const i of stated) expect([row[0], row[i]]).toEqual([sheet[r]?.[0], sheet[r]?.[i]]);
    });
    // Rows not edited are the original's in every column, computed ones included.
    for (const row of back) {
      if (['pennine-telecom', 'lattice-mvne', 'quill-kyc'].includes(row[0] ?? '')) continue;
      expect(row).toEqual(cells[rowOf(row[0] ?? '')]);
    }
    expect(back.find((row) => row[0] === 'lattice-mvne')?.[column('Break cost today')]).toBe(
      '500000',
    );
    // The MVNE's break cost moved its exit cost by the same 80,000; its other figures stand.
    const mvne = back[back.findIndex((row) => row[0] === 'lattice-mvne')] as string[];
    const before = cells[rowOf('lattice-mvne')] as string[];
    const exit = column('Exit cost today');
    expect(Number(mvne[exit]) - Number(before[exit])).toBe(80000);
    expect(mvne[column('Exit time (months)')]).toBe(before[column('Exit time (months)')]);
  });

  it('edits only the lines of the edited facts, and adds the new supplier with provenance and TODOs', async () => {
    const outcome = merged(await merge(csvText(edited()), text));
    // The inserted entries (provider, contract, cost line, capability) start with their
    // provenance comment and run to the next entry or section.
    const lines = outcome.text.split('\n');
    const inserted: string[] = [];
    const kept: string[] = [];
    let inside = false;
    let opening = false;
    for (const line of lines) {
      const starts = /^ {2}# from suppliers\.csv row at line 6 /.test(line);
      const ends = /^ {2}(- |# )/.test(line) || /^\S/.test(line) || line === '';
      if (starts) inside = true;
      else if (inside && ends && !opening) inside = false;
      opening = starts;
      (inside ? inserted : kept).push(line);
    }
    const expected = text
      .replace('    notice_months: 12\n', '    notice_months: 9\n')
      .replace('    exit_fee: 420000\n', '    exit_fee: 500000\n')
      .replace(
        '        signalbridge,\n      ]',
        '        signalbridge,\n        quill-kyc,\n      ]',
      );
    expect(kept.join('\n')).toBe(expected);
    expect(inserted.filter((line) => line.startsWith('  # from'))).toEqual([
      '  # from suppliers.csv row at line 6 (supplier quill-kyc), Capabilities supplied',
      '  # from suppliers.csv row at line 6 (supplier quill-kyc)',
      '  # from suppliers.csv row at line 6 (supplier quill-kyc), Contracts',
      '  # from suppliers.csv row at line 6 (supplier quill-kyc), Monthly spend',
    ]);
    const provider = outcome.text.indexOf('  - id: quill-kyc\n');
    expect(provider).toBeGreaterThan(outcome.text.indexOf('  - id: corvid-cards\n'));
    expect(provider).toBeLessThan(outcome.text.indexOf('  - id: stratus-cloud\n'));
    expect(outcome.text).toMatch(/# TODO exit_fee: not a register column/);
    expect(outcome.text).toMatch(
      /- id: quill-kyc-spend\n\s+name: "Quill Identity Checks: monthly spend"/,
    );
  });

  it('reports a supplier missing from the sheet, at its line in the model, and keeps it', async () => {
    const sheet = cells.filter((row) => row[0] !== 'helix-crm');
    const outcome = merged(await merge(csvText(sheet), text));
    expect(outcome.text).toBe(text);
    expect(outcome.warnings).toHaveLength(1);
    const [warning] = outcome.warnings;
    expect(warning?.code).toBe('register-supplier-missing');
    expect(warning?.message).toContain('helix-crm is in the model but not in suppliers.csv: kept');
    const line = text.split('\n').indexOf('  - id: helix-crm') + 1;
    expect(warning?.position.line).toBe(line);
    expect(warning?.file).toBe('model.yaml');
  });

  it('reads groups, subcontractors, contracts, terms and spend, and reports what it cannot', async () => {
    const sheet = cells.map((row) => [...row]);
    const set = (id: string, header: string, value: string) => {
      (sheet[rowOf(id)] as string[])[column(header)] = value;
    };
    set('corvid-cards', 'Ownership group', 'corvid-group');
    set('corvid-cards', 'Group name', 'Corvid Holdings');
    set('corvid-cards', 'Contracts', 'corvid-direct');
    set('corvid-cards', 'Contract start', '2026-01-01');
    set('corvid-cards', 'Initial term end', '2028-01-01');
    set('corvid-cards', 'Auto-renewal', 'no');
    set('corvid-cards', 'Notice period (months)', '6');
    set('corvid-cards', 'Security requirements in contract', 'yes');
    set('corvid-cards', 'Incident notice (hours)', '48');
    set('corvid-cards', 'Data return at exit', 'yes');
    set('corvid-cards', 'Monthly spend', '1500');
    set('corvid-cards', 'Management access', 'yes');
    set('lattice-mvne', 'Fourth parties', 'runs on stratus-cloud; subcontracts corvid-cards');
    set('lattice-mvne', 'Group name', 'Lattice Group plc');
    set('lattice-esim', 'Initial term end', '2027-06-01');
    set('lattice-esim', 'Security requirements in contract', 'no');
    set('lattice-esim', 'Data return at exit', 'yes');
    set('stratus-cloud', 'Contracts', '');
    const outcome = merged(await merge(csvText(sheet), text));
    // The group has one name: the row that still shows the old one is named; the contract
    // dropped from the sheet is kept and named.
    expect(outcome.warnings.map((w) => [w.code, w.position])).toEqual([
      [
        'register-merge-cell',
        { line: rowOf('stratus-cloud') + 1, column: column('Contracts') + 1 },
      ],
      [
        'register-merge-cell',
        { line: rowOf('lattice-esim') + 1, column: column('Group name') + 1 },
      ],
    ]);
    const back = cellsOf(csvOf(registerOf(outcome.text)));
    const warned = new Set([
      `stratus-cloud/${column('Contracts')}`,
      `lattice-esim/${column('Group name')}`,
    ]);
    for (const key of STATED_COLUMNS) {
      const i = REGISTER_COLUMNS.findIndex((c) => c.key === key);
      for (const [r, row] of back.entries()) {
        const want = warned.has(`${row[0]}/${i}`) ? cells[r]?.[i] : sheet[r]?.[i];
        if (warned.has(`${row[0]}/${i}`) && row[0] === 'lattice-esim')
          expect(row[i]).toBe('Lattice Group plc');
        else expect([row[0], key, row[i]]).toEqual([row[0], key, want]);
      }
    }
    expect(outcome.text).toMatch(/- id: corvid-group\n\s+name: Corvid Holdings/);
    expect(outcome.text).toMatch(/- id: corvid-direct\n\s+provider: corvid-cards/);
    expect(outcome.text).toMatch(/- id: corvid-cards-spend\n/);
  });

  it('reads the other stated columns back into their fields', async () => {
    const sheet = cells.map((row) => [...row]);
    const helix = sheet[rowOf('helix-crm')] as string[];
    helix[column('Supplier name')] = 'Helix CRM Europe';
    helix[column('Jurisdiction')] = 'NL';
    helix[column('Capabilities supplied')] = 'crm_care, analytics_ai 25%';
    helix[column('Auto-renewal')] = 'no';
    helix[column('Incident notice (hours)')] = '12';
    helix[column('Last security assessment')] = '2026-06-30';
    helix[column('High-risk supplier')] = 'yes';
    helix[column('Notes')] = '';
    const tessera = sheet[rowOf('tessera-payments')] as string[];
    tessera[column('Fourth parties')] = 'runs on stratus-cloud';
    tessera[column('Data held')] = [tessera[column('Data held')], 'customer-profile']
      .filter((d) => d !== '')
      .join(', ');
    const outcome = merged(await merge(csvText(sheet), text));
    const back = cellsOf(csvOf(registerOf(outcome.text)));
    for (const id of ['helix-crm', 'tessera-payments']) {
      const row = back.find((r) => r[0] === id) as string[];
      const want = sheet[rowOf(id)] as string[];
      for (const c of REGISTER_COLUMNS.filter((c) =>
        [
          'name',
          'jurisdiction',
          'capabilities',
          'autoRenewal',
          'incidentNoticeHours',
          'lastAssessed',
          'highRisk',
          'notes',
          'fourthParties',
          'dataHeld',
        ].includes(c.key),
      ))
        expect([id, c.header, row[column(c.header)]]).toEqual([
          id,
          c.header,
          want[column(c.header)],
        ]);
    }
    // The unchanged supplies entry keeps its text; the edited one its end-of-line comment.
    expect(outcome.text).toContain(
      '      - crm_care\n      - { capability: analytics_ai, share: 25% } # Helix Assist care chatbot\n',
    );
    expect(outcome.warnings).toEqual([]);
  });
});

describe('an XLSX register edited in a spreadsheet', () => {
  it('reads typed numbers and dates like the CSV, and changes only those cells', async () => {
    const text = readExample('hybrid-cable-mvno.yaml');
    const original = registerOf(text);
    const workbook = new ExcelJS.Workbook();
    const written = await registerXlsx(original, 'mvnoscope test');
    await workbook.xlsx.load(
      written.buffer.slice(
        written.byteOffset,
        written.byteOffset + written.byteLength,
      ) as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Suppliers') as ExcelJS.Worksheet;
    const index = original.rows.findIndex((row) => row.noticeMonths === 24);
    const row = sheet.getRow(index + 2);
    row.getCell(column('Notice period (months)') + 1).value = 7;
    row.getCell(column('Last security assessment') + 1).value = new Date('2026-10-15T00:00:00Z');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const outcome = merged(await merge(bytes, text, 'suppliers.xlsx'));
    expect(outcome.changes.map((c) => [c.position, c.to])).toEqual([
      [{ line: index + 2, column: column('Notice period (months)') + 1 }, '7'],
      [{ line: index + 2, column: column('Last security assessment') + 1 }, '2026-10-15'],
    ]);
    expect(outcome.warnings).toEqual([]);
    const back = cellsOf(csvOf(registerOf(outcome.text)));
    const want = cellsOf(csvOf(original));
    const edited = want[index + 1] as string[];
    edited[column('Notice period (months)')] = '7';
    edited[column('Last security assessment')] = '2026-10-15';
    // Stated cells as typed; the notice also moves the dates computed from it on that row.
    for (const [r, cells] of back.entries()) if (r !== index + 1) expect(cells).toEqual(want[r]);
    for (const header of ['Notice period (months)', 'Last security assessment'])
      expect(back[index + 1]?.[column(header)]).toBe(edited[column(header)]);
  });
});

describe('what the merge reports rather than reads', () => {
  it('names a computed cell edited in the sheet, and changes nothing for it', async () => {
    const text = readExample('travel-esim-reseller.yaml');
    const cells = cellsOf(csvOf(registerOf(text)));
    (cells[2] as string[])[column('Exit cost today')] = '1';
    const outcome = merged(await merge(csvText(cells), text));
    expect(outcome.text).toBe(text);
    expect(outcome.warnings.map((w) => [w.code, w.position])).toEqual([
      ['register-computed-column', { line: 3, column: column('Exit cost today') + 1 }],
    ]);
  });

  it('merges into a JSON model and writes it as YAML', async () => {
    const text = readExample('travel-esim-reseller.yaml');
    const json = JSON.stringify(loadOk(text).declared, null, 2);
    const cells = cellsOf(csvOf(registerOf(json)));
    (cells[1] as string[])[column('Supplier name')] = 'Renamed';
    const outcome = merged(await merge(csvText(cells), json));
    expect(outcome.fromJson).toBe(true);
    const back = cellsOf(csvOf(registerOf(outcome.text)));
    expect(back).toEqual(cells);
  });
});

describe('import register --into refusals', () => {
  const text = readExample('full-mvno-switchable.yaml');
  const cells = cellsOf(csvOf(registerOf(text)));
  const rowOf = (id: string) => cells.findIndex((row) => row[0] === id);
  const edit = (id: string, header: string, value: string) => {
    const sheet = cells.map((row) => [...row]);
    (sheet[rowOf(id)] as string[])[column(header)] = value;
    return csvText(sheet);
  };
  const refused = async (sheet: string, model = text) => {
    const outcome = await merge(sheet, model);
    if (outcome.ok) throw new Error('expected a refusal');
    return outcome.diagnostics[0];
  };

  it('refuses a break cost where the contract ends freely, at its cell', async () => {
    const problem = await refused(edit('harrow-mno', 'Break cost today', '100000'));
    expect(problem?.position).toEqual({
      line: rowOf('harrow-mno') + 1,
      column: column('Break cost today') + 1,
    });
    expect(problem?.message).toContain('no fee applies');
  });

  it('refuses a monthly spend made of cost lines, and a notice that is not a number', async () => {
    const spend = await refused(edit('harrow-mno', 'Monthly spend', '1'));
    expect(spend?.message).toMatch(/what its \d+ cost lines? adds? up to|cost line/);
    expect(spend?.position.column).toBe(column('Monthly spend') + 1);
    const notice = await refused(edit('harrow-mno', 'Notice period (months)', 'six'));
    expect(notice?.message).toContain('"six" is not a whole number');
  });

  it('refuses a supplier listed twice, and an --into model that does not load', async () => {
    const twice = csvText([...cells, cells[rowOf('harrow-mno')] as string[]]);
    const duplicate = await refused(twice);
    expect(duplicate?.message).toContain('harrow-mno is listed twice');
    expect(duplicate?.position.line).toBe(cells.length + 1);
    const broken = await refused(csvText(cells), text.replace('kind: mno', 'kind: telco'));
    expect(broken?.file).toBe('model.yaml');
    expect(broken?.position.line).toBe(
      text.split('\n').findIndex((l) => l.includes('kind: mno')) + 1,
    );
  });

  it('refuses an aggregate term of a supplier with several contracts, naming them', async () => {
    const several = text.replace(
      /\ncontracts:\n/,
      '\ncontracts:\n  - id: harrow-extra\n    provider: harrow-mno\n    start: 2024-01-01\n    term_months: 24\n    notice_months: 3\n',
    );
    const sheet = cellsOf(csvOf(registerOf(several)));
    const row = sheet.findIndex((r) => r[0] === 'harrow-mno');
    (sheet[row] as string[])[column('Notice period (months)')] = '9';
    const problem = await refused(csvText(sheet), several);
    expect(problem?.message).toContain('harrow-mno has 2 contracts');
  });

  it('places a problem of the merged model at the sheet cell that caused it', async () => {
    const problem = await refused(edit('harrow-mno', 'Fourth parties', 'runs on nowhere-cloud'));
    expect(problem?.file).toBe('suppliers.csv');
    expect(problem?.position).toEqual({
      line: rowOf('harrow-mno') + 1,
      column: column('Fourth parties') + 1,
    });
  });
});
