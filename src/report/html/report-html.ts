/**
 * The report document as one self-contained HTML page: charts and the dependency diagram are
 * drawn to inline SVG here, at build time, so the page needs no script, font or request to
 * show them, and prints as it reads. Every string from the document is escaped on its way in.
 */
import { diagramDot } from '../diagram/dot.js';
import {
  type Block,
  type Cell,
  cellText,
  type Figure,
  type FigureBody,
  type ReportDocument,
  type Table,
} from '../document/document.js';
import { chartSvg } from './chart-svg.js';
import { diagramLegendHtml } from './diagram-legend.js';
import { diagramSvg } from './diagram-svg.js';
import { escapeHtml } from './escape.js';
import { inlineSvg } from './inline-svg.js';
import { layerStackSvg } from './layer-stack-svg.js';
import { htmlPage } from './page.js';

export interface HtmlReportOptions {
  /** Who made the page, for its footer and generator tag: "mvnoscope 0.1.0". */
  readonly generator: string;
  /** Drawings made earlier (see `drawFigures`); any the page needs beyond them are drawn now. */
  readonly drawings?: Drawings;
}

/**
 * SVG drawings keyed by what they draw (the chart's spec or the diagram's DOT), so a drawing
 * made for one document can serve another only where the content is the same.
 */
export type Drawings = Map<string, string>;

type DrawnBody = Extract<FigureBody, { kind: 'chart' | 'diagram' }>;

function drawingKey(body: DrawnBody): string {
  return body.kind === 'chart'
    ? `chart:${JSON.stringify(body.spec)}`
    : `dot:${diagramDot(body.diagram)}`;
}

/** Lays out DOT and draws it to SVG: Graphviz in this thread unless given another way. */
export type DiagramDrawer = (dot: string) => Promise<string>;

/**
 * Draws every chart and diagram of a document not already in `drawings`. Drawing is most of a
 * report's work: the report command draws while the optimiser's worker is still solving (then
 * only the front once it arrives), and may lay the diagram out on another thread: diagrams
 * are started first and awaited last, so that their layout runs while the charts are drawn.
 */
export async function drawFigures(
  document: ReportDocument,
  drawings: Drawings = new Map(),
  drawDiagram: DiagramDrawer = diagramSvg,
): Promise<Drawings> {
  const bodies = document.sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.kind === 'figure' && (block.body.kind === 'chart' || block.body.kind === 'diagram')
        ? [block.body]
        : [],
    ),
  );
  const diagrams = new Map<string, Promise<string>>();
  for (const body of bodies) {
    const key = drawingKey(body);
    if (body.kind === 'diagram' && !drawings.has(key) && !diagrams.has(key))
      diagrams.set(
        key,
        drawDiagram(diagramDot(body.diagram)).then((svg) =>
          withoutGeneratedTitles(inlineSvg(svg, 'Graphviz')),
        ),
      );
  }
  // Settled below; handled now, so a failing layout is not reported before the charts end.
  for (const pending of diagrams.values()) pending.catch(() => undefined);
  for (const body of bodies) {
    const key = drawingKey(body);
    if (body.kind === 'chart' && !drawings.has(key)) drawings.set(key, await chartSvg(body.spec));
  }
  for (const [key, pending] of diagrams) drawings.set(key, await pending);
  return drawings;
}

/**
 * Graphviz gives every node, edge and the graph a <title> of its DOT id ("c0", "p6",
 * "c0->p6"), which browsers show as tooltips and screen readers read: the labels say it all.
 */
export function withoutGeneratedTitles(svg: string): string {
  return svg.replace(/<title>[^<]*<\/title>/g, '');
}

const REPORT_STYLES = `
header.report { margin-bottom: 1.5rem; }
dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .5rem 1rem; margin: 1rem 0; }
dl.figures div { background: var(--panel); border-radius: .4rem; padding: .5rem .75rem; }
dl.figures dt { color: var(--muted); font-size: .8rem; }
dl.figures dd { margin: 0; font-weight: 600; }
figure.figure { margin: 1.5rem 0; }
figure.figure figcaption { font-weight: 600; margin-bottom: .5rem; }
.drawing { overflow-x: auto; }
.drawing svg { display: block; max-width: 100%; height: auto; }
details.data summary { cursor: pointer; color: var(--accent); font-size: .9rem; }
.assumptions ul { margin: .25rem 0; padding-left: 1.1rem; }
.assumptions li { max-width: none; }
ul.legend { list-style: none; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; font-size: .85rem; color: var(--muted); }
ul.legend li { display: flex; align-items: center; gap: .35rem; max-width: none; }
ul.legend svg { flex: none; }
.layer-stack .stack-band { fill: var(--panel); } .layer-stack .stack-track { fill: var(--rule); }
.layer-stack .stack-dependency { fill: var(--dependency); } .layer-stack .stack-control { fill: var(--control); }
.layer-stack .stack-ink { fill: var(--ink); } .layer-stack .stack-muted { fill: var(--muted); }
.layer-stack .stack-tone { fill: var(--info); } .layer-stack .stack-tone.critical { fill: var(--critical); }
.layer-stack .stack-tone.high { fill: var(--high); } .layer-stack .stack-tone.medium { fill: var(--medium); }
.layer-stack .stack-tone.low { fill: var(--low); }
.layer-stack text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
section.alone h2 { margin-top: 1.5rem; }
section.alone dl.figures { grid-template-columns: repeat(3, 1fr); }
/* Vega and Graphviz draw dark ink on no background: in dark mode they sit on a light card. */
@media (prefers-color-scheme: dark) {
  .drawing:not(:has(> .layer-stack)) { background: #ffffff; border-radius: .4rem; padding: .5rem; }
}
@media print {
  details.data { display: none; } section { break-before: auto; }
  /* The executive page: one A4 page by itself, the next section on a new page. */
  section.alone { break-after: page; font-size: 8pt; line-height: 1.3; }
  section.alone h2 { margin: .2rem 0 .3rem; font-size: 13pt; }
  section.alone p, section.alone li { margin: .15rem 0; max-width: none; }
  section.alone ul { margin: .2rem 0; padding-left: 1.1rem; }
  section.alone dl.figures { gap: .2rem .4rem; margin: .3rem 0; }
  section.alone dl.figures div { padding: .2rem .4rem; }
  section.alone dl.figures dt { font-size: 7.5pt; }
  section.alone figure.figure { margin: .35rem 0; }
  section.alone figure.figure figcaption { margin-bottom: .15rem; }
  section.alone table { font-size: 7.5pt; margin: .15rem 0; }
  section.alone th, section.alone td { padding: .1rem .35rem; }
  section.alone td.num { white-space: nowrap; }
  section.alone .assumptions { font-size: 7pt; margin: .15rem 0; padding: 0 .5rem; }
  section.alone .layer-stack { width: auto; max-width: 100%; height: auto; max-height: 46mm; }
  section.alone .badge { font-size: 7pt; padding: 0 .3rem; }
  section.alone ul li { font-size: 7.5pt; }
  section.alone dl.figures dd { font-size: 8pt; }
  header.report p { margin: 0; }
  header.report { margin-bottom: .4rem; }
  header.report h1 { font-size: 14pt; }
}
`;

