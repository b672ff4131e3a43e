/** The terminal report of `mvnoscope compare`: the comparison's tables, verdicts in colour. */
import type { Verdict } from '../../compare/compare-assessments.js';
import type { CompareDocument } from '../../report/compare/compare-tables.js';
import { table } from '../../report/terminal/text-table.js';
import type { Colours } from './colour.js';

export function compareText(document: CompareDocument, colours: Colours): string {
  const c = colours;
  const paint = (verdict: Verdict | null, text: string) =>
    verdict === 'better'
      ? c.green(text)
      : verdict === 'worse'
        ? c.red(text)
        : verdict === 'not_comparable'
          ? c.yellow(text)
          : text;
  const sections = document.tables.map((t) => {
    const lines = [c.bold(t.title)];
    if (t.rows.length === 0) lines.push(c.dim('  none'));
    else {
      const rows = [
        t.headers.map((h) => c.dim(h)),
        ...t.rows.map((r) =>
          r.cells.map((cell, i) => (i === r.cells.length - 1 ? paint(r.verdict, cell) : cell)),
        ),
      ];
      lines.push(...table(rows, t.align).map((line) => `  ${line}`));
    }
    if (t.note !== undefined) lines.push(c.dim(`  ${t.note}`));
    return lines.join('\n');
  });
  return [[c.bold(document.title), ...document.lead].join('\n'), ...sections].join('\n\n');
}
