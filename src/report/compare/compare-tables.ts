/**
 * What a comparison shows, as titled tables of plain text with a verdict per row: the one
 * place that decides the sections, columns and wording. The text, Markdown and HTML renderers
 * only put these tables into their syntax (and escape them there).
 */
import { POSITION_NAMES, type Position } from '../../analysis/scorecard/scorecard.js';
import type {
  Comparison,
  ComparisonSection,
  DateChange,
  FigureChange,
  Unit,
  Verdict,
} from '../../compare/compare-assessments.js';
import { OPERATOR_TYPE_NAMES, type OperatorType } from '../../model/classification.js';
import {
  availability,
  decimal,
  money,
  oneInYears,
  percent,
  percentagePoints,
  score,
  wholeNumber,
} from '../../text/index.js';

export type Align = 'left' | 'right';

export interface CompareRow {
  readonly cells: readonly string[];
  /** Better or worse for the operator, shown on the last cell; null where it goes without saying. */
  readonly verdict: Verdict | null;
}

export interface CompareTable {
  readonly id: string;
  readonly title: string;
  readonly headers: readonly string[];
  readonly align: readonly Align[];
  readonly rows: readonly CompareRow[];
  /** A sentence under the table (what is left out, how to read it). */
  readonly note?: string;
}

export interface CompareDocument {
  readonly title: string;
  /** Which model is A and which is B, and the balance of changes. */
  readonly lead: readonly string[];
  readonly tables: readonly CompareTable[];
}

export const VERDICT_WORDS: Record<Verdict, string> = {
  better: 'better',
  worse: 'worse',
  unchanged: 'unchanged',
  not_comparable: 'not comparable',
};

const SECTIONS: readonly { section: ComparisonSection; title: string }[] = [
  { section: 'classification', title: 'Classification' },
  { section: 'scorecard', title: 'Five-layer scorecard (0–100)' },
  { section: 'cross_cutting', title: 'AI amplification and security exposure (0–100)' },
  { section: 'failure', title: 'Failure' },
  { section: 'concentration', title: 'Concentration' },
  { section: 'costs', title: 'Costs' },
  { section: 'lockin', title: 'Lock-in, options and leverage (totals)' },
  { section: 'findings', title: 'Findings' },
];

const FIGURE_HEADERS = ['figure', 'A', 'B', 'change', 'verdict'];
const FIGURE_ALIGN: readonly Align[] = ['left', 'right', 'right', 'right', 'left'];

export function compareDocument(comparison: Comparison): CompareDocument {
  const { a, b, summary } = comparison;
  const currency = comparison.sameCurrency ? a.currency : undefined;
  const lead = [
    `A: ${a.label} — ${a.operator} (as of ${a.asOf}, ${a.currency})`,
    `B: ${b.label} — ${b.operator} (as of ${b.asOf}, ${b.currency})`,
    `From A to B: ${summary.better} figures better, ${summary.worse} worse, ${summary.unchanged} unchanged${summary.notComparable > 0 ? `, ${summary.notComparable} not comparable` : ''}; ${summary.findingsAdded} findings added, ${summary.findingsResolved} resolved, ${comparison.findings.unchanged.length} in both.`,
    ...(comparison.sameCurrency
      ? []
      : [
          `The models count money in ${a.currency} and ${b.currency}: money is shown but not compared.`,
        ]),
  ];
  const figureTables = SECTIONS.map(({ section, title }) => ({
    id: section,
    title,
    headers: FIGURE_HEADERS,
    align: FIGURE_ALIGN,
    rows: comparison.figures
      .filter((f) => f.section === section)
      .map((f) => ({
        cells: [
          f.label,
          formatValue(f.unit, f.a, currencyOf(comparison, 'a')),
          formatValue(f.unit, f.b, currencyOf(comparison, 'b')),
          formatChange(f, currency),
          VERDICT_WORDS[f.verdict],
        ],
        verdict: f.verdict,
      })),
  }));
  return {
    title: `Comparison: ${a.operator} (A) and ${b.operator} (B)`,
    lead,
    tables: [
      ...figureTables,
      dependencyTable(comparison),
      singlePointTable(comparison),
      ...findingTables(comparison),
    ],
  };
}

function currencyOf(comparison: Comparison, side: 'a' | 'b'): string {
  return comparison[side].currency;
}

