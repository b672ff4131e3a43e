/**
 * The supplier register back into a model: `mvnoscope register` → edit in a spreadsheet →
 * `mvnoscope import register`. The register's own columns are read by their headers; the
 * stated columns (who the supplier is, what it supplies, its group, fourth parties, contracts
 * and their terms, security facts, data held, monthly spend, notes) become model entries, and
 * the columns mvnoscope computes (exit cost, findings, single points of failure …) are not
 * read: they are what the imported model recomputes. A register carries no SIMs, no cost
 * structure beyond each supplier's monthly spend, and no per-contract detail where a supplier
 * has several contracts: those are TODOs.
 */

import { exactMonthsBetween } from '../../model/calendar.js';
import { CATALOGUE_IDS } from '../../model/capability-catalogue.js';
import { LAYERS } from '../../model/layers.js';
import { PROVIDER_KINDS } from '../../model/schema/providers.js';
import { REGISTER_COLUMNS, type SupplierRow } from '../../report/register/supplier-register.js';
import type { DraftEntry, DraftModel, Todo } from '../draft-model.js';
import { IdAllocator } from '../id-allocator.js';
import type { ImportFormat } from '../import-format.js';
import { refusal } from '../import-refusal.js';
import { operatorPlaceholder } from '../operator-placeholder.js';
import { baseName } from '../source-graph.js';
import { type RegisterTable, readRegisterTable, type TableRow } from './register-table.js';

/** The register columns read back into the model; every other column is recomputed. */
export const STATED_COLUMNS: readonly (keyof SupplierRow)[] = [
  'id',
  'name',
  'group',
  'groupName',
  'kind',
  'capabilities',
  'jurisdiction',
  'fourthParties',
  'contracts',
  'contractStart',
  'initialTermEnd',
  'autoRenewal',
  'noticeMonths',
  'securityTerms',
  'incidentNoticeHours',
  'dataReturn',
  'monthlySpend',
  'dataHeld',
  'highRisk',
  'managementAccess',
  'lastAssessed',
  'notes',
];

const REQUIRED: readonly (keyof SupplierRow)[] = ['id', 'name', 'kind'];
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

/** One sheet row: the cell text of each register column the sheet has, and the row's line. */
export type Row = Partial<Record<keyof SupplierRow, string>> & { readonly line: number };

/** The rows of a sheet, with the (1-based) column each register column stands in. */
export interface SheetRows {
  readonly rows: readonly Row[];
  /** 0 when the sheet has no such column. */
  readonly columnOf: (key: keyof SupplierRow) => number;
}

export const registerFormat: ImportFormat = {
  name: 'register',
  description:
    "the supplier register mvnoscope writes (CSV or XLSX), in the register's own columns",
  rules: { nodes: [], protocols: {} },
  async read({ file, bytes, limits }) {
    const table = await readRegisterTable(bytes, file, limits);
    const { rows } = readRows(table, file);
    return draftFrom(rows, table, file);
  },
};

/** Undoes the register's formula-injection guard: a quote that only protects a formula sign. */
export function unguard(text: string): string {
  return /^'(?:[\t\r]|\s*[=+\-@])/.test(text) ? text.slice(1) : text;
}

export function readRows(table: RegisterTable, file: string): SheetRows {
  const byHeader = new Map(REGISTER_COLUMNS.map((c) => [c.header, c.key]));
  const keys = table.header.cells.map((cell) => byHeader.get(unguard(cell).trim()));
  const columnOf = (key: keyof SupplierRow) => keys.indexOf(key) + 1;
  for (const required of REQUIRED) {
    if (!keys.includes(required)) {
      const header = REGISTER_COLUMNS.find((c) => c.key === required)?.header;
      throw refusal(
        file,
        { line: table.header.line, column: 1 },
        `the register has no "${header}" column`,
        {
          code: 'import-wrong-format',
          expected: 'the header row `mvnoscope register` writes',
        },
      );
    }
  }
  const rows = table.rows
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''))
    .map((row) => {
      const values: Record<string, string> = {};
      row.cells.forEach((cell, i) => {
        const key = keys[i];
        if (key !== undefined) values[key] = unguard(cell);
      });
      check(values, row, file, columnOf);
      return { ...values, line: row.line };
    });
  return { rows, columnOf };
}