export async function reportHtml(
  document: ReportDocument,
  options: HtmlReportOptions,
): Promise<string> {
  const drawings = await drawFigures(document, options.drawings);
  const drawn = (body: DrawnBody) => drawings.get(drawingKey(body)) ?? '';
  let figureNumber = 0;
  const sections = document.sections.map((section) => {
    const blocks = section.blocks.map((block) => {
      if (block.kind === 'figure') figureNumber += 1;
      return blockHtml(block, figureNumber, drawn);
    });
    const alone = section.printedAlone === true ? ' class="alone"' : '';
    return `<section id="${escapeHtml(section.id)}"${alone}>\n<h2>${escapeHtml(section.title)}</h2>\n${blocks.join('\n')}\n</section>`;
  });
  const toc = document.sections
    .map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`)
    .join('');
  const body = `<header class="report">
<h1>${escapeHtml(document.title)}</h1>
<p class="muted">${escapeHtml(document.subtitle)}</p>
</header>
<nav class="toc" aria-label="Contents"><ol>${toc}</ol></nav>
<main>
${sections.join('\n')}
</main>
<footer>Made by ${escapeHtml(options.generator)} from ${escapeHtml(document.source)}. This page is self-contained: it loads nothing and runs no script.</footer>`;
  return htmlPage({
    title: document.title,
    body,
    styles: REPORT_STYLES,
    generator: options.generator,
  });
}

function blockHtml(block: Block, figureNumber: number, drawn: (body: DrawnBody) => string): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'figures':
      return `<dl class="figures">${block.items
        .map((i) => `<div><dt>${escapeHtml(i.label)}</dt><dd>${escapeHtml(i.value)}</dd></div>`)
        .join('')}</dl>`;
    case 'figure':
      return figureHtml(block, figureNumber, drawn);
    case 'table':
      return tableHtml(block.table);
  }
}

function figureHtml(figure: Figure, number: number, drawn: (body: DrawnBody) => string): string {
  const { body } = figure;
  let content: string;
  switch (body.kind) {
    case 'chart':
      content = `<div class="drawing" role="img" aria-label="${escapeHtml(figure.title)}">${drawn(body)}</div>
<details class="data"><summary>The figures behind the chart</summary>${tableHtml(body.table)}</details>`;
      break;
    case 'diagram':
      content = `<div class="drawing">${drawn(body)}</div>${diagramLegendHtml()}${tableHtml(body.table)}`;
      break;
    case 'stack':
      content = `<div class="drawing">${layerStackSvg(body.layers, figure.title)}</div>
<details class="data"><summary>The figures behind the picture</summary>${tableHtml(body.table)}</details>`;
      break;
    case 'table':
      content = tableHtml(body.table);
      break;
  }
  const assumptions = figure.assumptions.map((a) => `<li>${escapeHtml(a)}</li>`).join('');
  // Focusable, so that a figure wider than the page can be scrolled from the keyboard.
  const id = `figure-${escapeHtml(figure.id)}`;
  return `<figure class="figure" id="${id}" tabindex="0" aria-labelledby="${id}-caption">
<figcaption id="${id}-caption">Figure ${number}. ${escapeHtml(figure.title)}</figcaption>
${content}
<div class="assumptions"><strong>Assumptions</strong><ul>${assumptions}</ul></div>
</figure>`;
}

function tableHtml(table: Table): string {
  if (table.rows.length === 0) return '<p class="muted">Nothing to list.</p>';
  const align = (i: number) => (table.columns[i]?.align === 'right' ? ' class="num"' : '');
  const head = table.columns.map((c, i) => `<th${align(i)}>${escapeHtml(c.title)}</th>`).join('');
  const rows = table.rows
    .map(
      (row) => `<tr>${row.map((cell, i) => `<td${align(i)}>${cellHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function cellHtml(cell: Cell): string {
  if (typeof cell === 'string') return escapeHtml(cell);
  return `<span class="badge ${cell.tone}">${escapeHtml(cellText(cell))}</span>`;
}
