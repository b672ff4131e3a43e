/**
 * The report document as Markdown, for a pull request, a wiki or a board pack: the same
 * sections as the HTML page, tables in place of charts, and the dependency diagram as a
 * Mermaid block that GitHub, GitLab and most wikis draw in place.
 */
import { diagramMermaid } from '../diagram/mermaid.js';
import {
  type Block,
  cellText,
  type Figure,
  type ReportDocument,
  type Table,
} from '../document/document.js';
import { markdownInline, markdownText } from './markdown-text.js';

export function reportMarkdown(document: ReportDocument): string {
  let figureNumber = 0;
  const lines = [`# ${markdownInline(document.title)}`, '', markdownText(document.subtitle), ''];
  for (const section of document.sections) {
    lines.push(`## ${markdownInline(section.title)}`, '');
    for (const block of section.blocks) {
      if (block.kind === 'figure') figureNumber += 1;
      lines.push(...blockLines(block, figureNumber), '');
    }
  }
  lines.push(`_Made by mvnoscope from ${markdownInline(document.source)}._`);
  return `${lines.join('\n')}\n`;
}

function blockLines(block: Block, figureNumber: number): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [markdownText(block.text)];
    case 'list':
      return block.items.map((item) => `- ${markdownText(item)}`);
    case 'figures':
      return block.items.map((i) => `- **${markdownInline(i.label)}:** ${markdownInline(i.value)}`);
    case 'figure':
      return figureLines(block, figureNumber);
    case 'table':
      return tableLines(block.table);
  }
}

function figureLines(figure: Figure, number: number): string[] {
  const lines = [`**Figure ${number}. ${markdownInline(figure.title)}**`, ''];
  if (figure.body.kind === 'diagram')
    lines.push('```mermaid', diagramMermaid(figure.body.diagram).trimEnd(), '```', '');
  lines.push(...tableLines(figure.body.table), '', '_Assumptions:_', '');
  lines.push(...figure.assumptions.map((a) => `- ${markdownText(a)}`));
  return lines;
}

function tableLines(table: Table): string[] {
  if (table.rows.length === 0) return ['_Nothing to list._'];
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    row(table.columns.map((c) => markdownInline(c.title))),
    `|${table.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`,
    ...table.rows.map((r) => row(r.map((cell) => markdownInline(cellText(cell))))),
  ];
}