function check(
  values: Record<string, string>,
  row: TableRow,
  file: string,
  columnOf: (key: keyof SupplierRow) => number,
): void {
  const at = (key: keyof SupplierRow) => ({ line: row.line, column: columnOf(key) });
  if (!ID.test(values.id ?? ''))
    throw refusal(file, at('id'), `"${values.id ?? ''}" is not a supplier id`, {
      code: 'import-invalid-source',
      expected: 'letters, digits, "-", "_" or "."',
    });
  if (!(PROVIDER_KINDS as readonly string[]).includes(values.kind ?? ''))
    throw refusal(file, at('kind'), `"${values.kind ?? ''}" is not a supplier type`, {
      code: 'import-invalid-source',
      expected: PROVIDER_KINDS.join(', '),
    });
}

export const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

export const flag = (text: string | undefined) =>
  text === 'yes' ? true : text === 'no' ? false : undefined;
export const number = (text: string | undefined) =>
  text === undefined || text.trim() === '' ? undefined : Number(text);

/** "messaging 90%", "esim_rsp (standby)", "billing". */
export function supplyOf(text: string): unknown {
  const standby = /^(\S+) \(standby\)$/.exec(text);
  if (standby) return { capability: standby[1], share: 0, standby: true };
  const share = /^(\S+) (\d+(?:\.\d+)?)%$/.exec(text);
  if (share) return { capability: share[1], share: `${share[2]}%` };
  return text;
}

export const capabilityOf = (text: string) => text.split(' ')[0] ?? text;

function draftFrom(rows: readonly Row[], table: RegisterTable, file: string): DraftModel {
  const ids = new IdAllocator();
  for (const row of rows) ids.reserve(row.id ?? '');
  const name = baseName(file);
  const from = (row: Row) => `${name} row at line ${row.line} (supplier ${row.id})`;
  const subcontractorOf = subcontractors(rows);
  const asOf = table.asOf ?? latestDate(rows);
  return {
    header: [
      `Imported by mvnoscope from ${name} (supplier register).`,
      'The computed columns (exit cost, substitutability, single points of failure, findings …) are not read: this model recomputes them.',
      'Lines starting "TODO" are facts the register does not hold: fill them in (mvnoscope validate lists each one).',
    ],
    operator: operatorOf(table, asOf, name),
    sections: {
      groups: groupEntries(rows, from),
      capabilities: customCapabilities(rows, from),
      providers: rows.map((row) => providerEntry(row, subcontractorOf, from(row))),
      contracts: rows.flatMap((row) => contractEntries(row, from(row))),
      data: dataEntries(rows, name),
      costs: rows.flatMap((row) => spendEntry(row, ids, from(row))),
    },
    sectionTodos: {
      sims: [
        {
          field: 'imsi_issuers, key_holders',
          reason: 'the register does not say who issues the IMSIs or holds Ki/OPc',
        },
      ],
    },
    unmapped: [],
    mapped: rows.length,
  };
}

/** "runs on a, b; subcontracts c": the part after one of the two prefixes. */
export function fourthParties(
  row: Row,
  prefix: 'runs on ' | 'subcontracts ',
): string[] | undefined {
  const part = (row.fourthParties ?? '')
    .split(';')
    .map((p) => p.trim())
    .find((p) => p.startsWith(prefix));
  return part === undefined ? undefined : list(part.slice(prefix.length));
}

/** Who engages each subcontractor: the register lists it on the engaging supplier's row. */
export function subcontractors(rows: readonly Row[]): Map<string, string> {
  const of = new Map<string, string>();
  for (const row of rows)
    for (const id of fourthParties(row, 'subcontracts ') ?? [])
      if (!of.has(id)) of.set(id, row.id ?? '');
  return of;
}