function dependencyTable(comparison: Comparison): CompareTable {
  const currency = comparison.sameCurrency ? comparison.a.currency : undefined;
  const presence = { added: 'only in B', removed: 'only in A' };
  return {
    id: 'dependencies',
    title: 'Exit cost and time per dependency',
    headers: [
      'dependency',
      'exit cost A',
      'exit cost B',
      'change',
      'exit time A → B',
      'point of no return A → B',
      'option to switch, change',
      'leverage a year, change',
      'verdict',
    ],
    align: ['left', 'right', 'right', 'right', 'right', 'left', 'right', 'right', 'left'],
    rows: comparison.dependencies.map((d) => ({
      cells: [
        d.provider,
        formatValue('money', d.exitCost.a, comparison.a.currency),
        formatValue('money', d.exitCost.b, comparison.b.currency),
        formatChange(d.exitCost, currency),
        `${formatValue('months', d.exitMonths.a)} → ${formatValue('months', d.exitMonths.b)}`,
        dateChange(d.pointOfNoReturn),
        formatChange(d.optionValue, currency),
        formatChange(d.leveragePerYear, currency),
        d.presence === 'both' ? VERDICT_WORDS[d.exitCost.verdict] : presence[d.presence],
      ],
      verdict: d.presence === 'both' ? d.exitCost.verdict : null,
    })),
    note: 'The verdict is on the exit cost today; a dependency in one model only is not compared. A point of no return of "none" is not reached within the horizon; one on the as-of date is already behind the operator.',
  };
}

function singlePointTable(comparison: Comparison): CompareTable {
  const { added, removed, unchanged } = comparison.singlePoints;
  const row = (s: (typeof added)[number], change: string, verdict: Verdict) => ({
    cells: [s.subject, s.kind, s.capabilities.join(', '), change],
    verdict,
  });
  return {
    id: 'single_points',
    title: 'Single points of failure',
    headers: ['provider or group', 'kind', 'loses', 'change'],
    align: ['left', 'left', 'left', 'left'],
    rows: [
      ...added.map((s) => row(s, 'new in B', 'worse')),
      ...removed.map((s) => row(s, 'gone in B', 'better')),
    ],
    note: `${unchanged.length} single point${unchanged.length === 1 ? '' : 's'} of failure in both${unchanged.length > 0 ? `: ${unchanged.map((s) => s.subject).join(', ')}` : ''}.`,
  };
}

function findingTables(comparison: Comparison): CompareTable[] {
  const { added, resolved, unchanged } = comparison.findings;
  const headers = ['severity', 'finding', 'what it says'];
  const align: readonly Align[] = ['left', 'left', 'left'];
  const changed = unchanged.filter((f) => f.verdict !== 'unchanged');
  return [
    {
      id: 'findings_added',
      title: 'Findings added in B',
      headers,
      align,
      rows: added.map((f) => ({ cells: [f.severity, f.id, f.message], verdict: null })),
    },
    {
      id: 'findings_resolved',
      title: 'Findings resolved in B',
      headers,
      align,
      rows: resolved.map((f) => ({ cells: [f.severity, f.id, f.message], verdict: null })),
    },
    {
      id: 'findings_changed',
      title: 'Findings in both, with another severity or status',
      headers: ['finding', 'A', 'B', 'verdict'],
      align: ['left', 'left', 'left', 'left'],
      rows: changed.map((f) => ({
        cells: [
          f.id,
          `${f.a.severity}, ${f.a.status}`,
          `${f.b.severity}, ${f.b.status}`,
          VERDICT_WORDS[f.verdict],
        ],
        verdict: f.verdict,
      })),
      note: `${unchanged.length - changed.length} findings are the same in both (matched by their stable ids).`,
    },
  ];
}

/** A figure's value as reports print it; n/a where the model gives nothing to compute it from. */
export function formatValue(unit: Unit, value: number | string | null, currency?: string): string {
  if (value === null) return unit === 'score' ? POSITION_NAMES.not_assessed : 'n/a';
  if (typeof value === 'string')
    return unit === 'operator_type'
      ? (OPERATOR_TYPE_NAMES[value as OperatorType] ?? value)
      : (POSITION_NAMES[value as Position] ?? value);
  switch (unit) {
    case 'money':
      return currency === undefined ? wholeNumber(value) : money(value, currency);
    case 'probability':
      // The figures in this unit are availabilities (near one) and yearly probabilities of loss.
      return value >= 0.5 ? availability(value) : oneInYears(value);
    case 'fraction':
      return percent(value);
    case 'months':
      return `${decimal(value, 1, { trimZeros: true })} mo`;
    case 'minutes':
      return `${decimal(value, 1)} min`;
    case 'hhi':
      return wholeNumber(value);
    case 'score':
      return score(value);
    default:
      return decimal(value, 3, { trimZeros: true });
  }
}

/** The change from A to B with its sign; empty for categories, n/a when not comparable. */
export function formatChange(figure: FigureChange, currency: string | undefined): string {
  if (figure.change === null) return figure.verdict === 'not_comparable' ? 'n/a' : '';
  if (figure.verdict === 'unchanged') return '0';
  // Shares and probabilities change in percentage points: a "1 in N years" has no difference.
  if (figure.unit === 'probability' || figure.unit === 'fraction')
    return percentagePoints(figure.change);
  const sign = figure.change > 0 ? '+' : '-';
  return `${sign}${formatValue(figure.unit, Math.abs(figure.change), currency)}`;
}

function dateChange(change: DateChange): string {
  const text = (date: string | null) => date ?? 'none';
  return change.a === change.b ? text(change.a) : `${text(change.a)} → ${text(change.b)}`;
}
