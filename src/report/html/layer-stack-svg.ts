/**
 * The five layers as a picture: one band per layer, stacked in the scorecard's order, each
 * with the layer's name, who holds it, its dependency and control indices as two bars on one
 * 0–100 scale, and the operator's position in words (never in colour alone). Drawn by hand as
 * inline SVG, small enough to sit on the executive page; colours come from the page's style
 * sheet (classes, not attributes), so the picture follows the page into print and dark mode.
 * Every string is escaped; names too long for their band are cut with an ellipsis (the table
 * behind the picture keeps them whole).
 */
import type { StackLayer } from '../document/document.js';
import { escapeHtml } from './escape.js';

const WIDTH = 740;
const BAND = 38;
const GAP = 4;
const BAR_X = 400;
const BAR_WIDTH = 150;
const BAR_HEIGHT = 10;
/** Characters that fit in the name and holder columns at their font sizes. */
const TITLE_CHARS = 34;
const HOLDER_CHARS = 46;

export function layerStackSvg(layers: readonly StackLayer[], label: string): string {
  const height = layers.length * (BAND + GAP) + 18;
  const bands = layers.map((layer, i) => band(layer, i * (BAND + GAP) + 18)).join('');
  const axis = `<text class="stack-muted" x="${BAR_X}" y="11" font-size="10">0</text><text class="stack-muted" x="${BAR_X + BAR_WIDTH}" y="11" font-size="10" text-anchor="end">100</text>`;
  return `<svg class="layer-stack" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(label)}">${axis}${bands}</svg>`;
}

function band(layer: StackLayer, y: number): string {
  const bar = (value: number | null, row: number, kind: 'dependency' | 'control') => {
    const top = y + 6 + row * (BAR_HEIGHT + 4);
    const length = value === null ? 0 : (Math.max(0, Math.min(100, value)) / 100) * BAR_WIDTH;
    const shown = value === null ? 'n/a' : String(Math.round(value));
    return `<text class="stack-muted" x="${BAR_X - 6}" y="${top + 9}" font-size="10" text-anchor="end">${kind}</text><rect class="stack-track" x="${BAR_X}" y="${top}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}"/><rect class="stack-${kind}" x="${BAR_X}" y="${top}" width="${length.toFixed(1)}" height="${BAR_HEIGHT}"/><text class="stack-ink" x="${BAR_X + BAR_WIDTH + 5}" y="${top + 9}" font-size="10">${shown}</text>`;
  };
  return `<g><rect class="stack-band" x="0" y="${y}" width="${WIDTH}" height="${BAND}" rx="4"/><rect class="stack-tone ${layer.tone}" x="0" y="${y}" width="6" height="${BAND}" rx="2"/><text class="stack-ink" x="14" y="${y + 16}" font-size="13" font-weight="600">${escapeHtml(cut(layer.title, TITLE_CHARS))}</text><text class="stack-muted" x="14" y="${y + 31}" font-size="11">held by ${escapeHtml(cut(layer.holders, HOLDER_CHARS))}</text>${bar(layer.dependency, 0, 'dependency')}${bar(layer.control, 1, 'control')}<text class="stack-ink" x="${WIDTH - 8}" y="${y + 23}" font-size="11" font-weight="600" text-anchor="end">${escapeHtml(layer.position)}</text></g>`;
}

function cut(text: string, chars: number): string {
  const characters = [...text];
  return characters.length <= chars ? text : `${characters.slice(0, chars - 1).join('')}…`;
}
