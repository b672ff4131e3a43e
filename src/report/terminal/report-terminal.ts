/**
 * The report document as terminal text: the same sections as the HTML page and the Markdown,
 * headings in bold, tables as aligned columns, tones as colours (a severity or a position in
 * red, yellow or green, a reference dimmed), charts and diagrams by the tables they carry.
 * Colour is the caller's to choose: plain functions give plain text (NO_COLOR, a file, a pipe).
 */
import {
  type Block,
  type Cell,
  cellText,
  type Figure,
  type ReportDocument,
  type Section,
  type Table,
  type Tone,
} from '../document/document.js';
import { alignedRows } from './text-table.js';

/** The few styles the terminal uses; picocolors' `createColors()` gives them. */
export interface TerminalColours {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
}

const INDENT = '  ';

export function reportTerminal(document: ReportDocument, colours: TerminalColours): string {
  const head = [
    colours.bold(document.title),
    ...(document.subtitle === '' ? [] : [document.subtitle]),
  ];
  const counter = { figures: 0 };
  const parts: string[][] = [];
  for (const section of document.sections) {
    const lines = sectionLines(section, colours, counter);
    // A section without a title goes on from what stands above it (the title, or a section).
    if (section.title === '' && parts.length > 0) parts[parts.length - 1]?.push(...lines);
    else if (section.title === '') head.push(...lines);
    else parts.push(lines);
  }
  return [head, ...parts].map((lines) => lines.join('\n')).join('\n\n');
}

/** One section's lines: its title in bold, then its blocks indented beneath it. */
export function terminalSection(
  section: Section,
  colours: TerminalColours,
  counter = { figures: 0 },
): string {
  return sectionLines(section, colours, counter).join('\n');
}

function sectionLines(
  section: Section,
  colours: TerminalColours,
  counter: { figures: number },
): string[] {
  const lines = section.title === '' ? [] : [colours.bold(section.title)];
  // Blocks after a heading paragraph sit one step deeper, up to the next heading.
  let indent = INDENT;
  section.blocks.forEach((block, i) => {
    if (block.kind === 'paragraph' && block.emphasis === 'heading') {
      if (i > 0) lines.push('');
      lines.push(`${INDENT}${colours.bold(block.text)}`);
      indent = INDENT + INDENT;
      return;
    }
    if (block.kind === 'figure') counter.figures += 1;
    lines.push(...blockLines(block, indent, colours, counter.figures));
  });
  return lines;
}

function blockLines(block: Block, indent: string, c: TerminalColours, figure: number): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        block.emphasis === 'note' ? c.dim(`${indent}${block.text}`) : `${indent}${block.text}`,
      ];
    case 'list':
      return block.items.map((item) => `${indent}· ${item}`);
    case 'figures':
      return block.items.map((i) => `${indent}${i.label}: ${i.value}`);
    case 'table':
      return tableLines(block.table, indent, c);
    case 'figure':
      return figureLines(block, figure, indent, c);
  }
}

function figureLines(figure: Figure, number: number, indent: string, c: TerminalColours): string[] {
  return [
    `${indent}${c.bold(`Figure ${number}. ${figure.title}`)}`,
    ...tableLines(figure.body.table, indent, c),
    ...figure.assumptions.map((a) => c.dim(`${indent}  assumes: ${a}`)),
  ];
}

function tableLines(table: Table, indent: string, c: TerminalColours): string[] {
  const header = table.columns.some((col) => col.title !== '')
    ? [table.columns.map((col) => c.bold(col.title))]
    : [];
  const rows = table.rows.map((row) => row.map((cell) => toned(cell, c)));
  const lines = alignedRows([...header, ...rows], table.columns).map((l) => `${indent}${l}`);
  return table.rows.length === 0 ? [...lines, c.dim(`${indent}nothing to list`)] : lines;
}

/** Tones as colours: the worse a severity or a position, the warmer; `info` is a reference. */
const TONE_COLOUR: Record<Tone, keyof TerminalColours> = {
  critical: 'red',
  high: 'red',
  medium: 'yellow',
  low: 'green',
  info: 'dim',
};

function toned(cell: Cell, c: TerminalColours): string {
  if (typeof cell === 'string') return cell;
  const text = cellText(cell);
  return text === '' ? '' : c[TONE_COLOUR[cell.tone]](text);
}
