/**
 * `mvnoscope import register SHEET --into MODEL`: the supplier register, edited in a
 * spreadsheet, merged back into the model it came from. Only the cells that differ from the
 * model's own register are read, and each becomes an edit of the model field it states; what
 * the register does not hold (SIMs, integrations, cost structure, other contract terms,
 * comments) stays as it is, byte for byte (model-text.ts). Suppliers new in the sheet are
 * written as `import register` writes them (provenance, TODO lines); suppliers missing from it
 * are kept and listed. An edit the register cannot state unambiguously (the notice of one of
 * several contracts, a monthly spend made of cost lines) is refused at its cell.
 *
 * Pure: the adapter reads both files and writes the text.
 */
import { assessModel } from '../assessment.js';
import { exactMonthsBetween } from '../model/calendar.js';
import { CATALOGUE_IDS } from '../model/capability-catalogue.js';
import { ContractCalendar } from '../model/contract-calendar.js';
import { type Diagnostic, formatPath, type SourcePosition } from '../model/load/diagnostic.js';
import { DEFAULT_LIMITS, type LoadLimits } from '../model/load/limits.js';
import { type LoadSuccess, loadModel } from '../model/load/load-model.js';
import type { Contract, StackModel } from '../model/schema/model.js';
import { registerCsv } from '../report/register/register-csv.js';
import {
  REGISTER_COLUMNS,
  type SupplierRow,
  supplierRegister,
} from '../report/register/supplier-register.js';
import type { DraftEntry } from './draft-model.js';
import {
  capabilityOf,
  contractEntries,
  customCapabilities,
  dataEntries,
  flag,
  fourthParties,
  groupEntries,
  list,
  number,
  providerEntry,
  type Row,
  readRows,
  type SheetRows,
  STATED_COLUMNS,
  spendEntry,
  subcontractors,
  supplyOf,
} from './formats/register.js';
import { type RegisterTable, readCsv, readRegisterTable } from './formats/register-table.js';
import { IdAllocator } from './id-allocator.js';
import { ImportRefusal, refusal } from './import-refusal.js';
import { ModelText, ModelTextError } from './model-text.js';
import { baseName } from './source-graph.js';
import { listItemText } from './write-model.js';

export interface RegisterMergeRequest {
  readonly sheetFile: string;
  readonly sheetBytes: Uint8Array;
  readonly modelFile: string;
  readonly modelText: string;
  readonly limits?: Partial<LoadLimits>;
}

/** One cell of the sheet that changed the model. */
export interface RegisterChange {
  readonly supplier: string;
  readonly column: string;
  readonly position: SourcePosition;
  readonly from: string;
  readonly to: string;
}

