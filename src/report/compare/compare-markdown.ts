/** A comparison as Markdown, for a pull request or a wiki page: one table per section. */
import { markdownText } from '../markdown/markdown-text.js';
import type { CompareDocument } from './compare-tables.js';

export function compareMarkdown(document: CompareDocument): string {
  const lines = [`# ${markdownText(document.title)}`, ''];
  for (const line of document.lead) lines.push(`- ${markdownText(line)}`);
  for (const t of document.tables) {
    lines.push('', `## ${markdownText(t.title)}`, '');
    if (t.rows.length === 0) lines.push('None.');
    else {
      lines.push(
        `| ${t.headers.map(markdownText).join(' | ')} |`,
        `|${t.align.map((a) => (a === 'right' ? '---:' : '---')).join('|')}|`,
        ...t.rows.map((r) => `| ${r.cells.map(markdownText).join(' | ')} |`),
      );
    }
    if (t.note !== undefined) lines.push('', `_${markdownText(t.note)}_`);
  }
  return `${lines.join('\n')}\n`;
}
