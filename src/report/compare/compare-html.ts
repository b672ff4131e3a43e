/**
 * A comparison as one self-contained HTML page (the shared page shell: inline styles, no
 * scripts, a policy that forbids every fetch). Every cell is model text or derived from it,
 * so every cell is escaped.
 */
import { escapeHtml } from '../html/escape.js';
import { htmlPage } from '../html/page.js';
import type { CompareDocument, CompareTable } from './compare-tables.js';

const STYLES = `
td.better { color: var(--low); font-weight: 600; }
td.worse { color: var(--critical); font-weight: 600; }
td.not_comparable { color: var(--medium); }
ul.lead { list-style: none; padding: 0; }`;

export function compareHtml(document: CompareDocument, generator: string): string {
  const body = [
    `<h1>${escapeHtml(document.title)}</h1>`,
    `<ul class="lead">${document.lead.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
    ...document.tables.map(tableHtml),
    `<footer>${escapeHtml(generator)}</footer>`,
  ].join('\n');
  return htmlPage({ title: document.title, body, styles: STYLES, generator });
}

function tableHtml(t: CompareTable): string {
  const numeric = (i: number) => (t.align[i] === 'right' ? ' class="num"' : '');
  const content =
    t.rows.length === 0
      ? '<p class="muted">None.</p>'
      : `<table>
<thead><tr>${t.headers.map((h, i) => `<th${numeric(i)}>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${t.rows
  .map((r) => {
    const cells = r.cells.map((cell, i) => {
      const verdict = i === r.cells.length - 1 && r.verdict !== null ? r.verdict : undefined;
      const classes = [t.align[i] === 'right' ? 'num' : '', verdict ?? ''].filter(Boolean);
      return `<td${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${escapeHtml(cell)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  })
  .join('\n')}
</tbody>
</table>`;
  const note = t.note === undefined ? '' : `\n<p class="muted">${escapeHtml(t.note)}</p>`;
  return `<section id="${escapeHtml(t.id)}">\n<h2>${escapeHtml(t.title)}</h2>\n${content}${note}\n</section>`;
}
