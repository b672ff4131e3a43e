/**
 * The report as a document: what it says, in sections of paragraphs, tables and figures, with
 * no markup. The builders (this folder) make it from the analyses without I/O; the renderers
 * (src/report/html, src/report/markdown) turn it into a page. Every string here is plain text
 * as the user wrote or the analyses produced it: escaping is the renderer's job.
 */
import type { ReportChart } from '../charts/report-chart.js';
import type { DependencyDiagram } from '../diagram/dependency-diagram.js';

export interface ReportDocument {
  readonly title: string;
  /** One line under the title: the operator, its market, the date of the model. */
  readonly subtitle: string;
  /** The model file the report was made from. */
  readonly source: string;
  readonly sections: readonly Section[];
}

export interface Section {
  /** Anchor: lower-case letters and hyphens, unique in the document. */
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  /**
   * A page of its own when printed: the renderer starts the next section on a new page (the
   * executive page, which must fit one A4 page by itself).
   */
  readonly printedAlone?: boolean;
}

export type Block = Paragraph | BulletList | KeyFigures | Figure | TableBlock;

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly text: string;
  /**
   * How the paragraph stands to its neighbours, for renderers that can show it: `heading`
   * introduces the blocks after it within the section, `note` is a side remark (a hint, what
   * was left out). Plain when absent.
   */
  readonly emphasis?: 'heading' | 'note';
}

export interface BulletList {
  readonly kind: 'list';
  readonly items: readonly string[];
}

/** The few numbers a reader should take away, as label and value. */
export interface KeyFigures {
  readonly kind: 'figures';
  readonly items: readonly { readonly label: string; readonly value: string }[];
}

/** How a cell reads: a tone marks a severity or a warning, for renderers that can show it. */
export type Tone = 'critical' | 'high' | 'medium' | 'low' | 'info';

export type Cell = string | { readonly text: string; readonly tone: Tone };

export interface Column {
  /** Empty for every column: the table has no header row where a renderer can leave it out. */
  readonly title: string;
  readonly align: 'left' | 'right';
  /**
   * Text that runs on (a sentence, not a figure): a renderer that aligns columns in plain text
   * does not pad it, and the cells after it follow it directly.
   */
  readonly runOn?: boolean;
}

export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A table that is not a numbered figure: a list with columns, such as the terminal's. */
export interface TableBlock {
  readonly kind: 'table';
  readonly table: Table;
}

/**
 * A numbered figure: a chart (with its data as a table, for readers without pictures), the
 * dependency diagram, or a table of figures. Every figure states the assumptions its numbers
 * rest on: trial counts, seeds, horizons, rates and the defaults taken for the model.
 */
export interface Figure {
  readonly kind: 'figure';
  readonly id: string;
  readonly title: string;
  readonly body: FigureBody;
  readonly assumptions: readonly [string, ...string[]];
}

export type FigureBody =
  | { readonly kind: 'chart'; readonly spec: ReportChart; readonly table: Table }
  | { readonly kind: 'diagram'; readonly diagram: DependencyDiagram; readonly table: Table }
  | { readonly kind: 'stack'; readonly layers: readonly StackLayer[]; readonly table: Table }
  | { readonly kind: 'table'; readonly table: Table };

/**
 * One band of the five-layer stack as a picture: who holds the layer, its dependency and
 * control indices (0–100, null when not assessed) and the operator's position in it.
 */
export interface StackLayer {
  readonly title: string;
  readonly holders: string;
  readonly dependency: number | null;
  readonly control: number | null;
  readonly position: string;
  readonly tone: Tone;
}

/** The text of a cell, whatever its tone. */
export function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell.text;
}