export type RegisterMergeOutcome =
  | {
      readonly ok: true;
      readonly text: string;
      readonly changes: readonly RegisterChange[];
      /** Suppliers new in the sheet, written with provenance and TODO lines. */
      readonly added: readonly string[];
      /** Suppliers kept that the sheet no longer lists, cells not read, and the like. */
      readonly warnings: readonly Diagnostic[];
      /** The model was JSON and is now written as YAML. */
      readonly fromJson: boolean;
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export async function mergeRegister(request: RegisterMergeRequest): Promise<RegisterMergeOutcome> {
  const limits = { ...DEFAULT_LIMITS, ...request.limits };
  const loaded = loadModel(request.modelText, { file: request.modelFile, limits });
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
  try {
    const table = await readRegisterTable(request.sheetBytes, request.sheetFile, limits);
    const sheet = readRows(table, request.sheetFile);
    return new RegisterMerge(loaded, table, sheet, request, limits).run();
  } catch (error) {
    if (error instanceof ImportRefusal) return { ok: false, diagnostics: error.diagnostics };
    throw error;
  }
}

type Key = keyof SupplierRow;
type Patch = Record<string, unknown>;

const CONTRACT_KEYS: readonly Key[] = [
  'contractStart',
  'initialTermEnd',
  'autoRenewal',
  'noticeMonths',
  'securityTerms',
  'incidentNoticeHours',
  'dataReturn',
  'breakCost',
];

/** The stated columns plus the one computed column read back: the break cost is the fee in force. */
const READ_COLUMNS: readonly Key[] = [...STATED_COLUMNS, 'breakCost'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;
const headerOf = (key: Key) => REGISTER_COLUMNS.find((c) => c.key === key)?.header ?? key;
/** The model fields each column writes, for placing a problem of the merged model at its cell. */
const COLUMN_OF_FIELD: Readonly<Record<string, Key>> = {
  name: 'name',
  kind: 'kind',
  group: 'group',
  jurisdiction: 'jurisdiction',
  hosted_on: 'fourthParties',
  subcontractor_of: 'fourthParties',
  supplies: 'capabilities',
  high_risk: 'highRisk',
  management_access: 'managementAccess',
  last_assessed: 'lastAssessed',
  notes: 'notes',
  start: 'contractStart',
  term_months: 'initialTermEnd',
  notice_months: 'noticeMonths',
  auto_renewal: 'autoRenewal',
  security_requirements: 'securityTerms',
  incident_notice_hours: 'incidentNoticeHours',
  data_return: 'dataReturn',
  exit_fee: 'breakCost',
  renewal_exit_fee: 'breakCost',
  held_by: 'dataHeld',
};

class RegisterMerge {
  private readonly declared: StackModel;
  private readonly text: ModelText;
  private readonly sheetName: string;
  private readonly original: ReadonlyMap<string, Row>;
  private readonly providerIndex: ReadonlyMap<string, number>;
  private readonly knownCapabilities: Set<string>;
  /** Indexes read once, so that no row searches the whole model (no quadratic step). */
  private readonly contractIndex: ReadonlyMap<string, number>;
  private readonly contractsOf = new Map<string, number[]>();
  private readonly resolvedContracts: ReadonlyMap<string, Contract>;
  private readonly costLines = new Map<string, number>();
  private readonly groupIndex: ReadonlyMap<string, number>;
  private readonly sheetRows: ReadonlyMap<string, Row>;
  private readonly ids = new IdAllocator();
  private readonly contractPatches = new Map<number, Patch>();
  private readonly heldBy = new Map<string, string[]>();
  private readonly engagedBy = new Map<string, { engager: string | undefined; row: Row }>();
  private readonly groupNames = new Map<string, { name: string; row: Row }>();
  private readonly newGroups = new Map<string, DraftEntry>();
  private readonly newCapabilities: DraftEntry[] = [];
  private readonly newContracts: DraftEntry[] = [];
  private readonly newCosts: DraftEntry[] = [];
  private readonly changes: RegisterChange[] = [];
  private readonly warnings: Diagnostic[] = [];
  /** Cells already explained by a warning: the final check does not repeat them. */
  private readonly explained = new Set<string>();
  /** "section/id" → the sheet row that wrote or edited that entry. */
  private readonly rowOfEntry = new Map<string, Row>();

  constructor(
    private readonly loaded: LoadSuccess,
    private readonly table: RegisterTable,
    private readonly sheet: SheetRows,
    private readonly request: RegisterMergeRequest,
    private readonly limits: LoadLimits,
  ) {
    this.declared = loaded.declared;
    this.text = new ModelText(request.modelText);
    this.sheetName = baseName(request.sheetFile);
    this.original = registerRows(loaded);
    this.providerIndex = new Map(this.declared.providers.map((p, i) => [p.id, i]));
    this.knownCapabilities = new Set([
      ...CATALOGUE_IDS,
      ...(this.declared.capabilities ?? []).map((c) => c.id),
    ]);
    const contracts = this.declared.contracts ?? [];
    this.contractIndex = new Map(contracts.map((c, i) => [c.id, i]));
    contracts.forEach((c, i) => {
      this.contractsOf.set(c.provider, [...(this.contractsOf.get(c.provider) ?? []), i]);
    });
    this.resolvedContracts = new Map((loaded.model.contracts ?? []).map((c) => [c.id, c]));
    for (const cost of this.declared.costs ?? [])
      if (cost.provider !== undefined)
        this.costLines.set(cost.provider, (this.costLines.get(cost.provider) ?? 0) + 1);
    this.groupIndex = new Map((this.declared.groups ?? []).map((g, i) => [g.id, i]));
    this.sheetRows = new Map(sheet.rows.map((row) => [row.id ?? '', row]));
    for (const id of declaredIds(this.declared)) this.ids.reserve(id);
    for (const row of sheet.rows) this.ids.reserve(row.id ?? '');
    for (const data of loaded.model.data ?? []) this.heldBy.set(data.id, [...data.held_by]);
  }

  run(): RegisterMergeOutcome {
    this.refuseDuplicates();
    try {
      for (const row of this.sheet.rows)
        if (this.original.has(row.id ?? ''))
          this.mergeRow(row, this.original.get(row.id ?? '') as Row);
      this.checkComputedColumns();
      const added = this.addNewSuppliers();
      this.writePending();
      this.listMissingSuppliers();
      this.compareOperator();
      return this.finish(added);
    } catch (error) {
      if (error instanceof ModelTextError)
        return {
          ok: false,
          diagnostics: [
            {
              severity: 'error',
              code: 'register-merge-model-layout',
              message: error.message,
              file: this.request.modelFile,
              path: [],
              position: this.text.positionOf(error.offset),
            },
          ],
        };
      throw error;
    }
  }

  // ── existing suppliers ────────────────────────────────────────────────────────────────

  private mergeRow(row: Row, original: Row): void {
    const id = row.id ?? '';
    this.rowOfEntry.set(`providers/${id}`, row);
    const changed = READ_COLUMNS.filter((key) => this.differs(row, original, key));
    for (const key of changed) {
      this.changes.push({
        supplier: id,
        column: headerOf(key),
        position: this.at(row, key),
        from: original[key] ?? '',
        to: row[key] ?? '',
      });
      this.mergeCell(row, original, key);
    }
    const terms = changed.filter((key) => CONTRACT_KEYS.includes(key));
    if (terms.length > 0) this.mergeContractTerms(row, original, terms);
  }

  private differs(row: Row, original: Row, key: Key): boolean {
    if (this.sheet.columnOf(key) === 0) return false;
    const sheet = (row[key] ?? '').trim();
    const model = (original[key] ?? '').trim();
    if (key === 'dataHeld') return !sameSet(list(sheet), list(model));
    return sheet !== model;
  }

  private mergeCell(row: Row, original: Row, key: Key): void {
    const path = ['providers', this.providerIndex.get(row.id ?? '') as number];
    const value = (row[key] ?? '').trim();
    switch (key) {
      case 'name':
      case 'kind':
        if (value === '') this.refuse(row, key, `a supplier needs a ${key}`);
        this.text.set([...path, key], value);
        return;
      case 'jurisdiction':
      case 'notes':
        this.setOrRemove([...path, key], value);
        return;
      case 'lastAssessed':
        if (value !== '' && !DATE.test(value))
          this.refuse(row, key, `"${value}" is not a date`, 'YYYY-MM-DD');
        this.setOrRemove([...path, 'last_assessed'], value);
        return;
      case 'highRisk':
      case 'managementAccess': {
        const field = key === 'highRisk' ? 'high_risk' : 'management_access';
        if (this.flagOf(row, key)) this.text.set([...path, field], true);
        else this.text.remove([...path, field]);
        return;
      }
      case 'group':
        this.mergeGroup(row, path);
        return;
      case 'groupName':
        this.mergeGroupName(row, original);
        return;
      case 'capabilities':
        this.mergeSupplies(row, path);
        return;
      case 'fourthParties':
        this.mergeFourthParties(row, original, path);
        return;
      case 'contracts':
        this.mergeContractList(row, original);
        return;
      case 'monthlySpend':
        this.mergeSpend(row, original);
        return;
      case 'dataHeld':
        this.mergeDataHeld(row, original);
        return;
      default:
        return; // contract terms: together, in mergeContractTerms
    }
  }

  private mergeGroup(row: Row, path: readonly (string | number)[]): void {
    const id = row.id ?? '';
    const group = (row.group ?? '').trim() || id;
    if (group === id) {
      this.text.remove([...path, 'group']);
      return;
    }
    if (!ID.test(group)) this.refuse(row, 'group', `"${group}" is not a group id`);
    this.text.set([...path, 'group'], group);
    this.declareGroup(group, row);
  }

  private mergeGroupName(row: Row, original: Row): void {
    const id = row.id ?? '';
    const group = (this.sheet.columnOf('group') === 0 ? original.group : row.group)?.trim() || id;
    const name = (row.groupName ?? '').trim();
    if (!this.groupIndex.has(group)) {
      if (group === id)
        this.refuse(row, 'groupName', `${id} is in no ownership group: give it one first`);
      this.declareGroup(group, row);
      return;
    }
    if (name === '') this.refuse(row, 'groupName', `the group ${group} needs a name`);
    const index = this.groupIndex.get(group) as number;
    if (this.declared.groups?.[index]?.name === name) return; // moved into a group, named as it is
    const earlier = this.groupNames.get(group);
    if (earlier !== undefined && earlier.name !== name)
      this.refuse(
        row,
        'groupName',
        `the group ${group} is named "${earlier.name}" on the row at line ${earlier.row.line}`,
      );
    this.groupNames.set(group, { name, row });
    this.rowOfEntry.set(`groups/${group}`, row);
  }

  private declareGroup(group: string, row: Row): void {
    this.rowOfEntry.set(`groups/${group}`, row);
    if (this.groupIndex.has(group) || this.newGroups.has(group)) return;
    for (const entry of groupEntries([{ ...row, group }], (r) => this.from(r)))
      this.newGroups.set(group, entry);
  }

  /** The supplies list as the sheet gives it; entries whose text is unchanged keep their text. */
  private mergeSupplies(row: Row, path: readonly (string | number)[]): void {
    const declared = this.declared.providers[path[1] as number]?.supplies ?? [];
    const texts = list(row.capabilities);
    const originalTexts = list(this.original.get(row.id ?? '')?.capabilities);
    const used = new Set<number>();
    const items = texts.map((text) => {
      const capability = capabilityOf(text);
      const k = declared.findIndex(
        (entry, i) => !used.has(i) && capabilityOfEntry(entry) === capability,
      );
      if (k >= 0) used.add(k);
      if (k >= 0 && originalTexts[k] === text) return { keep: k };
      this.needCapability(capability, row);
      const parsed = supplyOf(text);
      const base = k >= 0 ? declared[k] : undefined;
      const extra =
        typeof base === 'object' && base !== null
          ? Object.fromEntries(
              Object.entries(base).filter(([f]) => !['capability', 'share', 'standby'].includes(f)),
            )
          : {};
      if (Object.keys(extra).length === 0) return { value: parsed, replaces: k };
      return {
        replaces: k,
        value:
          typeof parsed === 'string'
            ? { capability, ...extra }
            : { ...(parsed as object), ...extra },
      };
    });
    if (items.length === 0) this.text.remove([...path, 'supplies']);
    else if (declared.length === 0)
      this.text.set(
        [...path, 'supplies'],
        items.map((item) => ('value' in item ? item.value : undefined)),
      );
    else this.text.replaceList([...path, 'supplies'], items);
  }

  private needCapability(capability: string, row: Row): void {
    if (this.knownCapabilities.has(capability)) return;
    this.knownCapabilities.add(capability);
    const only = { ...row, capabilities: capability };
    this.newCapabilities.push(...customCapabilities([only], (r) => this.from(r)));
  }

  private mergeFourthParties(row: Row, original: Row, path: readonly (string | number)[]): void {
    const text = (row.fourthParties ?? '').trim();
    for (const part of text.split(';').map((p) => p.trim()))
      if (part !== '' && !part.startsWith('runs on ') && !part.startsWith('subcontracts '))
        this.refuse(row, 'fourthParties', `"${part}" is neither "runs on …" nor "subcontracts …"`);
    const hosts = fourthParties(row, 'runs on ') ?? [];
    if (!sameList(hosts, fourthParties(original, 'runs on ') ?? [])) {
      if (hosts.length === 0) this.text.remove([...path, 'hosted_on']);
      else this.text.set([...path, 'hosted_on'], hosts);
    }
    const engaged = fourthParties(row, 'subcontracts ') ?? [];
    const before = fourthParties(original, 'subcontracts ') ?? [];
    for (const sub of engaged.filter((s) => !before.includes(s))) this.engage(sub, row.id, row);
    for (const sub of before.filter((s) => !engaged.includes(s))) this.engage(sub, undefined, row);
  }

  private engage(sub: string, engager: string | undefined, row: Row): void {
    const earlier = this.engagedBy.get(sub);
    if (earlier !== undefined && earlier.engager !== undefined && engager !== undefined)
      this.refuse(
        row,
        'fourthParties',
        `${sub} is already a subcontractor of ${earlier.engager} (row at line ${earlier.row.line})`,
      );
    if (earlier?.engager !== undefined && engager === undefined) return;
    this.engagedBy.set(sub, { engager, row });
  }

  private mergeContractList(row: Row, original: Row): void {
    const ids = list(row.contracts);
    const before = list(original.contracts);
    const added = ids.filter((c) => !before.includes(c));
    for (const contract of added) {
      this.refuseTakenContract(row, contract);
      if (!ID.test(contract)) this.refuse(row, 'contracts', `"${contract}" is not a contract id`);
    }
    for (const contract of added) this.rowOfEntry.set(`contracts/${contract}`, row);
    if (added.length > 0)
      this.newContracts.push(
        ...contractEntries({ ...row, contracts: added.join(', ') }, this.from(row)),
      );
    for (const contract of before.filter((c) => !ids.includes(c)))
      this.warn(
        row,
        'contracts',
        `the contract ${contract} is not listed for ${row.id}: it stays in the model (remove it there if it has ended)`,
      );
  }

  /** The register's contract columns state one contract's terms, or every contract's flags. */
  private mergeContractTerms(row: Row, original: Row, keys: readonly Key[]): void {
    const id = row.id ?? '';
    const own = this.contractsOf.get(id) ?? [];
    if (own.length === 0) {
      if (list(row.contracts).length > 0) return; // the new contracts carry the row's terms
      this.refuse(row, keys[0] as Key, `${id} has no contract: name one in the Contracts column`);
    }
    if (own.length > 1) {
      this.mergeSeveralContracts(row, own, keys);
      return;
    }
    const index = own[0] as number;
    this.rowOfEntry.set(`contracts/${this.declared.contracts?.[index]?.id}`, row);
    const patch: Patch = { ...this.contractPatches.get(index) };
    const contract = this.resolvedContract(index);
    if (keys.includes('contractStart') || keys.includes('initialTermEnd')) {
      const cell = (key: Key) =>
        (this.sheet.columnOf(key) === 0 ? original[key] : row[key])?.trim() ?? '';
      const start = cell('contractStart');
      const end = cell('initialTermEnd');
      if (!DATE.test(start))
        this.refuse(row, 'contractStart', `"${start}" is not a date`, 'YYYY-MM-DD');
      if (end !== '' && !DATE.test(end))
        this.refuse(row, 'initialTermEnd', `"${end}" is not a date`, 'YYYY-MM-DD');
      const term = end === '' ? 0 : exactMonthsBetween(start, end);
      if (term === undefined || (end !== '' && term === 0))
        this.refuse(
          row,
          'initialTermEnd',
          `${end} is not a whole number of months after the start ${start}`,
        );
      if (start !== contract.start) patch.start = start;
      if (term !== contract.term_months) patch.term_months = term;
    }
    const numberField = (key: Key, field: string) => {
      if (!keys.includes(key)) return;
      const text = (row[key] ?? '').trim();
      const value = number(text);
      if (value !== undefined && (!Number.isInteger(value) || value < 0))
        this.refuse(row, key, `"${text}" is not a whole number`);
      patch[field] = value;
    };
    numberField('noticeMonths', 'notice_months');
    numberField('incidentNoticeHours', 'incident_notice_hours');
    const flagField = (key: Key, field: string) => {
      if (!keys.includes(key)) return;
      patch[field] = (row[key] ?? '').trim() === '' ? undefined : this.flagOf(row, key);
    };
    flagField('autoRenewal', 'auto_renewal');
    flagField('securityTerms', 'security_requirements');
    flagField('dataReturn', 'data_return');
    if (keys.includes('breakCost')) this.mergeBreakCost(row, contract, patch);
    this.contractPatches.set(index, patch);
  }

  /**
   * The break cost today is computed: the fee of the term in force when notice served today
   * runs out. An edited break cost sets that fee (exit_fee in the initial term, the renewal
   * fee in a renewal term when the contract states one), in the contract's currency.
   */
  private mergeBreakCost(row: Row, contract: Contract, patch: Patch): void {
    const text = (row.breakCost ?? '').trim();
    const value = number(text);
    if (value === undefined || Number.isNaN(value) || value < 0)
      this.refuse(row, 'breakCost', `"${text}" is not an amount`, 'a number, 0 or more');
    const terms = withPatch(contract, patch);
    const cost = new ContractCalendar(terms, this.loaded.model.operator.as_of).breakCost(0);
    if (cost.remaining <= 0)
      this.refuse(
        row,
        'breakCost',
        `${contract.id} ends at a term end on notice served today: no fee applies (change the notice or the term instead)`,
      );
    const field =
      cost.term.kind !== 'initial' && terms.renewal_exit_fee !== undefined
        ? 'renewal_exit_fee'
        : 'exit_fee';
    patch[field] = Math.round(((value as number) / rateOf(contract, this.loaded)) * 100) / 100;
  }

  private mergeSeveralContracts(row: Row, own: readonly number[], keys: readonly Key[]): void {
    const all = (field: string, value: boolean) => {
      for (const index of own)
        this.contractPatches.set(index, { ...this.contractPatches.get(index), [field]: value });
    };
    const ids = own.map((i) => this.declared.contracts?.[i]?.id).join(', ');
    for (const key of keys) {
      const value = (row[key] ?? '').trim();
      if (key === 'securityTerms' && value === 'yes') all('security_requirements', true);
      else if (key === 'dataReturn' && value === 'yes') all('data_return', true);
      else if (key === 'autoRenewal' && value === 'no') all('auto_renewal', false);
      else
        this.refuse(
          row,
          key,
          `${row.id} has ${own.length} contracts (${ids}) and the register shows them together: change the one you mean in the model`,
        );
    }
  }

  private mergeSpend(row: Row, original: Row): void {
    const text = (row.monthlySpend ?? '').trim();
    const spend = number(text) ?? 0;
    if (Number.isNaN(spend) || spend < 0)
      this.refuse(row, 'monthlySpend', `"${text}" is not an amount`);
    const lines = this.costLines.get(row.id ?? '') ?? 0;
    if (lines === 0 && (number(original.monthlySpend) ?? 0) === 0 && spend > 0) {
      this.newCosts.push(...spendEntry(row, this.ids, this.from(row)));
      return;
    }
    this.refuse(
      row,
      'monthlySpend',
      `the monthly spend of ${row.id} is what its ${lines} cost line${lines === 1 ? '' : 's'} add up to: change them in the model (costs)`,
    );
  }

  private mergeDataHeld(row: Row, original: Row): void {
    const id = row.id ?? '';
    const now = list(row.dataHeld);
    const before = list(original.dataHeld);
    for (const data of now.filter((d) => !before.includes(d))) {
      if (!ID.test(data)) this.refuse(row, 'dataHeld', `"${data}" is not a data class id`);
      this.heldBy.set(data, [...(this.heldBy.get(data) ?? []), id]);
    }
    for (const data of before.filter((d) => !now.includes(d)))
      this.heldBy.set(
        data,
        (this.heldBy.get(data) ?? []).filter((holder) => holder !== id),
      );
  }

  // ── new suppliers ─────────────────────────────────────────────────────────────────────

  /** Rows the model has no supplier for, written after the row above them in the sheet. */
  private addNewSuppliers(): string[] {
    const fresh = this.sheet.rows.filter((row) => !this.original.has(row.id ?? ''));
    if (fresh.length === 0) return [];
    const engagers = subcontractors(this.sheet.rows);
    const texts = new Map<number, string[]>();
    let anchor = -1;
    for (const row of this.sheet.rows) {
      const known = this.providerIndex.get(row.id ?? '');
      if (known !== undefined) {
        anchor = known;
        continue;
      }
      this.rowOfEntry.set(`providers/${row.id}`, row);
      const entry = providerEntry(row, engagers, this.from(row));
      for (const contract of list(row.contracts)) {
        this.refuseTakenContract(row, contract);
      }
      for (const capability of list(row.capabilities).map(capabilityOf))
        this.needCapability(capability, row);
      for (const data of list(row.dataHeld))
        this.heldBy.set(data, [...(this.heldBy.get(data) ?? []), row.id ?? '']);
      const group = entry.value.group;
      if (typeof group === 'string') this.declareGroup(group, row);
      for (const contract of list(row.contracts)) this.rowOfEntry.set(`contracts/${contract}`, row);
      this.newContracts.push(...contractEntries(row, this.from(row)));
      this.newCosts.push(...spendEntry(row, this.ids, this.from(row)));
      texts.set(anchor, [...(texts.get(anchor) ?? []), listItemText(entry)]);
    }
    for (const [after, items] of texts) this.text.insertItems(['providers'], after, items);
    return fresh.map((row) => row.id ?? '');
  }

  // ── writing what several rows decide ──────────────────────────────────────────────────

  private writePending(): void {
    for (const [sub, { engager, row }] of this.engagedBy) {
      const index = this.providerIndex.get(sub);
      if (index === undefined) {
        if (engager !== undefined && !this.sheetRows.has(sub))
          this.refuse(row, 'fourthParties', `${sub} is not a supplier of the model or the sheet`);
        continue; // a new supplier: its entry already names its engager
      }
      if (engager === undefined) {
        if (this.declared.providers[index]?.subcontractor_of === row.id)
          this.text.remove(['providers', index, 'subcontractor_of']);
      } else this.text.set(['providers', index, 'subcontractor_of'], engager);
    }
    for (const [group, { name }] of this.groupNames)
      this.text.set(['groups', this.groupIndex.get(group) as number, 'name'], name);
    for (const [index, patch] of this.contractPatches)
      for (const [field, value] of Object.entries(patch))
        if (value === undefined) this.text.remove(['contracts', index, field]);
        else this.text.set(['contracts', index, field], value);
    this.writeDataHeld();
    this.text.appendToSection('groups', [...this.newGroups.values()].map(listItemText));
    this.text.appendToSection('capabilities', this.newCapabilities.map(listItemText));
    this.text.appendToSection('contracts', this.newContracts.map(listItemText));
    this.text.appendToSection('costs', this.newCosts.map(listItemText));
  }

  private writeDataHeld(): void {
    const declared = this.declared.data ?? [];
    for (const [index, data] of declared.entries()) {
      const now = this.heldBy.get(data.id) ?? [];
      const before = this.loaded.model.data?.[index]?.held_by ?? [];
      if (sameList(now, before)) continue;
      if (now.length === 0 || before.length === 0) this.text.set(['data', index, 'held_by'], now);
      else
        this.text.replaceList(
          ['data', index, 'held_by'],
          now.map((holder) =>
            before.includes(holder) ? { keep: before.indexOf(holder) } : { value: holder },
          ),
        );
    }
    const known = new Set(declared.map((d) => d.id));
    const fresh = [...this.heldBy.keys()].filter((id) => !known.has(id));
    if (fresh.length === 0) return;
    const holders = fresh.flatMap((data) =>
      (this.heldBy.get(data) ?? []).map((holder) => ({ id: holder, dataHeld: data, line: 0 })),
    );
    const rowOf = (id: string) => this.sheetRows.get(id);
    const entries = dataEntries(holders, this.sheetName).map((entry) => ({
      ...entry,
      from: `${this.sheetName} Data held (${(entry.value.held_by as string[])
        .map((h) => `line ${rowOf(h)?.line}`)
        .join(', ')})`,
    }));
    this.text.appendToSection('data', entries.map(listItemText));
  }

  // ── what is reported, not merged ──────────────────────────────────────────────────────

  private listMissingSuppliers(): void {
    const listed = new Set(this.sheet.rows.map((row) => row.id));
    this.declared.providers.forEach((provider, i) => {
      if (listed.has(provider.id)) return;
      this.warnings.push({
        severity: 'warning',
        code: 'register-supplier-missing',
        message: `the supplier ${provider.id} is in the model but not in ${this.sheetName}: kept as it is (remove it from the model if it is gone)`,
        file: this.request.modelFile,
        path: ['providers', i],
        position: this.loaded.sourceMap.spanOf(['providers', i]).start,
      });
    });
  }

  /** Computed columns are recomputed: a cell edited there is named, not read. */
  private checkComputedColumns(): void {
    for (const column of REGISTER_COLUMNS) {
      if (READ_COLUMNS.includes(column.key) || this.sheet.columnOf(column.key) === 0) continue;
      const rows = this.sheet.rows.filter((row) => {
        const original = this.original.get(row.id ?? '');
        return original !== undefined && this.differs(row, original, column.key);
      });
      const first = rows[0];
      if (first === undefined) continue;
      for (const row of rows) this.explained.add(`${row.line}:${column.key}`);
      this.warnings.push({
        severity: 'warning',
        code: 'register-computed-column',
        message: `"${column.header}" is computed, not read: it differs from the model's in ${rows.length} row${rows.length === 1 ? '' : 's'} (line${rows.length === 1 ? '' : 's'} ${rows.map((r) => r.line).join(', ')}), and the merged model recomputes it`,
        file: this.request.sheetFile,
        path: [],
        position: this.at(first, column.key),
      });
    }
  }

  /** The workbook's operator, as-of date and currency are the model's; a difference is named. */
  private compareOperator(): void {
    const operator = this.loaded.model.operator;
    const facts = [
      ['Operator', this.table.operator, operator.name],
      ['As of', this.table.asOf, operator.as_of],
      ['Currency', this.table.currency, operator.currency],
    ] as const;
    for (const [fact, sheet, model] of facts)
      if (sheet !== undefined && sheet !== model)
        this.warnings.push({
          severity: 'warning',
          code: 'register-operator-differs',
          message: `the workbook's "${fact}" is ${sheet}, the model's ${model}: the model's is kept`,
          file: this.request.sheetFile,
          path: [],
          position: { line: 1, column: 1 },
        });
  }

  /**
   * The merged model must load, and its register must read as the sheet does: any cell that
   * does not (an edit the model's other facts override) is named at its place.
   */
  private finish(added: readonly string[]): RegisterMergeOutcome {
    const text = this.text.toString();
    const merged = loadModel(text, { file: this.request.modelFile, limits: this.limits });
    if (!merged.ok) return { ok: false, diagnostics: this.placed(merged.diagnostics, text) };
    const back = registerRows(merged);
    for (const row of this.sheet.rows) {
      const result = back.get(row.id ?? '') as Row;
      for (const key of STATED_COLUMNS) {
        if (!this.differs(row, result, key) || this.explained.has(`${row.line}:${key}`)) continue;
        this.warn(
          row,
          key,
          `the merged model's register reads "${result[key] ?? ''}" here, not "${row[key] ?? ''}"`,
        );
      }
    }
    return {
      ok: true,
      text,
      changes: this.changes,
      added,
      warnings: this.warnings,
      fromJson: this.text.fromJson,
    };
  }

  /** Problems of the merged model, at the sheet cell that wrote the entry where possible. */
  private placed(diagnostics: readonly Diagnostic[], text: string): Diagnostic[] {
    const merged = new ModelText(text).values() as Record<string, { id?: unknown }[] | undefined>;
    return diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => {
        const [section, index, field] = d.path;
        const id = merged[String(section)]?.[Number(index)]?.id;
        const row =
          typeof id === 'string' ? this.rowOfEntry.get(`${String(section)}/${id}`) : undefined;
        const where = `the merged model's ${formatPath(d.path)}`;
        if (row === undefined)
          return {
            ...d,
            message: `${d.message} (${where})`,
            file: `${this.request.modelFile} merged`,
          };
        const key = section === 'groups' ? 'groupName' : (COLUMN_OF_FIELD[String(field)] ?? 'id');
        return {
          ...d,
          message: `${headerOf(key)}: ${d.message} (${where})`,
          file: this.request.sheetFile,
          path: [],
          position: this.at(row, key),
        };
      });
  }

  // ── small readers ─────────────────────────────────────────────────────────────────────

  private refuseDuplicates(): void {
    const seen = new Map<string, Row>();
    for (const row of this.sheet.rows) {
      const earlier = seen.get(row.id ?? '');
      if (earlier !== undefined)
        this.refuse(
          row,
          'id',
          `${row.id} is listed twice (also on the row at line ${earlier.line})`,
        );
      seen.set(row.id ?? '', row);
    }
  }

  private refuseTakenContract(row: Row, contract: string): void {
    const index = this.contractIndex.get(contract);
    const owner = index === undefined ? undefined : this.declared.contracts?.[index]?.provider;
    if (owner !== undefined && owner !== row.id)
      this.refuse(row, 'contracts', `the contract ${contract} is ${owner}'s in the model`);
  }

  private resolvedContract(index: number): Contract {
    return this.resolvedContracts.get(this.declared.contracts?.[index]?.id ?? '') as Contract;
  }

  private flagOf(row: Row, key: Key): boolean {
    const value = flag((row[key] ?? '').trim());
    if (value === undefined)
      this.refuse(row, key, `"${row[key] ?? ''}" is not yes or no`, 'yes or no');
    return value as boolean;
  }

  private setOrRemove(path: readonly (string | number)[], value: string): void {
    if (value === '') this.text.remove(path);
    else this.text.set(path, value);
  }

  private from(row: Row): string {
    return `${this.sheetName} row at line ${row.line} (supplier ${row.id})`;
  }

  private at(row: Row, key: Key): SourcePosition {
    return { line: row.line, column: Math.max(1, this.sheet.columnOf(key)) };
  }

  private refuse(row: Row, key: Key, message: string, expected?: string): never {
    throw refusal(this.request.sheetFile, this.at(row, key), message, {
      code: 'register-merge-refused',
      ...(expected === undefined ? {} : { expected }),
    });
  }

  private warn(row: Row, key: Key, message: string): void {
    this.explained.add(`${row.line}:${key}`);
    this.warnings.push({
      severity: 'warning',
      code: 'register-merge-cell',
      message: `${headerOf(key)}: ${message}`,
      file: this.request.sheetFile,
      path: [],
      position: this.at(row, key),
    });
  }
}

/** A model's register as the sheet's rows would read it: the same writer, the same reader. */
function registerRows(loaded: LoadSuccess): Map<string, Row> {
  const register = supplierRegister(loaded.model, assessModel(loaded));
  const { rows } = readRows(
    readCsv(registerCsv(register, { bom: false }), '<register>'),
    '<register>',
  );
  return new Map(rows.map((row) => [row.id ?? '', row]));
}

function declaredIds(model: StackModel): string[] {
  const sections = Object.values(model).filter(Array.isArray) as unknown[][];
  return sections.flatMap((entries) =>
    entries.flatMap((entry) => {
      const id = (entry as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? [id] : [];
    }),
  );
}

function capabilityOfEntry(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  return (entry as { capability?: string } | null)?.capability;
}

function withPatch(contract: Contract, patch: Patch): Contract {
  const merged: Record<string, unknown> = { ...contract, ...patch };
  for (const [field, value] of Object.entries(patch)) if (value === undefined) delete merged[field];
  return merged as Contract;
}

function rateOf(contract: Contract, loaded: LoadSuccess): number {
  const { operator } = loaded.model;
  if (contract.currency === undefined || contract.currency === operator.currency) return 1;
  return operator.fx_rates?.[contract.currency] ?? 1;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