export function groupEntries(rows: readonly Row[], from: (row: Row) => string): DraftEntry[] {
  const groups = new Map<string, DraftEntry>();
  for (const row of rows) {
    const group = row.group;
    if (group === undefined || group === '' || group === row.id || groups.has(group)) continue;
    groups.set(group, {
      value: { id: group, name: row.groupName || group },
      from: `${from(row)}, its group`,
      ...(row.groupName
        ? {}
        : { placeholders: { name: 'the register names the group only by its id' } }),
    });
  }
  return [...groups.values()];
}

export function providerEntry(
  row: Row,
  subcontractorOf: ReadonlyMap<string, string>,
  from: string,
): DraftEntry {
  const id = row.id ?? '';
  const group =
    row.group !== undefined && row.group !== '' && row.group !== id ? row.group : undefined;
  const hosts = fourthParties(row, 'runs on ');
  const supplies = list(row.capabilities).map(supplyOf);
  return {
    value: {
      id,
      name: row.name ?? id,
      kind: row.kind,
      ...(row.jurisdiction ? { jurisdiction: row.jurisdiction } : {}),
      ...(group === undefined ? {} : { group }),
      ...(hosts === undefined ? {} : { hosted_on: hosts }),
      ...(subcontractorOf.has(id) ? { subcontractor_of: subcontractorOf.get(id) } : {}),
      ...(supplies.length === 0 ? {} : { supplies }),
      ...(flag(row.highRisk) === true ? { high_risk: true } : {}),
      ...(flag(row.managementAccess) === true ? { management_access: true } : {}),
      ...(row.lastAssessed ? { last_assessed: row.lastAssessed } : {}),
      ...(row.notes ? { notes: row.notes } : {}),
    },
    from,
    todos: row.jurisdiction
      ? []
      : [{ field: 'jurisdiction', reason: 'the register leaves it empty' }],
  };
}

/**
 * Capabilities outside the catalogue need an entry of their own: its layers are those the
 * register gives the suppliers carrying it, critical when "Critical for" names it.
 */
export function customCapabilities(rows: readonly Row[], from: (row: Row) => string): DraftEntry[] {
  const custom = new Map<string, { layers: Set<string>; critical: boolean; row: Row }>();
  for (const row of rows)
    for (const entry of list(row.capabilities).map(capabilityOf)) {
      if (CATALOGUE_IDS.includes(entry)) continue;
      const known = custom.get(entry) ?? { layers: new Set<string>(), critical: false, row };
      for (const layer of list(row.layers)) known.layers.add(layer);
      if (list(row.criticalFor).includes(entry)) known.critical = true;
      custom.set(entry, known);
    }
  return [...custom.entries()].map(([id, known]) => ({
    value: {
      id,
      name: id,
      layers: LAYERS.filter((layer) => known.layers.has(layer)),
      critical: known.critical,
    },
    from: `${from(known.row)}, Capabilities supplied`,
    placeholders: {
      name: 'the register names the capability only by its id',
      layers: "the register gives the supplier's layers, not this capability's own",
      critical: 'read from the register\'s "Critical for" column',
    },
  }));
}

/** The supplier's monthly spend as one fixed cost line (the register holds no finer split). */
export function spendEntry(row: Row, ids: IdAllocator, from: string): DraftEntry[] {
  const spend = number(row.monthlySpend);
  if (spend === undefined || spend <= 0) return [];
  const id = row.id ?? '';
  return [
    {
      value: {
        id: ids.allocate(`${id}-spend`),
        name: `${row.name ?? id}: monthly spend`,
        provider: id,
        driver: 'other',
        basis: 'fixed',
        monthly_amount: spend,
      },
      from: `${from}, Monthly spend`,
      placeholders: { driver: 'the register gives the amount, not the market price it moves with' },
      todos: [
        {
          field: 'basis',
          reason:
            'the register gives one monthly figure: split it into the real cost lines (usage, per subscriber, …)',
        },
      ],
    },
  ];
}

