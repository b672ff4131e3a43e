/**
 * The dependency diagram's legend, beside the drawing: what its outlines, fills, frames and
 * arrows mean, each with a small swatch drawn as the diagram draws it (the colours are the DOT
 * writer's own), and every meaning in words so that none rests on colour alone.
 */
import { BLAST_FILLS, LINK_COLOUR, SINGLE_POINT } from '../diagram/dot.js';

const box = (attributes: string) =>
  `<svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true"><rect x="2" y="2" width="24" height="12" rx="3" ${attributes}/></svg>`;

const arrow = (colour: string, dashed: boolean) =>
  `<svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true"><line x1="2" y1="8" x2="22" y2="8" stroke-width="1.5" stroke="${colour}"${dashed ? ' stroke-dasharray="3 2"' : ''}/><path d="M20 4 L26 8 L20 12 Z" fill="${colour}"/></svg>`;

const ITEMS: readonly [string, string][] = [
  [
    box(`fill="#ffffff" stroke="${SINGLE_POINT}" stroke-width="2.5"`),
    'thick red outline: a single point of failure',
  ],
  [
    BLAST_FILLS.map(
      (fill) =>
        `<svg width="12" height="16" viewBox="0 0 12 16" aria-hidden="true"><rect x="1" y="2" width="10" height="12" fill="${fill}" stroke="#5b6675"/></svg>`,
    ).join(''),
    'fill, light to dark: the share of subscribers a provider’s failure affects, none to all',
  ],
  [
    box('fill="#e8eef7" stroke="#5b6675" stroke-width="2"'),
    'bold box: a service-critical capability',
  ],
  [box('fill="none" stroke="#8a94a3" stroke-dasharray="3 2"'), 'dashed frame: an ownership group'],
  [arrow('#8a94a3', false), 'grey arrow: supplied by (dashed: on standby)'],
  [arrow(LINK_COLOUR, true), 'blue dashed arrow: hosted on, or subcontracted by'],
];

export function diagramLegendHtml(): string {
  return `<ul class="legend" aria-label="Legend">${ITEMS.map(([swatch, meaning]) => `<li>${swatch}<span>${meaning}</span></li>`).join('')}</ul>`;
}