/** Data classes by the "Data held" column, in an order every row keeps. */
export function dataEntries(rows: readonly Row[], name: string): DraftEntry[] {
  const holders = new Map<string, string[]>();
  for (const row of rows)
    for (const data of list(row.dataHeld))
      holders.set(data, [...(holders.get(data) ?? []), row.id ?? '']);
  return dataOrder(rows).map((id) => ({
    value: {
      id,
      name: id,
      category: 'other',
      sensitivity: 'restricted',
      held_by: holders.get(id) ?? [],
    },
    from: `${name} Data held`,
    placeholders: {
      name: 'the register names the data class only by its id',
      category: 'the register does not say what kind of data this is',
      sensitivity: 'the register gives no sensitivity (placeholder: the highest)',
    },
  }));
}

export function contractEntries(row: Row, from: string): DraftEntry[] {
  const ids = list(row.contracts);
  if (ids.length === 0) return [];
  const start = row.contractStart ?? '';
  const end = row.initialTermEnd ?? '';
  const term = end === '' ? 0 : exactMonthsBetween(start, end);
  const todos: Todo[] = [
    {
      field: 'exit_fee',
      reason: `not a register column (its break cost today: ${row.breakCost || 'none'})`,
    },
    { field: 'renewal_term_months', reason: 'not a register column' },
  ];
  if (ids.length > 1)
    todos.push({
      field: 'start, term_months, notice_months',
      reason: `the register gives the ${ids.length} contracts of ${row.id} together: these are its earliest start, latest term end and longest notice`,
    });
  const placeholders: Record<string, string> = {};
  if (start === '') placeholders.start = 'the register gives no contract start';
  if (term === undefined)
    placeholders.term_months = `the initial term end ${end} is not a whole number of months after the start`;
  return ids.map((id) => ({
    value: {
      id,
      provider: row.id,
      start: start || '2026-01-01',
      term_months: term ?? 0,
      ...(number(row.noticeMonths) === undefined
        ? {}
        : { notice_months: number(row.noticeMonths) }),
      ...(flag(row.autoRenewal) === undefined ? {} : { auto_renewal: flag(row.autoRenewal) }),
      ...(flag(row.securityTerms) === undefined
        ? {}
        : { security_requirements: flag(row.securityTerms) }),
      ...(number(row.incidentNoticeHours) === undefined
        ? {}
        : { incident_notice_hours: number(row.incidentNoticeHours) }),
      ...(flag(row.dataReturn) === undefined ? {} : { data_return: flag(row.dataReturn) }),
    },
    from: `${from}, Contracts`,
    todos,
    placeholders,
  }));
}

/** The as-of placeholder for a CSV, which carries none: the latest date the register states. */
function latestDate(rows: readonly Row[]): string | undefined {
  const dates = rows.flatMap((row) =>
    [row.contractStart, row.lastAssessed].filter(
      (d): d is string => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d),
    ),
  );
  return dates.sort().at(-1);
}

/** The workbook states the operator, the as-of date and the currency; a CSV states none of them. */
function operatorOf(table: RegisterTable, asOf: string | undefined, name: string): DraftEntry {
  const entry = operatorPlaceholder(
    { name: table.operator, currency: table.currency, asOf },
    `${name} (document)`,
  );
  if (table.asOf !== undefined || asOf === undefined) return entry;
  return {
    ...entry,
    placeholders: {
      ...entry.placeholders,
      as_of: 'a CSV register carries no as-of date: the latest date it states',
    },
  };
}

/**
 * The data classes in an order every row's "Data held" list keeps: the register lists each
 * supplier's classes in the model's order, so any order that keeps all of them (a topological
 * order of "comes before", ties by first appearance) lists them back the same way.
 */
function dataOrder(rows: readonly Row[]): string[] {
  const lists = rows.map((row) => list(row.dataHeld));
  const seen = [...new Set(lists.flat())];
  const before = new Map(seen.map((id) => [id, new Set<string>()]));
  for (const held of lists)
    for (let i = 1; i < held.length; i++) before.get(held[i] as string)?.add(held[i - 1] as string);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < seen.length) {
    const next =
      seen.find(
        (id) => !placed.has(id) && [...(before.get(id) ?? [])].every((b) => placed.has(b)),
      ) ?? seen.find((id) => !placed.has(id)); // a cycle cannot come from one model; keep going if edited so
    if (next === undefined) break;
    order.push(next);
    placed.add(next);
  }
  return order;
}
